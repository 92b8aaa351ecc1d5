package org.cxspec.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Map.Entry;

import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;

/** The rule ids of LANGUAGE.md are fixed (suppressions and CI depend on them), with their default severities. */
class RuleCatalogTest {

	private static final Map<String, Severity> FIXED = Map.ofEntries(
			Map.entry("syntax-error", Severity.ERROR),
			Map.entry("unresolved-reference", Severity.ERROR),
			Map.entry("duplicate-name", Severity.ERROR),
			Map.entry("missing-promise", Severity.ERROR),
			Map.entry("value-not-delivered", Severity.WARNING),
			Map.entry("value-drives-nothing", Severity.WARNING),
			Map.entry("expectation-unscored", Severity.WARNING),
			Map.entry("expectation-not-addressed", Severity.WARNING),
			Map.entry("differentiating-without-value", Severity.ERROR),
			Map.entry("differentiating-without-tight", Severity.WARNING),
			Map.entry("moment-unmeasured", Severity.WARNING),
			Map.entry("tight-without-value", Severity.WARNING),
			Map.entry("loose-without-guardrail", Severity.WARNING),
			Map.entry("loose-without-staff", Severity.WARNING),
			Map.entry("scripted-touchpoint", Severity.WARNING),
			Map.entry("tight-loose-conflict", Severity.ERROR),
			Map.entry("role-without-touchpoints", Severity.INFO),
			Map.entry("metric-without-target", Severity.WARNING),
			Map.entry("cocreation-without-goal", Severity.ERROR),
			Map.entry("goal-not-measurable", Severity.WARNING),
			Map.entry("cocreation-without-owner", Severity.WARNING),
			Map.entry("cocreation-without-customers", Severity.ERROR),
			Map.entry("cocreation-without-staff", Severity.WARNING),
			Map.entry("cocreation-without-rhythm", Severity.WARNING),
			Map.entry("cocreation-without-report-back", Severity.WARNING),
			Map.entry("slow-closed-loop", Severity.WARNING),
			Map.entry("closed-loop-without-owner", Severity.ERROR),
			Map.entry("empty-journey", Severity.WARNING));

	@Test
	void everyFixedRuleExistsWithItsDefaultSeverity() {
		for (Entry<String, Severity> fixed : FIXED.entrySet()) {
			Rule rule = Rule.byId(fixed.getKey()).orElseThrow(() -> new AssertionError("no rule " + fixed.getKey()));
			assertEquals(fixed.getValue(), rule.defaultSeverity(), rule.id());
		}
	}

	@Test
	void everyRuleHasATitleAndAnExplanation() {
		for (Rule rule : Rule.values()) {
			assertTrue(rule.id().matches("[a-z]+(-[a-z]+)*"), rule.id());
			assertFalse(rule.title().isBlank(), rule.id());
			assertTrue(rule.explanation().length() > 40, rule.id() + ": " + rule.explanation());
		}
	}
}
