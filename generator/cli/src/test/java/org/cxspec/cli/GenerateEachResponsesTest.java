package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `generate --each --responses` on the shipped examples: each export measures the spec whose folder holds it. */
class GenerateEachResponsesTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("cxspec.examples", "../../examples"));
	private static final String NOW = "2026-11-30T18:00Z";

	@TempDir
	Path folder;

	@Test
	void everyExampleIsMeasuredByItsOwnExportAndMapping() throws IOException {
		Path out = folder.resolve("site");
		CliRun run = CliRun.of("generate", "--each", "--out", out.toString(), "--now", NOW, "--responses",
				EXAMPLES.resolve("insurer-claims/responses.csv").toString(), EXAMPLES.resolve("energie-cocreatie/enquete.csv").toString(),
				EXAMPLES.resolve("sports-engagement/responses.csv").toString(), EXAMPLES.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.readString(out.resolve("insurer-claims/report.json")).contains("\"summary\": \"6000 rows read, 6000 used"));
		// the Dutch wide export is read with the mapping in its own folder's cxspec.yaml
		assertTrue(Files.readString(out.resolve("energie-cocreatie/report.json")).contains("\"summary\": \"3000 rows read, 3000 used"));
		assertTrue(Files.readString(out.resolve("sports-engagement/report.md")).contains("## Measured: what customers say"));
		assertFalse(Files.readString(out.resolve("acme-claims/report.json")).contains("\"measured\""));
		assertTrue(run.err().contains("acme-claims: no survey export in its folder; its documents have no figures."), run.err());
		assertTrue(Files.readString(out.resolve("index.html")).contains("insurer-claims/index.html"));
	}

	@Test
	void anExportInNoSpecsFolderIsRefusedNotDropped() throws IOException {
		Path stray = Specs.write(folder, "answers.csv", "date,metric,score\n2026-11-01,ClaimNPS,9\n");
		Path out = folder.resolve("site");
		CliRun run = CliRun.of("generate", "--each", "--out", out.toString(), "--responses", stray.toString(),
				EXAMPLES.resolve("insurer-claims/responses.csv").toString(), EXAMPLES.toString());
		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("answers.csv: with --each, each survey export goes in the folder of the spec it measures,"
				+ " and this one is in none of them"), run.err());
		assertFalse(Files.exists(out), "nothing written");
		assertFalse(run.printedStackTrace());
	}

	@Test
	void validateEachMeasuresEachSpecByItsOwnExportToo() {
		CliRun run = CliRun.of("validate", "--each", "--format", "sarif", "--now", NOW, "--responses",
				EXAMPLES.resolve("insurer-claims/responses.csv").toString(), EXAMPLES.resolve("energie-cocreatie/enquete.csv").toString(),
				EXAMPLES.toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("programmes.cxspec") && run.out().contains("\"ruleId\": \"follow-up-overdue\""), run.out());
		assertTrue(run.out().contains("energie-cocreatie.cxspec"), run.out());
	}
}
