package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cxspec.config.ConfigReader;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results findings are silenced like every other rule: by a `// cxspec-ignore` comment and by cxspec.yaml. */
class ResultsSuppressionTest {

	private static final String NOW = "2026-11-30T12:00:00Z";
	// NPS below target at the till, and one answer of 3 overdue for the Detractors loop
	private static final String ANSWERS = "date,metric,score,touchpoint\n" + "2026-11-20T10:00Z,NPS,3,Till\n".repeat(3)
			+ "2026-11-21T10:00Z,NPS,8,Till\n".repeat(3);

	@TempDir
	Path folder;

	private List<Finding> measure(String spec, ProjectConfig config) throws Exception {
		Fixture fixture = new Fixture(folder);
		Path answers = fixture.write("answers.csv", ANSWERS);
		LoadedSpec loaded = Fixture.injector().getInstance(SpecLoader.class).loadTexts(Map.of(folder.resolve("shop.cxspec"), spec));
		return Results.measure(loaded, ResponsesMapping.DEFAULTS, config, List.of(answers), Instant.parse(NOW)).findings();
	}

	private static List<String> rules(List<Finding> findings) {
		return findings.stream().map(Finding::ruleId).toList();
	}

	@Test
	void withoutSuppressionBothFindingsShow() throws Exception {
		List<String> rules = rules(measure(Fixture.SPEC, ProjectConfig.DEFAULTS));
		assertTrue(rules.contains("metric-off-target") && rules.contains("follow-up-overdue"), rules.toString());
	}

	@Test
	void aCommentAboveTheElementSilencesItsResultsFinding() throws Exception {
		String spec = Fixture.SPEC
				.replace("metric NPS ", "// cxspec-ignore metric-off-target: new target agreed for 2027, see the plan\nmetric NPS ")
				.replace("closed loop Detractors", "// cxspec-ignore follow-up-overdue: the manager is on leave, calls booked\nclosed loop Detractors");
		List<Finding> findings = measure(spec, ProjectConfig.DEFAULTS);
		assertTrue(rules(findings).stream().noneMatch(rule -> rule.equals("metric-off-target") || rule.equals("follow-up-overdue")),
				findings.toString());
		assertTrue(rules(findings).stream().noneMatch("unused-suppression"::equals), findings.toString());
	}

	@Test
	void aSuppressionOfAResultsRuleThatSilencesNothingIsReportedWhenAnswersAreMeasured() throws Exception {
		String spec = Fixture.SPEC.replace("metric CSAT ", "// cxspec-ignore metric-off-target: we know\nmetric CSAT ");
		List<Finding> findings = measure(spec, ProjectConfig.DEFAULTS);
		Finding unused = findings.stream().filter(f -> f.ruleId().equals("unused-suppression")).findFirst().orElseThrow();
		assertEquals(11, unused.line(), findings.toString());
		assertTrue(unused.message().startsWith("Suppression of metric-off-target silences nothing"), unused.message());
		// without answers, the language's own validation does not call it unused: it cannot know
		LoadedSpec loaded = Fixture.injector().getInstance(SpecLoader.class).loadTexts(Map.of(folder.resolve("shop.cxspec"), spec));
		assertTrue(Fixture.injector().getInstance(SpecChecker.class).check(loaded).stream()
				.noneMatch(f -> f.ruleId().equals("unused-suppression")));
	}

	@Test
	void cxspecYamlSwitchesResultsRulesOffOrChangesTheirSeverity() throws Exception {
		Path yaml = new Fixture(folder).write("cxspec.yaml", "rules:\n  metric-off-target: off\n  follow-up-overdue: error\n");
		List<Finding> findings = measure(Fixture.SPEC, ConfigReader.read(yaml));
		assertTrue(rules(findings).stream().noneMatch("metric-off-target"::equals), findings.toString());
		assertEquals("error", findings.stream().filter(f -> f.ruleId().equals("follow-up-overdue")).findFirst().orElseThrow()
				.severityWord());
	}

	@Test
	void pathEntriesOfCxspecYamlApplyToTheExportsToo() throws Exception {
		Fixture fixture = new Fixture(folder);
		Path yaml = fixture.write("cxspec.yaml", "paths:\n  - files: \"*.csv\"\n    rules:\n      unknown-in-responses: off\n");
		Path answers = fixture.write("answers.csv", "date,metric,score,touchpoint\n2026-11-20T10:00Z,NPS,9,Tll\n");
		List<Finding> findings = Results.measure(fixture.spec(), ResponsesMapping.DEFAULTS, ConfigReader.read(yaml), List.of(answers),
				Instant.parse(NOW)).findings();
		assertTrue(rules(findings).stream().noneMatch("unknown-in-responses"::equals), findings.toString());
		List<Finding> unconfigured = Results.measure(fixture.spec(), ResponsesMapping.DEFAULTS, ProjectConfig.DEFAULTS,
				List.of(answers), Instant.parse(NOW)).findings();
		assertTrue(rules(unconfigured).contains("unknown-in-responses"), unconfigured.toString());
	}
}
