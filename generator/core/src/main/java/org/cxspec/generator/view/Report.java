package org.cxspec.generator.view;

import java.util.List;

import org.cxspec.generator.view.Elements.Expectation;

/** The consistency report: readiness, diagnostics by rule, coverage, balance and programme readiness. */
public record Report(Readiness readiness, int errors, int warnings, int infos, List<RuleGroup> rules,
		Coverage coverage, List<Expectation> expectations, List<Balance> touchpointBalance,
		List<Balance> roleBalance, List<ProgrammeReadiness> programmes, List<LoopReadiness> loops) {

	/** The three things to be clear on before designing: the promise, the values, scored expectations. */
	public record Readiness(boolean promise, boolean differentiates, int values, int valuesThatDrive,
			int expectations, int expectationsScored, boolean ready) {
	}

	/** {@code severity}: "error", "warning" or "info". */
	public record RuleGroup(String id, String title, String explanation, String severity, List<Diagnostic> findings) {
	}

	public record Diagnostic(String file, int line, int column, String severity, String message) {
	}

	/** Values as columns, touchpoints as rows; a cell is true when the touchpoint delivers the value. */
	public record Coverage(List<Ref> values, List<CoverageRow> rows, List<Integer> totals) {
	}

	public record CoverageRow(Ref touchpoint, Ref journey, List<Boolean> cells) {
	}

	/** Tight and loose counts of a touchpoint or a role, with the tight share in per cent for the bar. */
	public record Balance(Ref subject, int tight, int loose, int tightPercent, boolean scripted) {
	}

	public record ProgrammeReadiness(Ref programme, boolean goal, boolean measurable, boolean owner,
			boolean customers, boolean staff, boolean rhythm, boolean reportBack, boolean ready) {
	}

	public record LoopReadiness(Ref loop, boolean trigger, boolean owner, long hours, boolean withinADay,
			boolean ready) {
	}
}
