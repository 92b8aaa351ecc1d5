package org.cxspec.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One kind of change at a time: what a reviewer and the people staffing the touchpoint read. */
class SemanticDiffTest {

	private static final String SPEC = """
			brand Acme "Acme" {
			    promise "Simple and fair."
			    tight "Use the customer's name" for Fairness
			}
			value Fairness "Being treated fairly" drives retention
			metric Effort "Effort score" current 3 target 2 lower is better
			role Agent "Claims agent"
			role Lead "Team leader"
			journey Claim "Making a claim" {
			    stage Report "I report it" {
			        touchpoint Phone "Reporting by phone" {
			            staffed by Agent
			            delivers Fairness
			            tight "Acknowledge what happened before any policy question" for Fairness
			            loose "How you reassure the caller" within "Never promise an amount"
			        }
			    }
			    stage Paid "I get paid" {
			    }
			}
			closed loop Detractors "Unhappy customers hear from us" {
			    when Effort above 5
			    respond within 24 hours
			    owner Lead
			}
			""";

	@Test
	void theSameSpecSplitOverTwoFilesIsNoChange() {
		int split = SPEC.indexOf("journey Claim");
		Map<Path, String> files = new LinkedHashMap<>();
		files.put(Path.of("/specs/brand.cxspec"), SPEC.substring(split));
		files.put(Path.of("/specs/journey.cxspec"), SPEC.substring(0, split));
		SpecDiff diff = SpecDiffer.compare(side(SPEC), Differ.get().side("split", files), Locale.ENGLISH);
		assertTrue(diff.isEmpty(), diff.changes().toString());
		assertTrue(diff.affectedRoles().isEmpty());
	}

	@Test
	void aRenamedValueIsOneRenameNotAChangeEverywhereItIsUsed() {
		SpecDiff diff = diff(SPEC.replace("Fairness", "Equity"));
		assertEquals(List.of("Value Fairness renamed to Equity."), texts(diff.changes()));
		assertTrue(diff.affectedRoles().isEmpty());
	}

	@Test
	void aRewordedStandardIsReworded() {
		SpecDiff diff = diff(SPEC.replace("before any policy question", "before any question about the policy"));
		assertEquals("standard-reworded", diff.changes().get(0).type());
		assertEquals(List.of("\u201cReporting by phone\u201d: a standard you keep is reworded. Now: \u201cAcknowledge what happened"
				+ " before any question about the policy\u201d (was: \u201cAcknowledge what happened before any policy question\u201d)."),
				items(diff, "Agent"));
		assertTrue(diff.standardsChanged());
		assertFalse(diff.promiseChanged());
	}

	@Test
	void aFreedomTurnedIntoAStandardIsToldToItsStaff() {
		SpecDiff diff = diff(SPEC.replace("loose \"How you reassure the caller\" within \"Never promise an amount\"",
				"tight \"How you reassure the caller\" for Fairness"));
		assertEquals("became-standard", diff.changes().get(0).type());
		assertTrue(items(diff, "Agent").get(0).contains("what was your call is now a standard you must keep"), items(diff, "Agent").toString());
	}

	@Test
	void guardrailsTightenedAndLifted() {
		SpecDiff tightened = diff(SPEC.replace("within \"Never promise an amount\"",
				"within \"Never promise an amount\" within \"Tell your team leader\""));
		assertEquals("guardrail-added", tightened.changes().get(0).type());
		assertTrue(items(tightened, "Agent").get(0).contains("a new guardrail on \u201cHow you reassure the caller\u201d: Tell your team leader"));
		SpecDiff lifted = diff(SPEC.replace(" within \"Never promise an amount\"", ""));
		assertEquals("guardrail-removed", lifted.changes().get(0).type());
	}

	@Test
	void aTouchpointMovedToAnotherStage() {
		String touchpoint = SPEC.substring(SPEC.indexOf("        touchpoint Phone"), SPEC.indexOf("        }\n") + "        }\n".length());
		String moved = SPEC.replace(touchpoint, "").replace("    stage Paid \"I get paid\" {\n", "    stage Paid \"I get paid\" {\n" + touchpoint);
		SpecDiff diff = diff(moved);
		Change change = diff.changes().get(0);
		assertEquals("moved", change.type(), diff.changes().toString());
		assertEquals("Claim \u203a Report", change.before());
		assertEquals("Claim \u203a Paid", change.after());
		assertEquals(List.of("\u201cReporting by phone\u201d moved: it is now at Claim \u203a Paid (was Claim \u203a Report)."),
				items(diff, "Agent"));
	}

	@Test
	void staffingAndFollowUpsPerRole() {
		SpecDiff diff = diff(SPEC.replace("staffed by Agent", "staffed by Lead").replace("owner Lead", "owner Agent")
				.replace("respond within 24 hours", "respond within 4 hours"));
		assertEquals(List.of("You no longer staff \u201cReporting by phone\u201d.",
				"You now own the follow-up \u201cUnhappy customers hear from us\u201d (when Effort above 5; respond within 4 hours)."),
				items(diff, "Agent"));
		assertEquals(List.of("You now staff \u201cReporting by phone\u201d (Claim \u203a Report).",
				"You no longer own the follow-up \u201cUnhappy customers hear from us\u201d."), items(diff, "Lead"));
	}

	@Test
	void thePromiseIsFlaggedForEveryone() {
		SpecDiff diff = diff(SPEC.replace("Simple and fair.", "Simple, fair and fast."));
		assertTrue(diff.promiseChanged());
		assertEquals(1, diff.brand().size());
		assertTrue(diff.affectedRoles().isEmpty(), "told once, above all roles");
	}

	@Test
	void findingsIntroducedAndFixed() {
		SpecDiff diff = diff(SPEC.replace(" within \"Never promise an amount\"", "").replace("respond within 24 hours", "respond within 4 hours"));
		assertEquals(List.of("loose-without-guardrail"), diff.introduced().stream().map(FindingChange::rule).toList());
		SpecDiff back = SpecDiffer.compare(side(SPEC.replace(" within \"Never promise an amount\"", "")), side(SPEC), Locale.ENGLISH);
		assertEquals(List.of("loose-without-guardrail"), back.fixed().stream().map(FindingChange::rule).toList());
	}

	private static SpecDiff diff(String later) {
		return SpecDiffer.compare(side(SPEC), side(later), Locale.ENGLISH);
	}

	private static Side side(String text) {
		return Differ.get().side("spec", Map.of(Path.of("/specs/spec.cxspec"), text));
	}

	private static List<String> texts(List<Change> changes) {
		return changes.stream().map(Change::text).toList();
	}

	private static List<String> items(SpecDiff diff, String role) {
		return diff.role(role).changes().stream().map(RoleChanges.Item::text).toList();
	}
}
