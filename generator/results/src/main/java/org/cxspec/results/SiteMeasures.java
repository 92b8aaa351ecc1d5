package org.cxspec.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxspec.generator.view.Measures;
import org.cxspec.generator.view.Measures.Badge;
import org.cxspec.generator.view.Measures.Count;
import org.cxspec.generator.view.Measures.Figure;
import org.cxspec.generator.view.Measures.Goal;
import org.cxspec.generator.view.Measures.Point;
import org.cxspec.generator.view.Measures.Scorecard;
import org.cxspec.generator.view.Measures.Task;
import org.cxspec.generator.view.Measures.Trend;

/**
 * What the staff documents show of the results ({@code generate --responses}): figures, never
 * respondents, unless the worklist is asked for ({@code --follow-ups}); then each owner gets
 * theirs. Figures below the minimum number of answers stay "too few answers" here too.
 */
public final class SiteMeasures {

	private SiteMeasures() {
	}

	public static Measures of(Measured measured, boolean withWorklist) {
		Map<String, List<Badge>> badges = new TreeMap<>();
		List<Trend> trends = new ArrayList<>();
		List<Scorecard> scorecards = new ArrayList<>();
		for (Card card : measured.cards()) {
			if (!card.hasAnswers()) {
				continue;
			}
			for (Card.Group group : card.byTouchpoint()) {
				Score score = group.score();
				badges.computeIfAbsent(group.name(), key -> new ArrayList<>()).add(new Badge(card.name(), score.valueText(),
						score.marginText(), score.answers(), card.target(), state(group.status())));
			}
			trends.add(trend(card));
			scorecards.add(new Scorecard(card.name(), card.description(), card.expectation(), card.unit(), card.target(),
					card.current(), card.lowerIsBetter(), figure("", card.overall(), card.status()), figures(card.byTouchpoint()),
					figures(card.bySegment()), figures(card.byPeriod())));
		}
		Map<String, List<Point>> feelings = new LinkedHashMap<>();
		for (StageFeeling stage : measured.stages()) {
			Score score = stage.score();
			feelings.computeIfAbsent(stage.journey(), key -> new ArrayList<>()).add(new Point(stage.stage(),
					score.hasValue() ? Figures.number(Math.round(score.value())) : "", score.hasValue() ? score.value() / 100 : -1));
		}
		feelings.values().removeIf(points -> points.stream().allMatch(point -> point.share() < 0 && point.value().isEmpty())
				&& points.stream().noneMatch(point -> point.share() >= 0));
		List<Goal> goals = measured.goals().stream().map(SiteMeasures::goal).toList();
		Map<String, long[]> counts = new TreeMap<>();
		Map<String, List<Task>> worklists = new TreeMap<>();
		for (FollowUp followUp : measured.followUps()) {
			for (String owner : followUp.owners()) {
				long[] count = counts.computeIfAbsent(owner, key -> new long[2]);
				count[0]++;
				count[1] += followUp.overdue() ? 1 : 0;
				if (withWorklist) {
					worklists.computeIfAbsent(owner, key -> new ArrayList<>()).add(new Task(followUp.overdue() ? "overdue" : "open",
							ResultsFormat.time(followUp.due()), followUp.loop(), followUp.metric(), followUp.score(),
							followUp.touchpoint() == null ? "" : followUp.touchpoint(), followUp.respondent(), followUp.comment()));
				}
			}
		}
		Map<String, Count> ownerCounts = new TreeMap<>();
		counts.forEach((owner, count) -> ownerCounts.put(owner, new Count(count[0], count[1])));
		Measured.Reading read = measured.reading();
		Measures.Reading reading = new Measures.Reading(read.rowsRead(), read.rowsUsed(), read.rowsRejected(), read.answers(),
				read.rejectedBecause().entrySet().stream()
						.map(why -> new Measures.Rejected(RejectReason.of(why.getKey()).key(), why.getValue())).toList());
		return new Measures(read.summary(), reading, measured.minimumAnswers(), measured.period(),
				ResultsFormat.time(measured.now()), scorecards, badges, feelings, trends, goals, ownerCounts, worklists);
	}

	private static Goal goal(GoalProgress goal) {
		String state = switch (goal.state()) {
		case "reached" -> "reached";
		case "not reached yet" -> "notReached";
		case "no target" -> "noTarget";
		default -> "notMeasured";
		};
		return new Goal(goal.programme(), goal.metric(), goal.target(), goal.deadline() == null ? "" : goal.deadline(),
				goal.latestPeriod(), goal.latest() == null ? "" : goal.latest().valueText(),
				goal.latest() == null ? "" : goal.latestPeriod() + ": " + goal.latest().text(), state, goal.outlook(),
				goal.projected(), goal.trendPeriods());
	}

	private static List<Figure> figures(List<Card.Group> groups) {
		return groups.stream().map(group -> figure(group.name(), group.score(), group.status())).toList();
	}

	private static Figure figure(String name, Score score, Card.Status status) {
		return new Figure(name, score.valueText(), score.marginText(), score.answers(), state(status));
	}

	private static Trend trend(Card card) {
		double low = card.lowestFigure();
		double high = card.highestFigure();
		if (Double.isNaN(low) || Double.isNaN(high)) { // an open scale: the axis spans what was measured
			low = card.byPeriod().stream().filter(g -> g.score().hasValue()).mapToDouble(g -> g.score().value()).min().orElse(0);
			high = card.byPeriod().stream().filter(g -> g.score().hasValue()).mapToDouble(g -> g.score().value()).max().orElse(1);
			if (high <= low) {
				high = low + 1;
			}
		}
		List<Point> points = new ArrayList<>();
		for (Card.Group group : card.byPeriod()) {
			points.add(new Point(group.name(), group.score().valueText(), group.score().hasValue() ? share(group.score().value(), low, high) : -1));
		}
		double targetShare = card.target().isEmpty() ? -1 : share(Double.parseDouble(card.target()), low, high);
		return new Trend(card.name(), card.description(), card.unit(), card.overall().text(), card.target(), state(card.status()),
				points, Figures.number(low), Figures.number(high), targetShare);
	}

	private static double share(double value, double low, double high) {
		return Math.max(0, Math.min(1, (value - low) / (high - low)));
	}

	private static String state(Card.Status status) {
		return switch (status) {
		case ON_TARGET -> "on";
		case OFF_TARGET -> "off";
		case NO_TARGET -> "none";
		case TOO_FEW, NO_ANSWERS -> "few";
		};
	}
}
