package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.STAGE__NAME;

import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Stage;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.validation.Check;

/** Journeys are mapped from the customer's side, and every stage holds a touchpoint. */
public class JourneyValidator extends RuleValidator {

	@Check
	public void journeyHasCustomer(Journey journey) {
		if (journey.getCustomers().isEmpty()) {
			report(Rule.JOURNEY_WITHOUT_CUSTOMER, "Journey " + journey.getName() + " is for no customer segment: add"
					+ " `for <Customer>` to say whose journey it is.", journey, DECLARATION__NAME);
		}
	}

	@Check
	public void journeyHasTouchpoints(Journey journey) {
		if (journey.getStages().stream().allMatch(stage -> stage.getTouchpoints().isEmpty())) {
			report(Rule.EMPTY_JOURNEY, "Journey " + journey.getName() + " has no touchpoint: add stages with the moments"
					+ " where the customer meets the brand.", journey, DECLARATION__NAME);
		}
	}

	@Check
	public void stageHasTouchpoints(Stage stage) {
		if (stage.getTouchpoints().isEmpty()) {
			report(Rule.EMPTY_JOURNEY, "Stage " + stage.getName() + " has no touchpoint: add a `touchpoint` where the customer"
					+ " meets the brand at this stage, or remove the stage.", stage, STAGE__NAME);
		}
	}
}
