package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__DIFFERENTIATING;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__MOMENT_OF_TRUTH;

import org.cxspec.cxspec.Touchpoint;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.validation.Check;

/** The touchpoints where the brand must be distinctive, and the moments of truth, carry their weight. */
public class DifferentiationValidator extends RuleValidator {

	@Check
	public void differentiatingDeliversValue(Touchpoint touchpoint) {
		if (touchpoint.isDifferentiating() && touchpoint.getDelivers().isEmpty()) {
			report(Rule.DIFFERENTIATING_WITHOUT_VALUE, "Touchpoint " + touchpoint.getName() + " is differentiating but delivers no"
					+ " value: add `delivers <Value>` for the value that makes it distinctive.", touchpoint, TOUCHPOINT__DIFFERENTIATING);
		}
	}

	@Check
	public void differentiatingHoldsStandard(Touchpoint touchpoint) {
		if (touchpoint.isDifferentiating() && touchpoint.getTights().isEmpty()) {
			report(Rule.DIFFERENTIATING_WITHOUT_TIGHT, "Touchpoint " + touchpoint.getName() + " is differentiating but holds no"
					+ " standard tight: what makes it distinctive? Add `tight \"...\" for <Value>`.", touchpoint, TOUCHPOINT__DIFFERENTIATING);
		}
	}

	@Check
	public void keyMomentIsMeasured(Touchpoint touchpoint) {
		if ((touchpoint.isDifferentiating() || touchpoint.isMomentOfTruth()) && touchpoint.getMeasuredBy().isEmpty()) {
			String what = touchpoint.isMomentOfTruth() ? "a moment of truth" : "differentiating";
			report(Rule.MOMENT_UNMEASURED, "Touchpoint " + touchpoint.getName() + " is " + what + " but measured by no metric: add"
					+ " `measured by <Metric>` so you see when it slips.", touchpoint,
					touchpoint.isMomentOfTruth() ? TOUCHPOINT__MOMENT_OF_TRUTH : TOUCHPOINT__DIFFERENTIATING);
		}
	}
}
