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

/** cxspec.yaml found next to the specs or named with --config: severities, per-path overrides, thresholds, bad input. */
class ConfigurationTest {

	static final String SPEC = """
			brand Acme "Acme" {
			  promise "We fix it the first time." differentiates from "call-back queues"
			}
			value Fast "Fast fixes" drives retention
			role Desk "Service desk"
			closed loop Unhappy "Unhappy customers" { when "score below 3" respond within 48 hours owner Desk }
			""";

	@TempDir
	Path project;

	Path spec;

	@BeforeEach
	void writeSpec() throws IOException {
		Files.createDirectories(project.resolve(".git"));
		spec = Files.writeString(Files.createDirectories(project.resolve("specs/legacy")).resolve("acme.cxspec"), SPEC);
	}

	@Test
	void withoutConfigurationRulesSpeakAtTheirDefaults() {
		CliRun run = CliRun.of("validate", project.toString());
		assertTrue(run.out().contains("warning: Value Fast is delivered by no touchpoint"), run.out());
		assertTrue(run.out().contains("[slow-closed-loop]"), run.out());
	}

	@Test
	void nearestConfigurationAboveTheSpecSetsSeveritiesAndThresholds() throws IOException {
		Files.writeString(project.resolve("cxspec.yaml"), """
				rules:
				  value-not-delivered: error
				  role-without-touchpoints: off
				thresholds:
				  closed-loop-max-hours: 72
				""");
		CliRun run = CliRun.of("validate", spec.toString());
		assertEquals(Main.FINDINGS, run.exit(), run.out());
		assertTrue(run.out().contains("error: Value Fast is delivered by no touchpoint"), run.out());
		assertFalse(run.out().contains("slow-closed-loop"), run.out());
	}

	@Test
	void pathOverridesApplyToMatchingFilesOnlyAndLaterEntriesWin() throws IOException {
		Path other = Files.writeString(project.resolve("specs/current.cxspec"), "value Kind \"Kind staff\" drives advocacy\n");
		Files.writeString(project.resolve("cxspec.yaml"), """
				paths:
				  - files: "specs/legacy/**"
				    rules:
				      value-not-delivered: info
				  - files: ["specs/legacy/acme.cxspec"]
				    rules:
				      value-not-delivered: off
				""");
		CliRun run = CliRun.of("validate", spec.toString(), other.toString());
		assertFalse(run.out().contains("Value Fast"), run.out());
		assertTrue(run.out().contains("warning: Value Kind is delivered by no touchpoint"), run.out());
	}

	@Test
	void explicitConfigurationReplacesTheOneNextToTheSpecs() throws IOException {
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  value-not-delivered: error\n");
		Path chosen = Files.writeString(project.resolve("ci.yaml"), "rules:\n  value-not-delivered: off\n");
		CliRun run = CliRun.of("validate", "--config", chosen.toString(), spec.toString());
		assertEquals(Main.OK, run.exit(), run.out() + run.err());
		assertFalse(run.out().contains("value-not-delivered"), run.out());
	}

	@Test
	void unknownRuleIsBadInputNamingFileLineAndColumnAndWritesNothing() throws IOException {
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  value-not-deliverd: off\n");
		Path report = project.resolve("report.sarif");
		CliRun run = CliRun.of("validate", "--format", "sarif", "--output", report.toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, run.exit());
		assertTrue(run.err().contains("cxspec.yaml:2:3: unknown rule 'value-not-deliverd' (did you mean 'value-not-delivered'?)"),
				run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertFalse(Files.exists(report));
	}

	@Test
	void invalidYamlIsBadInput() throws IOException {
		Path config = Files.writeString(project.resolve("broken.yaml"), "rules:\n  value-not-delivered: [off\n");
		CliRun run = CliRun.of("validate", "--config", config.toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, run.exit());
		assertTrue(run.err().matches("(?s)cxspec: .*broken\\.yaml:3:1: not valid YAML: .*"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void unknownSeverityIsBadInput() throws IOException {
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  value-not-delivered: loud\n");
		CliRun run = CliRun.of("validate", spec.toString());
		assertEquals(Main.BAD_INPUT, run.exit());
		assertTrue(run.err().contains("cxspec.yaml:2:24: unknown severity 'loud': use error, warning, info or off"), run.err());
	}

	@Test
	void otherMistakesAreBadInputToo() throws IOException {
		String[][] cases = {
				{ "rule:\n  x: off\n", "1:1: unknown key 'rule': use rules, paths, thresholds or responses" },
				{ "thresholds:\n  closed-loop-max-hours: soon\n", "2:26: 'soon' is not a whole number of at least 1" },
				{ "rules:\n  syntax-error: off\n", "2:3: rule 'syntax-error' cannot be configured" },
				{ "paths:\n  - files: \"a/**\"\n", "2:5: an entry of 'paths' needs both 'files' (globs) and 'rules'" },
				{ "rules:\n  value-not-delivered: off\n  value-not-delivered: info\n", "3:3: 'value-not-delivered' is given twice: keep one" } };
		for (String[] bad : cases) {
			Path config = Files.writeString(project.resolve("case.yaml"), bad[0]);
			CliRun run = CliRun.of("validate", "--config", config.toString(), spec.toString());
			assertEquals(Main.BAD_INPUT, run.exit(), bad[0]);
			assertTrue(run.err().contains("case.yaml:" + bad[1]) || run.err().contains(bad[1]), run.err());
		}
	}

	@Test
	void missingConfigurationFileIsBadInput() {
		CliRun run = CliRun.of("validate", "--config", project.resolve("nope.yaml").toString(), spec.toString());
		assertEquals(Main.BAD_INPUT, run.exit());
		assertTrue(run.err().contains("nope.yaml: no such configuration file"), run.err());
	}
}
