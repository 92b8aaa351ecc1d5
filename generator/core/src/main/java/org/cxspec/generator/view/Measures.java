package org.cxspec.generator.view;

import java.util.List;
import java.util.Map;

/**
 * Survey figures to show in the staff documents ({@code generate --responses}), already judged
 * and formatted by the results module: a badge per metric on each touchpoint, how customers
 * feel per stage, a trend per metric, and (only when asked for) each owner's follow-ups. Holds
 * no respondent data unless {@link #followUps} was filled on purpose.
 */
public record Measures(String summary, Reading reading, int minimumAnswers, String period, String now, List<Scorecard> scorecards,
		Map<String, List<Badge>> badges, Map<String, List<Point>> feelings, List<Trend> trends, List<Goal> goals,
		Map<String, Count> counts, Map<String, List<Task>> followUps) {

	/**
	 * How the exports were read, for the documents to say in the reader's language ({@code summary}
	 * says it in English for report.json): {@code rejected} holds each reason's label key
	 * ({@code measured.rejected.KEY}) and its count.
	 */
	public record Reading(long rowsRead, long rowsUsed, long rowsRejected, long answers, List<Rejected> rejected) {

		public Reading {
			rejected = List.copyOf(rejected);
		}
	}

	public record Rejected(String key, long count) {
	}

	/**
	 * A metric measured at a touchpoint; {@code value} and {@code margin} are "" below the minimum
	 * number of answers; {@code state} is "on", "off", "none" (no target) or "few" (too few answers).
	 */
	public record Badge(String metric, String value, String margin, long answers, String target, String state) {
	}

	/** One figure of a scorecard: overall, or one touchpoint, segment or period ({@code name}); as {@link Badge}. */
	public record Figure(String name, String value, String margin, long answers, String state) {
	}

	/** A metric (or an expectation mapped to a question) overall and broken down, as {@code cxspec results} shows it. */
	public record Scorecard(String metric, String name, boolean expectation, String unit, String target, String current,
			boolean lowerIsBetter, Figure overall, List<Figure> touchpoints, List<Figure> segments, List<Figure> periods) {

		public Scorecard {
			touchpoints = List.copyOf(touchpoints);
			segments = List.copyOf(segments);
			periods = List.copyOf(periods);
		}
	}

	/**
	 * A point of a line: its label (a stage or a period), the figure as text ("" when too few
	 * answers) and its height as a share of the axis (0 bottom to 1 top; negative when none).
	 */
	public record Point(String label, String value, double share) {
	}

	/** A metric's figure per period, on an axis from {@code lowest} to {@code highest}. */
	public record Trend(String metric, String name, String unit, String overall, String target, String state, List<Point> points,
			String lowest, String highest, double targetShare) {
	}

	/**
	 * A co-creation goal's metric against its target and deadline: the latest period with enough
	 * answers ({@code latest} "2026-11: 3.6 ± 0.2"; its figure alone in {@code latestValue}),
	 * {@code state} "reached", "notReached", "notMeasured" or "noTarget", and the outlook for the
	 * deadline: "reached", "on-track", "off-track", "missed" or "unknown", with the figure the
	 * trend reaches by then ({@code projected}, "" when none) from {@code trendPeriods} periods.
	 */
	public record Goal(String programme, String metric, String target, String deadline, String latestPeriod, String latestValue,
			String latest, String state, String outlook, String projected, int trendPeriods) {
	}

	/** How many follow-ups an owner has open and overdue: counts only, no one identified. */
	public record Count(long open, long overdue) {
	}

	/** One follow-up of the worklist (identifies a respondent: only written when the user asks). */
	public record Task(String state, String due, String loop, String metric, String score, String touchpoint, String respondent,
			String comment) {
	}

	public Measures {
		scorecards = List.copyOf(scorecards);
		badges = Map.copyOf(badges);
		feelings = Map.copyOf(feelings);
		trends = List.copyOf(trends);
		goals = List.copyOf(goals);
		counts = Map.copyOf(counts);
		followUps = Map.copyOf(followUps);
	}

	public List<Badge> badgesOf(String touchpoint) {
		return badges.getOrDefault(touchpoint, List.of());
	}

	public Count countOf(String owner) {
		return counts.get(owner);
	}

	public boolean hasWorklist(String owner) {
		return followUps.containsKey(owner);
	}
}
