package org.cxspec.results;

/**
 * A co-creation goal's metric measured towards its target: the latest period's figure, the
 * first period's for comparison, whether the target is reached, and the outlook for the
 * deadline ({@link GoalProjection}): {@code outlook} is reached, on-track, off-track, missed or
 * unknown; {@code projected} the figure the trend reaches by the deadline ("" when none), from
 * {@code trendPeriods} periods; {@code noOutlookBecause} says why
 * there is no outlook ("" otherwise).
 */
public record GoalProgress(String programme, String goal, String metric, String target, String deadline, String firstPeriod,
		Score first, String latestPeriod, Score latest, String state, String outlook, String projected, int trendPeriods,
		String noOutlookBecause) {

	/** "on track: 31.2 expected by 2027-Q2 (trend of the last 6 months)", or why there is no outlook. */
	public String outlookText(String periodWord) {
		GoalProjection.Outlook kind = GoalProjection.Outlook.valueOf(outlook.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		if (projected.isEmpty()) {
			return noOutlookBecause.isEmpty() ? kind.words : kind.words + " (" + noOutlookBecause + ")";
		}
		return kind.words + ": " + projected + " expected by " + deadline + " (trend of the last " + trendPeriods + " " + periodWord
				+ ")";
	}
}
