package org.cxspec.results;

/**
 * A co-creation goal's metric measured towards its target: the latest period's figure, the
 * first period's for comparison, and whether the target is reached, with the deadline.
 */
public record GoalProgress(String programme, String goal, String metric, String target, String deadline, String firstPeriod,
		Score first, String latestPeriod, Score latest, String state) {
}
