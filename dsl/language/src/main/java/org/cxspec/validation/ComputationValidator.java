package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.METRIC__COMPUTATION;
import static org.cxspec.cxspec.CxspecPackage.Literals.METRIC__CURRENT;
import static org.cxspec.cxspec.CxspecPackage.Literals.METRIC__TARGET;

import java.math.BigDecimal;

import org.cxspec.cxspec.Computation;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.TopBox;
import org.cxspec.model.Computations;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/** How a metric is computed from answers: a scale that makes sense, and figures it can reach. */
public class ComputationValidator extends RuleValidator {

	@Check
	public void reachable(Metric metric) {
		Computation computation = metric.getComputation();
		if (computation == null || !scaleMakesSense(metric, computation)) {
			return;
		}
		within(metric, computation, metric.getTarget(), "target", METRIC__TARGET);
		within(metric, computation, metric.getCurrent(), "current", METRIC__CURRENT);
	}

	private boolean scaleMakesSense(Metric metric, Computation computation) {
		BigDecimal min = Computations.lowestAnswer(computation);
		BigDecimal max = Computations.highestAnswer(computation);
		if (min == null || max == null || computation instanceof TopBox box && (box.getLow() == null || box.getHigh() == null)) {
			return false; // a syntax error already says what is missing
		}
		if (min.compareTo(max) >= 0) {
			report(Rule.TARGET_UNREACHABLE, "Metric " + metric.getName() + " is computed on a scale from " + Computations.plain(min)
					+ " to " + Computations.plain(max) + ": write the lowest answer first, e.g. `1 to 5`.", metric, METRIC__COMPUTATION);
			return false;
		}
		if (computation instanceof TopBox box && (box.getLow().compareTo(box.getHigh()) > 0 || box.getLow().compareTo(min) < 0
				|| box.getHigh().compareTo(max) > 0)) {
			report(Rule.TARGET_UNREACHABLE, "Metric " + metric.getName() + " counts answers " + Computations.plain(box.getLow()) + " to "
					+ Computations.plain(box.getHigh()) + ", which is not a range within its scale " + Computations.plain(min) + " to "
					+ Computations.plain(max) + ": e.g. `share 4 to 5 of 1 to 5`.", metric, METRIC__COMPUTATION);
			return false;
		}
		return true;
	}

	private void within(Metric metric, Computation computation, BigDecimal figure, String word, EStructuralFeature feature) {
		if (figure == null) {
			return;
		}
		BigDecimal lowest = Computations.lowestFigure(computation);
		BigDecimal highest = Computations.highestFigure(computation);
		if (figure.compareTo(lowest) < 0 || figure.compareTo(highest) > 0) {
			report(Rule.TARGET_UNREACHABLE, "Metric " + metric.getName() + " has " + word + " " + Computations.plain(figure)
					+ ", but it is computed as " + Computations.describe(computation) + ": use a figure from "
					+ Computations.plain(lowest) + " to " + Computations.plain(highest) + ".", metric, feature);
		}
	}
}
