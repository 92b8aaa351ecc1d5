package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.DECLARATION__NAME;
import static org.cxspec.cxspec.CxspecPackage.Literals.GOAL__DEADLINE;
import static org.cxspec.cxspec.CxspecPackage.Literals.GOAL__DESCRIPTION;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Goal;
import org.cxspec.cxspec.Participant;
import org.cxspec.cxspec.Rhythm;
import org.cxspec.model.Deadlines;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.validation.Check;

/**
 * Co-creation that works: a type, a clear and measurable goal, an owner, customers and staff
 * involved, a rhythm for the community and the business, and results reported back.
 */
public class CoCreationValidator extends RuleValidator {

	@Check
	public void hasType(CoCreation programme) {
		if (programme.getTypes().isEmpty()) {
			report(Rule.COCREATION_WITHOUT_TYPE, "Co-creation programme " + programme.getName() + " has no type: add `type`"
					+ " followed by participation for self, creation for self, participation for others or creation with others.",
					programme, DECLARATION__NAME);
		}
	}

	@Check
	public void hasGoal(CoCreation programme) {
		if (programme.getGoals().isEmpty()) {
			report(Rule.COCREATION_WITHOUT_GOAL, "Co-creation programme " + programme.getName() + " has no goal: add"
					+ " `goal \"...\" metric <Metric> target <number> by \"YYYY-Qn\"`.", programme, DECLARATION__NAME);
		}
	}

	@Check
	public void goalIsMeasurable(Goal goal) {
		List<String> missing = new ArrayList<>();
		if (goal.getMetric() == null) {
			missing.add("a metric");
		}
		if (goal.getTarget() == null) {
			missing.add("a target");
		}
		if (goal.getDeadline() == null) {
			missing.add("a deadline");
		}
		String programme = goal.eContainer() instanceof CoCreation owner ? owner.getName() : "?";
		if (!missing.isEmpty()) {
			report(Rule.GOAL_NOT_MEASURABLE, "The goal of co-creation programme " + programme + " lacks " + String.join(" and ", missing)
					+ ": write `goal \"...\" metric <Metric> target <number> by \"YYYY-Qn\"`.", goal, GOAL__DESCRIPTION);
		} else if (!Deadlines.isValid(goal.getDeadline())) {
			report(Rule.GOAL_NOT_MEASURABLE, "The deadline " + quote(goal.getDeadline()) + " of co-creation programme " + programme
					+ " is not a quarter or a date: write it as \"YYYY-Qn\" or \"YYYY-MM-DD\".", goal, GOAL__DEADLINE);
		}
	}

	@Check
	public void hasOwner(CoCreation programme) {
		if (programme.getOwners().isEmpty()) {
			report(Rule.COCREATION_WITHOUT_OWNER, "Co-creation programme " + programme.getName() + " has no owner: add"
					+ " `owner <Role>` for the person who answers for its goal.", programme, DECLARATION__NAME);
		}
	}

	/** Skipped while a name in `involves` is unresolved: that finding comes first. */
	@Check
	public void involvesCustomersAndStaff(CoCreation programme) {
		List<Participant> involved = programme.getInvolves();
		if (involved.stream().anyMatch(Participant::eIsProxy)) {
			return;
		}
		if (involved.stream().noneMatch(Customer.class::isInstance)) {
			report(Rule.COCREATION_WITHOUT_CUSTOMERS, "Co-creation programme " + programme.getName() + " involves no customer"
					+ " segment: add the customers it creates with to `involves`.", programme, DECLARATION__NAME);
		}
		if (involved.stream().noneMatch(Actor.class::isInstance)) {
			report(Rule.COCREATION_WITHOUT_STAFF, "Co-creation programme " + programme.getName() + " involves no role or partner:"
					+ " add the staff and partners of the journey to `involves`.", programme, DECLARATION__NAME);
		}
	}

	@Check
	public void hasRhythm(CoCreation programme) {
		boolean someRhythm = programme.getRhythms().stream().anyMatch(CoCreationValidator::isSet);
		if (!someRhythm) {
			report(Rule.COCREATION_WITHOUT_RHYTHM, "Co-creation programme " + programme.getName() + " has no rhythm: add"
					+ " `rhythm community \"...\" business \"...\"`.", programme, DECLARATION__NAME);
		}
	}

	private static boolean isSet(Rhythm rhythm) {
		return rhythm.getCommunity() != null || rhythm.getBusiness() != null;
	}

	@Check
	public void reportsBack(CoCreation programme) {
		if (programme.getReportBack().isEmpty()) {
			report(Rule.COCREATION_WITHOUT_REPORT_BACK, "Co-creation programme " + programme.getName() + " never reports back to"
					+ " the customers: add `report back \"...\"` saying how they hear what changed.", programme, DECLARATION__NAME);
		}
	}
}
