package org.cxspec.results;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ResponsesMapping;
import org.cxspec.config.ResponsesMapping.Question;
import org.cxspec.config.ResponsesMapping.Written;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Goal;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Stage;
import org.cxspec.linking.Similarity;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.cxspec.load.LoadedSpec;
import org.cxspec.model.Computations;
import org.cxspec.results.Card.Group;
import org.cxspec.results.Card.Status;

/**
 * The one entry point of {@code cxspec results}: streams the survey exports through the spec
 * and returns the scorecard, goals, stage feelings, open follow-ups and findings.
 */
public final class Results {

	private Results() {
	}

	/**
	 * Measures {@code spec} against the answers in {@code files}, read as {@code mapping} says.
	 * Follow-ups are open or overdue at {@code now}; findings get the severities of {@code config}.
	 * Throws for unusable input (a missing column, a file that is not UTF-8 CSV, a mapping that
	 * names what the spec does not have), with file, line and column.
	 */
	public static Measured measure(LoadedSpec spec, ResponsesMapping mapping, ProjectConfig config, List<Path> files, Instant now)
			throws BadInputException {
		SpecNames names = new SpecNames(spec.models());
		checkQuestions(mapping, names);
		Loops loops = new Loops(names, FollowUpLog.read(mapping));
		Aggregation aggregation = new Aggregation(names, loops);
		Problems problems = new Problems();
		ResponsesReader reader = new ResponsesReader(mapping, names, problems);
		for (Path file : files) {
			reader.read(file, aggregation);
		}
		int minimum = mapping.minimumAnswers();
		List<Card> cards = new ArrayList<>();
		aggregation.cells.forEach((measure, cells) -> {
			if (!measure.isExpectation() || cells.overall.count() > 0) {
				cards.add(card(measure, cells, minimum));
			}
		});
		List<FollowUp> followUps = followUps(loops, now);
		ResultsFindings findings = new ResultsFindings(spec, config);
		findings.knowNames(names);
		findings.measures(cards, names, mapping);
		findings.problems(problems);
		findings.overdue(followUps, names);
		findings.age(aggregation.newest, now, mapping, files);
		Measured.Reading reading = new Measured.Reading(files.stream().map(Locations::display).toList(), reader.rowsRead,
				reader.rowsUsed, reader.rowsRejected, Collections.unmodifiableSortedMap(new TreeMap<>(problems.rejectedBecause)), aggregation.answers,
				loops.alreadyFollowedUp);
		return new Measured(cards, goals(names, cards, now), stages(names, aggregation, minimum), followUps, reading,
				findings.all(), now, aggregation.newest, minimum, mapping.period().name().toLowerCase(java.util.Locale.ROOT));
	}

	private static void checkQuestions(ResponsesMapping mapping, SpecNames names) throws BadInputException {
		for (Question question : mapping.questions()) {
			known(mapping, question.measures(), List.copyOf(names.measures.keySet()), "metric or expectation");
			if (question.touchpoint() != null) {
				known(mapping, question.touchpoint(), List.copyOf(names.touchpoints.keySet()), "touchpoint");
			}
		}
	}

	private static void known(ResponsesMapping mapping, Written name, List<String> known, String kind) throws BadInputException {
		if (!known.contains(name.text())) {
			List<String> close = Similarity.closest(name.text(), known, 1);
			throw new BadInputException(Locations.display(mapping.file()) + ":" + name.line() + ":" + name.column() + ": the spec has no "
					+ kind + " named '" + name.text() + "'" + (close.isEmpty() ? "" : ": did you mean " + close.get(0) + "?"));
		}
	}

	private static Card card(Measure measure, Aggregation.Cells cells, int minimum) {
		Scale scale = measure.scale();
		Score overall = Score.of(cells.overall, scale, minimum);
		return new Card(measure.name(), measure.description(), measure.isExpectation(), scale.unit(), scale.describeAnswers(),
				figure(measure.target()), figure(measure.current()), measure.lowerIsBetter(), overall, status(measure, overall),
				groups(measure, cells.touchpoints, minimum), groups(measure, cells.segments, minimum),
				groups(measure, cells.periods, minimum), scale.bounded() ? scale.lowestFigure() : Double.NaN,
				scale.bounded() ? scale.highestFigure() : Double.NaN);
	}

