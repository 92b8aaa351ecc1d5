package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cxspec.rules.Rule;
import org.junit.jupiter.api.Test;

/** {@code cxspec rules} and {@code cxspec explain}: every rule, its severity and why it matters. */
class RulesCommandTest {

	@Test
	void listsEveryRuleWithSeverityAndExplanation() {
		CliRun run = CliRun.of("rules");
		assertEquals(0, run.exit());
		for (Rule rule : Rule.values()) {
			assertTrue(run.out().contains(rule.id()), rule.id());
			assertTrue(run.out().contains(rule.explanation()), rule.id());
		}
		assertTrue(run.out().matches("(?s).*\\nslow-closed-loop +warning +Closed loop slower than a day\\n.*"), run.out());
	}

	@Test
	void explainsOneRule() {
		CliRun run = CliRun.of("explain", "scripted-touchpoint");
		assertEquals(0, run.exit());
		assertTrue(run.out().startsWith("scripted-touchpoint (warning): Touchpoint that scripts its people\n"), run.out());
	}

	@Test
	void unknownRuleSuggestsTheClosest() {
		CliRun run = CliRun.of("explain", "slow-closed-lop");
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("did you mean slow-closed-loop?"), run.err());
	}
}
