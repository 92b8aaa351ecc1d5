package org.cxspec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.cxspec.load.BadInputException;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/** Reading cxspec.yaml: YAML's "off" stays a severity, globs are relative to the file, later path entries win. */
class ConfigReaderTest {

	private static final Path CONFIG = Path.of("/project/cxspec.yaml");

	@Test
	void offTurnsARuleOffAndPathEntriesApplyInOrder() throws BadInputException {
		ProjectConfig config = ConfigReader.parse(CONFIG, """
				rules:
				  value-not-delivered: off
				  empty-journey: Error
				paths:
				  - files: ["legacy/**", "*.draft.cxspec"]
				    rules:
				      empty-journey: info
				  - files: legacy/keep/**
				    rules:
				      empty-journey: warning
				""");
		assertEquals(Severity.IGNORE, config.severityOf(Rule.VALUE_NOT_DELIVERED, Path.of("/project/a.cxspec")));
		assertEquals(Severity.ERROR, config.severityOf(Rule.EMPTY_JOURNEY, Path.of("/project/a.cxspec")));
		assertEquals(Severity.INFO, config.severityOf(Rule.EMPTY_JOURNEY, Path.of("/project/legacy/old/a.cxspec")));
		assertEquals(Severity.INFO, config.severityOf(Rule.EMPTY_JOURNEY, Path.of("/project/x.draft.cxspec")));
		assertEquals(Severity.WARNING, config.severityOf(Rule.EMPTY_JOURNEY, Path.of("/project/legacy/keep/a.cxspec")));
		assertEquals(Severity.WARNING, config.severityOf(Rule.SLOW_CLOSED_LOOP, Path.of("/project/a.cxspec")));
	}

	@Test
	void pathEntriesMayTuneThresholdsForTheirFiles() throws BadInputException {
		ProjectConfig config = ConfigReader.parse(CONFIG, """
				thresholds:
				  closed-loop-max-hours: 12
				  scripted-touchpoint-tights: 4
				paths:
				  - files: "partners/**"
				    thresholds:
				      closed-loop-max-hours: 48
				""");
		ProjectConfig.Thresholds partner = config.thresholdsFor(Path.of("/project/partners/garage.cxspec"));
		assertEquals(48, partner.closedLoopMaxHours().getAsInt());
		assertEquals(4, partner.scriptedTouchpointTights().getAsInt());
		assertEquals(12, config.thresholdsFor(Path.of("/project/own.cxspec")).closedLoopMaxHours().getAsInt());
	}

	@Test
	void anEmptyFileChangesNothing() throws BadInputException {
		ProjectConfig config = ConfigReader.parse(CONFIG, "# nothing yet\n");
		assertEquals(Severity.WARNING, config.severityOf(Rule.VALUE_NOT_DELIVERED, Path.of("/project/a.cxspec")));
		ProjectConfig commentedOut = ConfigReader.parse(CONFIG, "rules:\n#  value-not-delivered: off\nthresholds:\n");
		assertEquals(Severity.WARNING, commentedOut.severityOf(Rule.VALUE_NOT_DELIVERED, Path.of("/project/a.cxspec")));
	}

	@Test
	void mistakesNameTheLineAndColumn() {
		BadInputException wrongShape = assertThrows(BadInputException.class, () -> ConfigReader.parse(CONFIG, "rules: off\n"));
		assertEquals("/project/cxspec.yaml:1:8: 'rules' (rule id: error, warning, info or off) must be a mapping of 'key: value' lines",
				wrongShape.getMessage().replaceFirst("^.*?cxspec\\.yaml", "/project/cxspec.yaml"));
		BadInputException badGlob = assertThrows(BadInputException.class, () -> ConfigReader.parse(CONFIG,
				"paths:\n  - files: \"legacy/[\"\n    rules:\n      empty-journey: off\n"));
		assertEquals(true, badGlob.getMessage().contains("cxspec.yaml:2:12: invalid glob 'legacy/['"), badGlob.getMessage());
		BadInputException noGlob = assertThrows(BadInputException.class, () -> ConfigReader.parse(CONFIG,
				"paths:\n  - files: []\n    rules:\n      empty-journey: off\n"));
		assertEquals(true, noGlob.getMessage().contains("cxspec.yaml:2:5: an entry of 'paths' needs both"), noGlob.getMessage());
	}
}