	private static List<Group> groups(Measure measure, Map<String, Tally> tallies, int minimum) {
		List<Group> groups = new ArrayList<>();
		tallies.forEach((name, tally) -> {
			Score score = Score.of(tally, measure.scale(), minimum);
			groups.add(new Group(name, score, status(measure, score)));
		});
		return groups;
	}

	private static Status status(Measure measure, Score score) {
		if (score.answers() == 0) {
			return Status.NO_ANSWERS;
		}
		if (!score.hasValue()) {
			return Status.TOO_FEW;
		}
		if (measure.target() == null) {
			return Status.NO_TARGET;
		}
		return measure.meets(score.value()) ? Status.ON_TARGET : Status.OFF_TARGET;
	}

	private static String figure(Double value) {
		return value == null ? "" : Figures.number(value);
	}

	private static List<FollowUp> followUps(Loops loops, Instant now) {
		List<FollowUp> followUps = new ArrayList<>();
		for (int i = 0; i < loops.triggered.size(); i++) {
			Answer answer = loops.triggered.get(i);
			Instant answered = answer.when().instant();
			if (answered.isAfter(now)) {
				continue; // not given yet at --now (a replay of an earlier day)
			}
			Instant due = answered.plus(loops.within.get(i));
			followUps.add(new FollowUp(loops.loopOf.get(i).getName(), loops.owners(i), answer.measure().name(),
					Figures.number(answer.score()), answer.touchpoint(), answer.respondent(), answer.comment(), answered, due,
					now.isAfter(due), answer.file(), answer.line()));
		}
		followUps.sort(Comparator.comparing(FollowUp::due).thenComparing(FollowUp::loop).thenComparingLong(FollowUp::line));
		return followUps;
	}

	private static List<GoalProgress> goals(SpecNames names, List<Card> cards, Instant now) {
		List<GoalProgress> goals = new ArrayList<>();
		for (CoCreation programme : names.programmes) {
			for (Goal goal : programme.getGoals()) {
				if (goal.getMetric() == null || goal.getMetric().eIsProxy()) {
					continue;
				}
				Measure measure = names.measures.get(goal.getMetric().getName());
				Card card = cards.stream().filter(c -> c.name().equals(measure.name())).findFirst().orElse(null);
				List<Group> measuredPeriods = card == null ? List.of()
						: card.byPeriod().stream().filter(group -> group.score().hasValue()).toList();
				Group first = measuredPeriods.isEmpty() ? null : measuredPeriods.get(0);
				Group latest = measuredPeriods.isEmpty() ? null : measuredPeriods.get(measuredPeriods.size() - 1);
				Double target = goal.getTarget() == null ? measure.target() : Double.valueOf(goal.getTarget().doubleValue());
				boolean reached = latest != null && target != null
						&& (measure.lowerIsBetter() ? latest.score().value() <= target : latest.score().value() >= target);
				String state = latest == null ? "not measured yet" : target == null ? "no target" : reached ? "reached" : "not reached yet";
				GoalProjection.Projection projection = GoalProjection.of(measuredPeriods, target, measure.lowerIsBetter(), reached,
						goal.getDeadline(), now, card == null ? Double.NaN : card.lowestFigure(),
						card == null ? Double.NaN : card.highestFigure());
				goals.add(new GoalProgress(programme.getName(), goal.getDescription(), measure.name(),
						target == null ? "" : Computations.plain(java.math.BigDecimal.valueOf(target)), goal.getDeadline(),
						first == null ? "" : first.name(), first == null ? null : first.score(), latest == null ? "" : latest.name(),
						latest == null ? null : latest.score(), state, projection.outlook().id(), Figures.number(projection.projected()),
						projection.periods(), projection.why()));
			}
		}
		return goals;
	}

	private static List<StageFeeling> stages(SpecNames names, Aggregation aggregation, int minimum) {
		List<StageFeeling> stages = new ArrayList<>();
		for (Journey journey : names.journeys) {
			for (Stage stage : journey.getStages()) {
				Tally tally = aggregation.stages.getOrDefault(stage, new Tally());
				stages.add(new StageFeeling(journey.getName(), stage.getName(), Score.of(tally, Aggregation.feelingScale(), minimum)));
			}
		}
		return stages;
	}
}
