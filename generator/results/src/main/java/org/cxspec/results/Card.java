package org.cxspec.results;

import java.util.List;

/**
 * The scorecard of one metric (or expectation mapped to a question): overall, per touchpoint,
 * per customer segment and per period, against its target and the spec's stated current.
 */
public record Card(String name, String description, boolean expectation, String unit, String scale, String target,
		String current, boolean lowerIsBetter, Score overall, Status status, List<Group> byTouchpoint, List<Group> bySegment,
		List<Group> byPeriod, double lowestFigure, double highestFigure) {

	/** How the overall figure stands against the target. */
	public enum Status {
		ON_TARGET("on target"), OFF_TARGET("off target"), NO_TARGET("no target"), TOO_FEW("too few answers"),
		NO_ANSWERS("no answers");

		private final String words;

		Status(String words) {
			this.words = words;
		}

		public String words() {
			return words;
		}
	}

	/** One row of a breakdown: a touchpoint, segment or period, its score and how it stands against the target. */
	public record Group(String name, Score score, Status status) {
	}

	public boolean hasAnswers() {
		return overall.answers() > 0;
	}
}
