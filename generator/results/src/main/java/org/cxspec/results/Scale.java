package org.cxspec.results;

import java.math.BigDecimal;

import org.cxspec.cxspec.Computation;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Mean;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.NetPromoter;
import org.cxspec.cxspec.TopBox;
import org.cxspec.model.Computations;

/**
 * How the answers about one metric or expectation become its figure, and which answers are on
 * its scale. Derived from the spec's {@code computed as} (through {@link Computations}, the
 * validator's source too); a metric without it is a plain mean of whatever is answered.
 */
public record Scale(Kind kind, double lowestAnswer, double highestAnswer, double boxLow, double boxHigh) {

	public enum Kind {
		NET_PROMOTER, TOP_BOX, MEAN
	}

	/** A mean with no stated scale: every number is an answer. */
	public static final Scale OPEN = new Scale(Kind.MEAN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0);

	public static Scale of(Metric metric) {
		Computation computation = metric.getComputation();
		if (computation == null || Computations.lowestAnswer(computation) == null || Computations.highestAnswer(computation) == null) {
			return OPEN;
		}
		double min = Computations.lowestAnswer(computation).doubleValue();
		double max = Computations.highestAnswer(computation).doubleValue();
		if (computation instanceof NetPromoter) {
			return new Scale(Kind.NET_PROMOTER, 0, 10, 9, 10);
		}
		if (computation instanceof TopBox box && box.getLow() != null && box.getHigh() != null) {
			return new Scale(Kind.TOP_BOX, min, max, box.getLow().doubleValue(), box.getHigh().doubleValue());
		}
		return computation instanceof Mean ? new Scale(Kind.MEAN, min, max, 0, 0) : OPEN;
	}

	/** An expectation is scored as a mean on 1 to its {@code out of} (5 when not said). */
	public static Scale of(Expectation expectation) {
		BigDecimal top = expectation.getScale();
		return new Scale(Kind.MEAN, 1, top == null ? 5 : top.doubleValue(), 0, 0);
	}

	public boolean accepts(double answer) {
		return answer >= lowestAnswer && answer <= highestAnswer;
	}

	/** The lowest and highest figure the computation can give: the ends of a chart's axis. */
	public double lowestFigure() {
		return switch (kind) {
		case NET_PROMOTER -> -100;
		case TOP_BOX -> 0;
		case MEAN -> lowestAnswer;
		};
	}

	public double highestFigure() {
		return kind == Kind.MEAN ? highestAnswer : 100;
	}

	public boolean bounded() {
		return Double.isFinite(lowestFigure()) && Double.isFinite(highestFigure());
	}

	/** "1 to 5", "0 to 10", or "" for an open scale. */
	public String describeAnswers() {
		return bounded() ? Figures.number(lowestAnswer) + " to " + Figures.number(highestAnswer) : "";
	}

	/** How the figure reads: "NPS", "% 4-5", "mean". */
	public String unit() {
		return switch (kind) {
		case NET_PROMOTER -> "NPS";
		case TOP_BOX -> "% " + Figures.number(boxLow) + "-" + Figures.number(boxHigh);
		case MEAN -> "mean";
		};
	}
}
