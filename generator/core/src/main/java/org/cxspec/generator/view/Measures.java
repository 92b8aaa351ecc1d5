package org.cxspec.generator.view;

import java.util.List;
import java.util.Map;

/**
 * Survey figures to show in the staff documents ({@code generate --responses}), already judged
 * and formatted by the results module: a badge per metric on each touchpoint, how customers
 * feel per stage, a trend per metric, and (only when asked for) each owner's follow-ups. Holds
 * no respondent data unless {@link #followUps} was filled on purpose.
 */
public record Measures(String summary, int minimumAnswers, Map<String, List<Badge>> badges, Map<String, List<Point>> feelings,
		List<Trend> trends, List<Goal> goals, Map<String, Count> counts, Map<String, List<Task>> followUps) {

	/** A metric measured at a touchpoint; {@code state} is "on", "off", "none" (no target) or "few" (too few answers). */
	public record Badge(String metric, String value, String target, String state) {
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

	/** A co-creation goal's metric against its target and deadline. */
	public record Goal(String programme, String metric, String target, String deadline, String latest, String state) {
	}

	/** How many follow-ups an owner has open and overdue: counts only, no one identified. */
	public record Count(long open, long overdue) {
	}

	/** One follow-up of the worklist (identifies a respondent: only written when the user asks). */
	public record Task(String state, String due, String loop, String metric, String score, String touchpoint, String respondent,
			String comment) {
	}

	public Measures {
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
