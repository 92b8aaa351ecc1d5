package org.cxspec.validation;

import static org.cxspec.cxspec.CxspecPackage.Literals.LOOSE__TEXT;
import static org.cxspec.cxspec.CxspecPackage.Literals.TIGHT__TEXT;
import static org.cxspec.cxspec.CxspecPackage.Literals.TOUCHPOINT__NAME;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.index.SpecIndex;
import org.cxspec.model.Specs;
import org.cxspec.rules.Rule;
import org.cxspec.rules.RuleThresholds;
import org.eclipse.xtext.validation.Check;

import com.google.inject.Inject;

/**
 * Loose/Tight: tight about what the brand stands for, loose in how people satisfy customers.
 * Tight only where a value is at stake, loose always with a guardrail, and never both at once.
 */
public class LooseTightValidator extends RuleValidator {

	@Inject
	private RuleThresholds thresholds;

	@Check
	public void tightProtectsValue(Tight tight) {
		if (tight.getProtects().isEmpty()) {
			report(Rule.TIGHT_WITHOUT_VALUE, "Tight standard " + quote(tight.getText()) + " protects no value: add `for <Value>`"
					+ " to say what is at stake, or make it a loose freedom.", tight, TIGHT__TEXT);
		}
	}

	@Check
	public void looseHasGuardrail(Loose loose) {
		if (loose.getGuardrails().isEmpty()) {
			report(Rule.LOOSE_WITHOUT_GUARDRAIL, "Loose freedom " + quote(loose.getText()) + " has no guardrail: add"
					+ " `within \"...\"` to say how far the freedom reaches.", loose, LOOSE__TEXT);
		}
	}

	@Check
	public void freedomHasPeople(Touchpoint touchpoint) {
		if (!touchpoint.getLooses().isEmpty() && touchpoint.getStaffedBy().isEmpty()) {
			report(Rule.LOOSE_WITHOUT_STAFF, "Touchpoint " + touchpoint.getName() + " grants loose freedom but is staffed by no one:"
					+ " add `staffed by <Role>`, or turn the freedom into a tight standard of the process.", touchpoint, TOUCHPOINT__NAME);
		}
	}

	@Check
	public void peopleAreNotScripted(Touchpoint touchpoint) {
		int tights = touchpoint.getTights().size();
		if (!touchpoint.getStaffedBy().isEmpty() && touchpoint.getLooses().isEmpty() && tights >= thresholds.scriptedTouchpointTights(touchpoint)) {
			report(Rule.SCRIPTED_TOUCHPOINT, "Touchpoint " + touchpoint.getName() + " holds " + tights + " tight standards and"
					+ " leaves its people no freedom: keep tight only what protects the brand, and add a `loose \"...\" within \"...\"`"
					+ " for how staff satisfy the customer their own way.", touchpoint, TOUCHPOINT__NAME);
		}
	}

	/** A touchpoint's freedom against its own standards and the brand-wide ones. */
	@Check
	public void noConflict(Touchpoint touchpoint) {
		Set<String> ownTights = keys(touchpoint.getTights());
		SpecIndex index = index(touchpoint);
		forEachBehaviour(touchpoint.getLooses(), (loose, key) -> {
			if (ownTights.contains(key)) {
				conflict(loose, "is also a tight standard of touchpoint " + touchpoint.getName());
			}
			if (index.isBrandTight(key)) {
				conflict(loose, "is also a brand-wide tight standard");
			}
		});
	}

	/** A brand-wide freedom against the brand's own standards and every touchpoint's. */
	@Check
	public void noConflict(Brand brand) {
		Set<String> ownTights = keys(brand.getTights());
		SpecIndex index = index(brand);
		forEachBehaviour(brand.getLooses(), (loose, key) -> {
			if (ownTights.contains(key)) {
				conflict(loose, "is also a brand-wide tight standard");
			}
			index.touchpointsHoldingTight(key).stream().distinct()
					.forEach(touchpoint -> conflict(loose, "is a tight standard of touchpoint " + touchpoint));
		});
	}

	/** Each freedom with its behaviour key; freedoms without a word in them compare with nothing. */
	private static void forEachBehaviour(List<Loose> looses, BiConsumer<Loose, String> action) {
		for (Loose loose : looses) {
			String key = Specs.behaviourKey(loose.getText());
			if (!key.isEmpty()) {
				action.accept(loose, key);
			}
		}
	}

	private void conflict(Loose loose, String clash) {
		report(Rule.TIGHT_LOOSE_CONFLICT, "Loose freedom " + quote(loose.getText()) + " " + clash + ": decide whether the behaviour"
				+ " is non-negotiable or left to staff judgement, and keep only that one.", loose, LOOSE__TEXT);
	}

	private static Set<String> keys(List<Tight> tights) {
		return tights.stream().map(tight -> Specs.behaviourKey(tight.getText())).collect(Collectors.toSet());
	}
}
