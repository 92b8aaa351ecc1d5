package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `// cxspec-ignore rule-id: reason` comments right before an element. */
class SuppressionTest {

	@TempDir
	Path project;

	private CliRun validate(String spec) throws IOException {
		Files.createDirectories(project.resolve(".git"));
		Path file = Files.writeString(project.resolve("acme.cxspec"), """
				brand Acme "Acme" {
				  promise "We fix it the first time." differentiates from "call-back queues"
				}
				""" + spec);
		return CliRun.of("validate", "--fail-on", "warning", file.toString());
	}

	@Test
	void suppressionWithReasonSilencesTheNamedRulesOnTheElementBelow() throws IOException {
		CliRun run = validate("""
				// cxspec-ignore value-not-delivered, value-drives-nothing: delivered by the partner's own process
				value Kind "Kind staff"
				value Fast "Fast fixes" drives retention
				""");
		assertFalse(run.out().contains("Value Kind"), run.out());
		assertTrue(run.out().contains("Value Fast is delivered by no touchpoint"), run.out());
		assertEquals(1, run.out().lines().filter(line -> line.contains("warning:")).count(), run.out());
	}

	@Test
	void suppressionCoversEverythingInsideTheElementAndMayShareTheLinesWithOtherComments() throws IOException {
		CliRun run = validate("""
				value Fast "Fast fixes" drives retention
				// cxspec-ignore empty-journey: the stages are written by the partner team
				// (see the shared drive)
				journey Repair "Getting it repaired" {
				  stage Booking "I book a visit" { }
				}
				""");
		assertFalse(run.out().contains("[empty-journey]"), run.out());
	}

	@Test
	void nestedSuppressionsOfTheSameRuleAreBothInUse() throws IOException {
		CliRun run = validate("""
				value Fast "Fast fixes" drives retention
				// cxspec-ignore empty-journey: the partner team writes these stages
				journey Repair "Getting it repaired" {
				  // cxspec-ignore empty-journey: booking is being redesigned
				  stage Booking "I book a visit" { }
				}
				""");
		assertFalse(run.out().contains("[empty-journey]"), run.out());
		assertFalse(run.out().contains("[unused-suppression]"), run.out());
	}

	@Test
	void suppressionWithoutReasonIsAWarningButStillSilences() throws IOException {
		CliRun run = validate("""
				// cxspec-ignore value-not-delivered
				value Fast "Fast fixes" drives retention
				""");
		assertTrue(run.out().contains("acme.cxspec:4:1: warning: Suppression of value-not-delivered gives no reason"), run.out());
		assertTrue(run.out().contains("[suppression-without-reason]"), run.out());
		assertFalse(run.out().contains("[value-not-delivered]"), run.out());
		assertEquals(Main.FINDINGS, run.exit());
	}

	@Test
	void suppressionThatSilencesNothingIsReported() throws IOException {
		CliRun run = validate("""
				// cxspec-ignore value-drives-nothing: the board has not decided yet
				value Fast "Fast fixes" drives retention

				// cxspec-ignore value-not-delivered: a blank line separates it from the value
				
				value Kind "Kind staff" drives advocacy
				""");
		assertTrue(run.out().contains("4:1: warning: Suppression of value-drives-nothing silences nothing here any more"), run.out());
		assertTrue(run.out().contains("7:1: warning: Suppression of value-not-delivered silences nothing (no element starts"),
				run.out());
		assertTrue(run.out().contains("Value Kind is delivered by no touchpoint"), run.out());
	}

	@Test
	void suppressionOfAnUnknownRuleIsReported() throws IOException {
		CliRun run = validate("""
				// cxspec-ignore value-not-deliverd: typo
				value Fast "Fast fixes" drives retention
				""");
		assertTrue(run.out().contains("Suppression names 'value-not-deliverd', which is no cxspec rule"), run.out());
		assertTrue(run.out().contains("[suppression-unknown-rule]"), run.out());
		assertTrue(run.out().contains("[value-not-delivered]"), run.out());
	}

	@Test
	void suppressionFindingsObeyTheConfiguration() throws IOException {
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  suppression-without-reason: off\n");
		CliRun run = validate("""
				// cxspec-ignore value-not-delivered
				value Fast "Fast fixes" drives retention
				""");
		assertEquals(Main.OK, run.exit(), run.out());
	}
}
