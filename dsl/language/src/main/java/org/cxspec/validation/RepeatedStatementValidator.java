package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.BRAND__PROMISES;
import static org.cxspec.cxspec.CxspecPackage.Literals.CLOSED_LOOP__OWNERS;
import static org.cxspec.cxspec.CxspecPackage.Literals.CLOSED_LOOP__RESPONSES;
import static org.cxspec.cxspec.CxspecPackage.Literals.CO_CREATION__GOALS;
import static org.cxspec.cxspec.CxspecPackage.Literals.CO_CREATION__OWNERS;
import static org.cxspec.cxspec.CxspecPackage.Literals.CO_CREATION__RHYTHMS;
import static org.cxspec.cxspec.CxspecPackage.Literals.CO_CREATION__TYPES;

import java.util.List;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Statements that hold one answer (a promise, an owner, a response time) may be written only
 * once per block: the grammar accepts any order, so a second one must not silently win.
 */
public class RepeatedStatementValidator extends RuleValidator {

	@Check
	public void onePromise(Brand brand) {
		once(brand, brand.getName(), BRAND__PROMISES, "promise", "a brand holds one promise tight");
	}

	@Check
	public void oneOfEach(CoCreation programme) {
		once(programme, programme.getName(), CO_CREATION__TYPES, "type", "each programme builds on one customer motivation");
		once(programme, programme.getName(), CO_CREATION__GOALS, "goal", "a programme steers on one goal");
		once(programme, programme.getName(), CO_CREATION__OWNERS, "owner", "one person answers for the goal");
		once(programme, programme.getName(), CO_CREATION__RHYTHMS, "rhythm", "write the community and business rhythm in one statement");
	}

	@Check
	public void oneOfEach(ClosedLoop loop) {
		once(loop, loop.getName(), CLOSED_LOOP__RESPONSES, "respond within", "customers are promised one response time");
		once(loop, loop.getName(), CLOSED_LOOP__OWNERS, "owner", "one person answers for the follow-up");
	}

	private void once(EObject element, String name, EStructuralFeature feature, String keyword, String why) {
		int count = ((List<?>) element.eGet(feature, !(feature instanceof EReference))).size();
		for (int index = 1; index < count; index++) {
			report(Rule.REPEATED_STATEMENT, "The " + Kinds.of(element) + " " + name + " says `" + keyword + "` " + count
					+ " times: " + why + ", so keep one.", element, feature, index);
		}
	}
}
