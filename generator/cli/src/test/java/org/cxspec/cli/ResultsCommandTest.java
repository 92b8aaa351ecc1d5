package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cxspec results`, `validate --responses` and `generate --responses` on the shipped examples and on hostile input. */
class ResultsCommandTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("cxspec.examples", "../../examples"));
	private static final String INSURER = EXAMPLES.resolve("insurer-claims").toString();
	private static final String ANSWERS = EXAMPLES.resolve("insurer-claims/responses.csv").toString();
	private static final String NOW = "2026-11-30T18:00Z";

	@TempDir
	Path folder;

	@Test
	void theScorecardAndFollowUpsOfAnExample() {
		CliRun run = CliRun.of("results", "--now", NOW, "--responses", ANSWERS, INSURER);
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("Scorecard: 6000 rows read, 6000 used, 0 rejected; 6000 answers."), run.out());
		assertTrue(run.out().contains("ClaimNPS \"Net Promoter Score, asked seven days after settlement\": NPS, answers 0 to 10"),
				run.out());
		assertTrue(run.out().contains("Follow-ups at 2026-11-30 18:00Z: "), run.out());
		assertTrue(run.out().contains("[follow-up-overdue]"), run.out());
		assertTrue(run.err().contains("6000 rows read"), run.err());
		assertFalse(run.printedStackTrace());
	}

	@Test
	void failOnGivesExitOneForAScheduledJob() {
		assertEquals(1, CliRun.of("results", "--now", NOW, "--fail-on", "overdue", "--responses", ANSWERS, INSURER).exit());
		assertEquals(1, CliRun.of("results", "--now", NOW, "--fail-on", "off-target", "--responses", ANSWERS, INSURER).exit());
		assertEquals(0, CliRun.of("results", "--now", NOW, "--fail-on", "never", "--responses", ANSWERS, INSURER).exit());
		// before the first answer nothing can be overdue
		assertEquals(0, CliRun.of("results", "--now", "2025-12-31", "--fail-on", "overdue", "--responses", ANSWERS, INSURER).exit());
	}

	@Test
	void theDutchWideExportIsReadThroughItsMapping() {
		CliRun run = CliRun.of("results", "--now", NOW, "--format", "json", "--responses",
				EXAMPLES.resolve("energie-cocreatie/enquete.csv").toString(), EXAMPLES.resolve("energie-cocreatie").toString());
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("\"formatVersion\": 1"), run.out());
		assertTrue(run.out().contains("\"rowsRead\": 3000") && run.out().contains("\"rowsRejected\": 0"), run.out());
		assertTrue(run.out().contains("\"name\": \"VerhuisTevredenheid\""), run.out());
	}

	@Test
	void markdownAndCsvFormats() {
		CliRun markdown = CliRun.of("results", "--now", NOW, "--format", "markdown", "--responses", ANSWERS, INSURER);
		assertTrue(markdown.out().startsWith("# Scorecard\n"), markdown.out());
		assertTrue(markdown.out().contains("| **Overall** |"), markdown.out());
		CliRun csv = CliRun.of("results", "--now", NOW, "--format", "csv", "--responses", ANSWERS, INSURER);
		assertTrue(csv.out().startsWith("section,metric,by,group,answers,score,margin,target,current,status,"), csv.out());
		assertTrue(csv.out().contains("\nscore,ClaimNPS,overall,,"), csv.out());
		assertTrue(csv.out().contains("\nfollow-up,ClaimNPS,"), csv.out());
	}

	@Test
	void hostileInputGetsOneLineAndExitTwo() throws IOException {
		Path csv = Specs.write(folder, "answers.csv", "date,metric,score\n2026-01-01,ClaimNPS,3\n");
		List<CliRun> runs = List.of(
				CliRun.of("results", "--now", "yesterday", "--responses", csv.toString(), INSURER),
				CliRun.of("results", "--responses", folder.resolve("missing.csv").toString(), INSURER),
				CliRun.of("results", "--responses", "/dev/null", INSURER),
				CliRun.of("results", "--responses", csv.toString()),
				CliRun.of("results", "--format", "pdf", "--responses", csv.toString(), INSURER),
				CliRun.of("results", "--output", csv.toString(), "--responses", csv.toString(), INSURER));
		for (CliRun run : runs) {
			assertEquals(2, run.exit(), run.err());
			assertFalse(run.printedStackTrace(), run.err());
		}
		assertTrue(runs.get(0).err().contains("--now 'yesterday' is not an ISO 8601"), runs.get(0).err());
		assertTrue(runs.get(2).err().contains("not a regular file"), runs.get(2).err());
		assertTrue(runs.get(5).err().contains("refusing to write the results over a survey export"), runs.get(5).err());
		assertEquals("date,metric,score\n2026-01-01,ClaimNPS,3\n", Files.readString(csv), "the export is untouched");
	}

	@Test
	void textFromAnExportCannotDriveTheTerminal() throws IOException {
		Path csv = Specs.write(folder, "answers.csv", "date,metric,score,comment\n2026-11-30,ClaimNPS,1,\"\u001b]0;owned\u0007\u001b[2Jhi\"\n");
		CliRun run = CliRun.of("results", "--now", NOW, "--responses", csv.toString(), INSURER);
		assertEquals(0, run.exit(), run.err());
		assertFalse(run.out().contains("\u001b") || run.out().contains("\u0007"), run.out());
		assertTrue(run.out().contains("]0;owned[2Jhi"), run.out());
	}

	@Test
	void validateWithResponsesPutsTheResultsRulesInSarif() {
		CliRun run = CliRun.of("validate", "--format", "sarif", "--now", NOW, "--responses", ANSWERS, INSURER);
		assertEquals(0, run.exit(), run.err()); // results findings are warnings
		assertTrue(run.out().contains("\"ruleId\": \"metric-off-target\""), run.out());
		assertTrue(run.out().contains("\"ruleId\": \"follow-up-overdue\""), run.out());
		assertFalse(run.out().contains("HL-"), "no respondent id in SARIF");
	}

	@Test
	void theStaffSiteShowsFiguresButNoRespondentUnlessAsked() throws IOException {
		Path out = folder.resolve("site");
		CliRun run = CliRun.of("generate", "--out", out.toString(), "--now", NOW, "--responses", ANSWERS, INSURER);
		assertEquals(0, run.exit(), run.err());
		String report = Files.readString(out.resolve("report.html"));
		assertTrue(report.contains("Measured: what customers say") && report.contains("<polyline"), report);
		String map = Files.readString(out.resolve("journeys/HomeClaim.svg"));
		assertTrue(map.contains("Measured / target") && map.contains("How customers feel along the journey"), map);
		assertFalse(Files.exists(out.resolve("follow-ups")));
		try (Stream<Path> files = Files.walk(out)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(Files.readString(file).contains("HL-"), file + " names a respondent");
			}
		}
		assertTrue(Files.readString(out.resolve("playbooks/ClaimsTeamLeader.html")).contains("Follow-ups waiting for you"));

		Path withList = folder.resolve("with-list");
		assertEquals(0, CliRun.of("generate", "--out", withList.toString(), "--now", NOW, "--follow-ups", "--responses", ANSWERS,
				INSURER).exit());
		assertTrue(Files.readString(withList.resolve("follow-ups/ClaimsTeamLeader.html")).contains("HL-"));
		assertTrue(Files.readString(withList.resolve("playbooks/ClaimsTeamLeader.html"))
				.contains("href=\"../follow-ups/ClaimsTeamLeader.html\""));
		assertEquals(2, CliRun.of("generate", "--follow-ups", INSURER).exit(), "--follow-ups alone has nothing to list");
	}

	@Test
	void theExamplesExportsAreMadeByTheScriptInTheRepository() throws Exception {
		for (String example : List.of("insurer-claims", "energie-cocreatie", "sports-engagement")) {
			Files.createDirectories(folder.resolve(example));
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), EXAMPLES.resolve("MakeResponses.java").toString(), folder.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
		assertEquals(0, process.exitValue(), output);
		for (String file : List.of("insurer-claims/responses.csv", "energie-cocreatie/enquete.csv", "sports-engagement/responses.csv")) {
			assertEquals(-1L, Files.mismatch(EXAMPLES.resolve(file), folder.resolve(file)), file + " differs from what the script makes");
		}
	}
}
