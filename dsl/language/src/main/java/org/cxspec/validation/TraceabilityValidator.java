package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.EXPECTATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.EXPECTATION__SCALE;
import static org.cxspec.cxspec.CxspecPackage.Literals.EXPECTATION__SCORE;
import static org.cxspec.cxspec.CxspecPackage.Literals.EXPECTATION__TARGET;
import static org.cxspec.cxspec.CxspecPackage.Literals.VALUE__DRIVES;

import java.math.BigDecimal;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Outcome;
import org.cxspec.cxspec.Value;
import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.Check;

/**
 * The three things to be clear on before designing, traced into the journeys: what target
 * customers expect and how you score, the values that drive retention and advocacy, and the
 * people and metrics that carry them.
 */
public class TraceabilityValidator extends RuleValidator {

	@Check
	public void valueIsDelivered(Value value) {
		if (value.getName() != null && !index(value).isDelivered(value.getName())) {
			report(Rule.VALUE_NOT_DELIVERED, "Value " + value.getName() + " is delivered by no touchpoint: add it to `delivers`"
					+ " of the touchpoints where customers experience it, or remove the value.", value, DECLARATION__NAME);
		}
	}

	@Check
	public void valueDrivesLoyalty(Value value) {
		if (!value.getDrives().contains(Outcome.RETENTION) && !value.getDrives().contains(Outcome.ADVOCACY)) {
			report(Rule.VALUE_DRIVES_NOTHING, "Value " + value.getName() + " drives neither retention nor advocacy: add"
					+ " `drives retention` and/or `advocacy` if it keeps or wins customers, or reconsider the value.",
					value, value.getDrives().isEmpty() ? DECLARATION__NAME : VALUE__DRIVES);
		}
	}

	@Check
	public void customerHasExpectations(Customer customer) {
		if (customer.getExpectations().isEmpty()) {
			report(Rule.CUSTOMER_WITHOUT_EXPECTATIONS, "Customer segment " + customer.getName() + " has no expectations: add"
					+ " `expects Name \"...\" scored <today> target <goal> out of <scale>` for what they expect.",
					customer, DECLARATION__NAME);
		}
	}

	@Check
	public void expectationIsScored(Expectation expectation) {
		String missing = expectation.getScore() == null
				? (expectation.getTarget() == null ? "neither a score nor a target" : "no current score")
				: (expectation.getTarget() == null ? "no target" : null);
		if (missing != null) {
			report(Rule.EXPECTATION_UNSCORED, "Expectation " + expectation.getName() + " has " + missing + ": write how you score"
					+ " today and where you want to be, e.g. `scored 2.8 target 4.2 out of 5`.", expectation, EXPECTATION__NAME);
		}
	}

	@Check
	public void scoresFitTheScale(Expectation expectation) {
		BigDecimal scale = expectation.getScale();
		if (scale != null && scale.signum() <= 0) {
			report(Rule.SCORE_OUT_OF_RANGE, "Expectation " + expectation.getName() + " is scored out of " + scale.toPlainString()
					+ ": a scale must be above zero, e.g. `out of 5`.", expectation, EXPECTATION__SCALE);
			return;
		}
		checkInScale(expectation, expectation.getScore(), "score", EXPECTATION__SCORE);
		checkInScale(expectation, expectation.getTarget(), "target", EXPECTATION__TARGET);
	}

	private void checkInScale(Expectation expectation, BigDecimal number, String what, EAttribute feature) {
		BigDecimal scale = expectation.getScale();
		if (number != null && (number.signum() < 0 || scale != null && number.compareTo(scale) > 0)) {
			report(Rule.SCORE_OUT_OF_RANGE, "The " + what + " " + number.toPlainString() + " of expectation " + expectation.getName()
					+ " lies outside its scale" + (scale == null ? "" : " of 0 to " + scale.toPlainString())
					+ ": correct the number.", expectation, feature);
		}
	}

	@Check
	public void gapIsAddressed(Expectation expectation) {
		BigDecimal score = expectation.getScore();
		BigDecimal target = expectation.getTarget();
		if (score != null && target != null && score.compareTo(target) < 0 && !index(expectation).isAddressed(expectation.getName())) {
			report(Rule.EXPECTATION_NOT_ADDRESSED, "Expectation " + expectation.getName() + " scores " + score.toPlainString()
					+ " against a target of " + target.toPlainString() + ", and no touchpoint addresses it: add it to"
					+ " `addresses` of the touchpoints that should close the gap.", expectation, EXPECTATION__NAME);
		}
	}

	@Check
	public void metricHasTarget(Metric metric) {
		if (metric.getTarget() == null) {
			report(Rule.METRIC_WITHOUT_TARGET, "Metric " + metric.getName() + " has no target: add `target <number>` so everyone"
					+ " can tell whether today's figure is good enough.", metric, DECLARATION__NAME);
		}
	}

	@Check
	public void metricHasDirection(Metric metric) {
		if (metric.getDirection() == null) {
			report(Rule.METRIC_WITHOUT_DIRECTION, "Metric " + metric.getName() + " does not say which way is better: add"
					+ " `higher is better` or `lower is better`.", metric, DECLARATION__NAME);
		}
	}

	@Check
	public void actorHasWork(Actor actor) {
		if (actor.getName() != null && !index(actor).hasWork(actor.getName())) {
			String kind = Kinds.of(actor);
			report(Rule.ROLE_WITHOUT_TOUCHPOINTS, "The " + kind + " " + actor.getName() + " staffs no touchpoint and owns no"
					+ " co-creation programme or closed loop, so its playbook would be empty: add `staffed by "
					+ actor.getName() + "` to the touchpoints it delivers, or remove the " + kind + ".", actor, DECLARATION__NAME);
		}
	}
}
