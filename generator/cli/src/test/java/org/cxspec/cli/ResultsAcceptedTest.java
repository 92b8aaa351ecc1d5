package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A results finding the team has accepted stays quiet in `results`, `validate --responses` and
 * `generate --responses` alike, whichever way it was accepted: a `// cxspec-ignore` comment in
 * the spec, a severity in cxspec.yaml, or a baseline.
 */
class ResultsAcceptedTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("cxspec.examples", "../../examples")).resolve("insurer-claims");
	private static final String NOW = "2026-11-30T18:00Z";
	private static final String DETRACTORS = "Closed loop DetractorFollowUp has overdue follow-ups";
	private static final String POOR_REPAIR = "Closed loop PoorRepair has overdue follow-ups";

	@TempDir
	Path folder;

	private Path spec;
	private String answers;

	@BeforeEach
	void copyTheInsurerExample() throws IOException {
		spec = folder.resolve("insurer-claims");
		Files.createDirectories(spec);
		try (Stream<Path> files = Files.list(EXAMPLE)) {
			for (Path file : files.toList()) {
				Files.copy(file, spec.resolve(file.getFileName()));
			}
		}
		answers = spec.resolve("responses.csv").toString();
	}

	private CliRun results(String... more) {
		return CliRun.of(concat(new String[] { "results", "--now", NOW }, more, new String[] { "--responses", answers, spec.toString() }));
	}

	private CliRun validate(String... more) {
		return CliRun.of(concat(new String[] { "validate", "--now", NOW }, more, new String[] { "--responses", answers, spec.toString() }));
	}

	private CliRun generate(String... more) {
		return CliRun.of(concat(new String[] { "generate", "--out", folder.resolve("site").toString(), "--now", NOW }, more,
				new String[] { "--responses", answers, spec.toString() }));
	}

	private static String[] concat(String[]... parts) {
		return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
	}

	private void quietOnDetractorsEverywhere(String... more) throws IOException {
		CliRun results = results(more);
		assertEquals(0, results.exit(), results.err());
		assertFalse(results.out().contains(DETRACTORS), results.out());
		assertTrue(results.out().contains(POOR_REPAIR), "only the accepted finding is quiet: " + results.out());
		assertTrue(results.out().contains("OVERDUE  due 2026-01-08 18:11Z  DetractorFollowUp"), "the worklist still lists them");
		CliRun validate = validate(more);
		assertEquals(0, validate.exit(), validate.err());
		assertFalse(validate.out().contains(DETRACTORS), validate.out());
		assertTrue(validate.out().contains(POOR_REPAIR), validate.out());
		CliRun generate = generate(more);
		assertEquals(0, generate.exit(), generate.err());
		assertFalse(generate.out().contains(DETRACTORS), generate.out());
		assertTrue(generate.out().contains(POOR_REPAIR), generate.out());
		String report = Files.readString(folder.resolve("site/report.md"));
		assertFalse(report.contains(DETRACTORS), report);
		assertTrue(report.contains(POOR_REPAIR), report);
	}

	@Test
	void byACommentAboveTheClosedLoop() throws IOException {
		Path programmes = spec.resolve("programmes.cxspec");
		Files.writeString(programmes, Files.readString(programmes).replace("closed loop DetractorFollowUp",
				"// cxspec-ignore follow-up-overdue: the team leader works these through in the weekly huddle\n"
						+ "closed loop DetractorFollowUp"));
		quietOnDetractorsEverywhere();
		CliRun withoutAnswers = CliRun.of("validate", spec.toString());
		assertTrue(withoutAnswers.out().startsWith("No problems"), "without answers the comment is not called unused: "
				+ withoutAnswers.out());
	}

	@Test
	void byTheRuleSeverityInCxspecYaml() throws IOException {
		Files.writeString(spec.resolve("cxspec.yaml"), "paths:\n  - files: \"programmes.cxspec\"\n    rules:\n      follow-up-overdue: off\n");
		CliRun results = results();
		assertFalse(results.out().contains(POOR_REPAIR) || results.out().contains(DETRACTORS), results.out());
		Files.writeString(spec.resolve("cxspec.yaml"), "rules:\n  follow-up-overdue: error\n");
		assertEquals(1, validate().exit(), "an error now fails validate");
		assertTrue(validate().out().contains("error: " + DETRACTORS), validate().out());
	}

	@Test
	void byABaselineWhoseFiguresMayMove() throws IOException {
		Path programmes = spec.resolve("programmes.cxspec");
		Files.writeString(programmes, Files.readString(programmes).replace("closed loop PoorRepair",
				"// cxspec-ignore follow-up-overdue: the partner has a backlog plan\nclosed loop PoorRepair"));
		Path baseline = folder.resolve("baseline.json");
		// recorded a week earlier: fewer overdue follow-ups, another oldest date; still the same finding
		CliRun write = CliRun.of("validate", "--now", "2026-11-23T18:00Z", "--write-baseline", baseline.toString(), "--responses",
				answers, spec.toString());
		assertEquals(0, write.exit(), write.err());
		assertTrue(Files.readString(baseline).contains(DETRACTORS), Files.readString(baseline));

		for (CliRun run : new CliRun[] { results("--baseline", baseline.toString()), validate("--baseline", baseline.toString()),
				generate("--baseline", baseline.toString()) }) {
			assertEquals(0, run.exit(), run.err());
			assertFalse(run.out().contains(DETRACTORS), run.out());
			assertTrue(run.err().contains("known finding"), run.err());
		}
		assertEquals(0, results("--baseline", baseline.toString(), "--fail-on", "overdue").exit(),
				"an accepted overdue loop does not fail the scheduled job");
		assertEquals(1, results("--fail-on", "overdue").exit(), "without the baseline it does");
		assertFalse(Files.readString(folder.resolve("site/report.md")).contains(DETRACTORS));
	}

	@Test
	void aBaselineThatCannotBeReadStopsEveryCommandWithOneLine() throws IOException {
		Path notABaseline = Files.writeString(folder.resolve("baseline.json"), "{ \"format\": \"something else\" }");
		Path missing = folder.resolve("missing.json");
		for (Path baseline : new Path[] { notABaseline, missing }) {
			for (CliRun run : new CliRun[] { results("--baseline", baseline.toString()), generate("--baseline", baseline.toString()) }) {
				assertEquals(2, run.exit(), run.err());
				assertTrue(run.err().startsWith("cxspec: ") && run.err().contains("baseline"), run.err());
				assertFalse(run.printedStackTrace(), run.err());
			}
		}
		assertFalse(Files.exists(folder.resolve("site")), "nothing written");
	}
}
