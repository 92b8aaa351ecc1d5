package org.cxspec.results;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.model.Specs;

/**
 * Where answers stream to: a {@link Tally} per measure and per cell of its breakdowns, and one
 * per journey stage on the common 0-100 scale. Memory grows with the number of distinct
 * touchpoints, segments and periods, never with the number of answers.
 */
final class Aggregation implements Consumer<Answer> {

	/** The tallies of one measure. */
	static final class Cells {
		final Tally overall = new Tally();
		final Map<String, Tally> touchpoints = new TreeMap<>();
		final Map<String, Tally> segments = new TreeMap<>();
		final Map<String, Tally> periods = new TreeMap<>();
	}

	private static final Scale FEELING = new Scale(Scale.Kind.MEAN, 0, 100, 0, 0);

	final Map<Measure, Cells> cells = new LinkedHashMap<>();
	final Map<Stage, Tally> stages = new LinkedHashMap<>();
	private final Map<String, Stage> stageOf = new HashMap<>();
	private final Consumer<Answer> next;
	long answers;
	Instant newest;

	Aggregation(SpecNames names, Consumer<Answer> next) {
		names.measures.values().forEach(measure -> cells.put(measure, new Cells()));
		for (Touchpoint touchpoint : names.touchpoints.values()) {
			Stage stage = Specs.container(touchpoint, Stage.class);
			if (stage != null) {
				stageOf.put(touchpoint.getName(), stage);
			}
		}
		this.next = next;
	}

	@Override
	public void accept(Answer answer) {
		answers++;
		Scale scale = answer.measure().scale();
		Cells cell = cells.get(answer.measure());
		cell.overall.add(scale, answer.score());
		if (answer.touchpoint() != null) {
			cell.touchpoints.computeIfAbsent(answer.touchpoint(), key -> new Tally()).add(scale, answer.score());
			Stage stage = stageOf.get(answer.touchpoint());
			if (stage != null && scale.bounded()) {
				stages.computeIfAbsent(stage, key -> new Tally()).add(FEELING, feeling(answer.measure(), answer.score()));
			}
		}
		if (answer.segment() != null) {
			cell.segments.computeIfAbsent(answer.segment(), key -> new Tally()).add(scale, answer.score());
		}
		cell.periods.computeIfAbsent(answer.when().period(), key -> new Tally()).add(scale, answer.score());
		if (newest == null || answer.when().instant().isAfter(newest)) {
			newest = answer.when().instant();
		}
		next.accept(answer);
	}

	/** The answer on 0 (worst) to 100 (best) of its scale. */
	static double feeling(Measure measure, double score) {
		Scale scale = measure.scale();
		double share = (score - scale.lowestAnswer()) / (scale.highestAnswer() - scale.lowestAnswer());
		return 100 * (measure.lowerIsBetter() ? 1 - share : share);
	}

	static Scale feelingScale() {
		return FEELING;
	}
}
