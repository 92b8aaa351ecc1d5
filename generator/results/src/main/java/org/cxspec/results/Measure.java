package org.cxspec.results;

import java.math.BigDecimal;

import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Metric;
import org.eclipse.emf.ecore.EObject;

/**
 * What an answer can be about: a metric of the spec, or a customer expectation mapped to a
 * question. Carries what the scorecard compares against: target, stated current, direction.
 */
record Measure(String name, String description, EObject element, Scale scale, Double target, Double current,
		boolean lowerIsBetter) {

	static Measure of(Metric metric) {
		return new Measure(metric.getName(), metric.getDescription(), metric, Scale.of(metric), number(metric.getTarget()),
				number(metric.getCurrent()), "lower".equals(metric.getDirection()));
	}

	static Measure of(Expectation expectation) {
		return new Measure(expectation.getName(), expectation.getDescription(), expectation, Scale.of(expectation),
				number(expectation.getTarget()), number(expectation.getScore()), false);
	}

	boolean isExpectation() {
		return element instanceof Expectation;
	}

	/** Whether a figure meets the target (equal counts as met). */
	boolean meets(double figure) {
		return target == null || (lowerIsBetter ? figure <= target : figure >= target);
	}

	private static Double number(BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}
}
