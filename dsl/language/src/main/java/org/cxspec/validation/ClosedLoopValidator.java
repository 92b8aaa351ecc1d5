package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.CLOSED_LOOP__RESPONSES;
import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;

import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.Response;
import org.cxspec.model.Specs;
import org.cxspec.rules.Rule;
import org.cxspec.rules.RuleThresholds;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/** Closed-loop management: an unhappy customer hears from a named person, fast. */
public class ClosedLoopValidator extends RuleValidator {

	@Inject
	private RuleThresholds thresholds;

	@Check
	public void hasTrigger(ClosedLoop loop) {
		if (loop.getTriggers().isEmpty()) {
			report(Rule.CLOSED_LOOP_WITHOUT_TRIGGER, "Closed loop " + loop.getName() + " has no trigger: add `when <Metric> below"
					+ " <number>` or `when \"...\"`.", loop, DECLARATION__NAME);
		}
	}

	@Check
	public void respondsInTime(ClosedLoop loop) {
		if (loop.getResponses().isEmpty()) {
			report(Rule.CLOSED_LOOP_WITHOUT_RESPONSE_TIME, "Closed loop " + loop.getName() + " has no response time: add"
					+ " `respond within 24 hours`.", loop, DECLARATION__NAME);
			return;
		}
		Response response = loop.getResponses().get(0);
		int limit = thresholds.closedLoopMaxHours(loop);
		if (Specs.hours(response) > limit) {
			report(Rule.SLOW_CLOSED_LOOP, "Closed loop " + loop.getName() + " responds within " + response.getAmount() + " "
					+ response.getUnit().getLiteral() + ": follow up within " + limit + " hours, before the customer draws their"
					+ " own conclusion.", loop, CLOSED_LOOP__RESPONSES, 0);
		}
	}

	@Check
	public void hasOwner(ClosedLoop loop) {
		if (loop.getOwners().isEmpty()) {
			report(Rule.CLOSED_LOOP_WITHOUT_OWNER, "Closed loop " + loop.getName() + " has no owner: add `owner <Role>` for the"
					+ " person who follows up.", loop, DECLARATION__NAME);
		}
	}
}
