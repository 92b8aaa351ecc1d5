package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline records today's findings; --baseline reports only new ones and what is gone. */
class BaselineTest {

	static final String SPEC = """
			brand Acme "Acme" {
			  promise "We fix it the first time." differentiates from "call-back queues"
			}
			value Fast "Fast fixes" drives retention
			value Kind "Kind staff" drives advocacy
			""";

	@TempDir
	Path project;

	Path spec;
	Path baseline;

	@BeforeEach
	void writeSpec() throws IOException {
		Files.createDirectories(project.resolve(".git"));
		spec = Files.writeString(project.resolve("acme.cxspec"), SPEC);
		baseline = project.resolve("cxspec-baseline.json");
	}

	@Test
	void writingABaselineRecordsTheFindingsAndSucceeds() throws IOException {
		CliRun run = CliRun.of("validate", "--fail-on", "warning", "--write-baseline", baseline.toString(), spec.toString());
		assertEquals(Main.OK, run.exit(), run.err());
		assertTrue(run.err().contains("Baseline of 2 findings written to"), run.err());
		String written = Files.readString(baseline);
		assertTrue(written.contains("\"file\": \"acme.cxspec\""), written);
		assertTrue(written.contains("\"rule\": \"value-not-delivered\""), written);
		assertFalse(written.contains("\"line\""), written);
	}

	@Test
	void onlyNewFindingsAreReportedAndCountTowardsTheExitStatusEvenWhenLinesMove() throws IOException {
		CliRun.of("validate", "--write-baseline", baseline.toString(), spec.toString());
		Files.writeString(spec, "// a comment that moves every line down\n\n" + SPEC + "value Quick \"Quick answers\" drives retention\n");
		CliRun run = CliRun.of("validate", "--fail-on", "warning", "--baseline", baseline.toString(), spec.toString());
		assertEquals(Main.FINDINGS, run.exit());
		assertTrue(run.out().contains("Value Quick is delivered by no touchpoint"), run.out());
		assertFalse(run.out().contains("Value Fast"), run.out());
		assertTrue(run.err().contains("2 known findings not reported; 1 new."), run.err());

		Files.writeString(spec, "\n" + SPEC);
		CliRun unchanged = CliRun.of("validate", "--fail-on", "warning", "--baseline", baseline.toString(), spec.toString());
		assertEquals(Main.OK, unchanged.exit(), unchanged.out());
	}

	@Test
	void entriesThatAreGoneAreListed() throws IOException {
		CliRun.of("validate", "--write-baseline", baseline.toString(), spec.toString());
		Files.writeString(spec, SPEC.replace("value Kind \"Kind staff\" drives advocacy\n", ""));
		CliRun run = CliRun.of("validate", "--baseline", baseline.toString(), spec.toString());
		assertEquals(Main.OK, run.exit());
		assertTrue(run.err().contains("1 baseline entry is gone"), run.err());
		assertTrue(run.err().contains("acme.cxspec: Value Kind is delivered by no touchpoint"), run.err());
	}

	@Test
	void aFileThatIsNoBaselineIsBadInputAndNothingIsWritten() throws IOException {
		Path report = project.resolve("report.json");
		Path newBaseline = project.resolve("new-baseline.json");
		String[][] cases = { { "{\"findings\": []}", "not a cxspec baseline" }, { "{\"format\": \"cxspec-baseline\"", "invalid JSON" },
				{ "", "empty file" }, { "{\"format\": \"cxspec-baseline\", \"version\": 1, \"findings\": [{\"file\": \"a\"}]}",
						"1:58: a finding without \"rule\"" } };
		for (String[] bad : cases) {
			Path file = Files.writeString(project.resolve("bad.json"), bad[0]);
			CliRun run = CliRun.of("validate", "--baseline", file.toString(), "--output", report.toString(), "--write-baseline",
					newBaseline.toString(), spec.toString());
			assertEquals(Main.BAD_INPUT, run.exit(), bad[0]);
			assertTrue(run.err().contains("bad.json") && run.err().contains(bad[1]), run.err());
			assertFalse(Files.exists(report) || Files.exists(newBaseline), bad[0]);
		}
		CliRun missing = CliRun.of("validate", "--baseline", project.resolve("none.json").toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, missing.exit());
		assertTrue(missing.err().contains("none.json: no such baseline file"), missing.err());
	}

	@Test
	void aBaselineIsNeverWrittenOverASpecNorAsAFolder() throws IOException {
		CliRun run = CliRun.of("validate", "--write-baseline", spec.toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, run.exit());
		assertTrue(run.err().contains("refusing to write a report over a .cxspec file (--write-baseline)"), run.err());
		assertEquals(SPEC, Files.readString(spec));
		CliRun folder = CliRun.of("validate", "--write-baseline", project.toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, folder.exit());
		assertTrue(folder.err().contains("is a folder; --write-baseline takes a file name"), folder.err());
	}

	@Test
	void writingABaselineWhileUsingOneRecordsAllTodaysFindings() throws IOException {
		CliRun.of("validate", "--write-baseline", baseline.toString(), spec.toString());
		Files.writeString(spec, SPEC + "value Quick \"Quick answers\" drives retention\n");
		CliRun run = CliRun.of("validate", "--baseline", baseline.toString(), "--write-baseline", baseline.toString(), spec.toString());
		assertEquals(Main.OK, run.exit());
		assertTrue(run.err().contains("Baseline of 3 findings written to"), run.err());
		assertEquals(Main.OK, CliRun.of("validate", "--fail-on", "warning", "--baseline", baseline.toString(), spec.toString()).exit());
	}
}
