package org.cxspec.parser;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Goal;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.Rhythm;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Trigger;
import org.cxspec.cxspec.Value;
import org.cxspec.model.Kinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** What may be written inside each kind of block, for syntax error messages. */
public final class Blocks {

	private static final String TOP_LEVEL = "start a declaration with brand, customer, value, metric, role, partner,"
			+ " journey, cocreation or closed loop";

	private Blocks() {
	}

	/** ", in touchpoint PhoneReport", or "" at the top of a file. */
	static String where(EObject block) {
		EObject named = block;
		while (named != null && !(named instanceof Model) && name(named) == null) {
			named = named.eContainer();
		}
		if (named == null || named instanceof Model) {
			return "";
		}
		return ", in " + Kinds.of(named) + " " + name(named);
	}

	public static String expectedIn(EObject block) {
		if (block instanceof Response) {
			return "write respond within N hours (or minutes, days), with a whole number";
		}
		if (block instanceof Trigger) {
			return "write when <Metric> below <number> or when \"...\"";
		}
		if (block instanceof Goal) {
			return "write goal \"...\" metric <Metric> target <number> by \"YYYY-Qn\"";
		}
		EObject context = block;
		if (context instanceof Tight || context instanceof Loose || context instanceof Goal || context instanceof Rhythm
				|| context instanceof Trigger || context instanceof Expectation) {
			context = context.eContainer();
		}
		if (context instanceof Brand) {
			return "write promise, differentiates from, tight, loose or backstage, or close the brand with '}'";
		}
		if (context instanceof Customer) {
			return "write expects Name \"...\" scored N target N out of N, or close the customer segment with '}'";
		}
		if (context instanceof Journey) {
			return "write stage Name \"...\" { ... }, or close the journey with '}'";
		}
		if (context instanceof Stage) {
			return "write touchpoint Name \"...\" { ... }, or close the stage with '}'";
		}
		if (context instanceof Touchpoint) {
			return "write channel, differentiating, moment of truth, delivers, addresses, staffed by, measured by, tight,"
					+ " loose or backstage, or close the touchpoint with '}'";
		}
		if (context instanceof CoCreation) {
			return "write type, goal, owner, involves, method, rhythm or report back, or close the programme with '}'";
		}
		if (context instanceof ClosedLoop) {
			return "write when, respond within or owner, or close the loop with '}'";
		}
		if (context instanceof Value) {
			return "a value is written value Name \"...\" drives retention, advocacy";
		}
		if (context instanceof Metric) {
			return "a metric is written metric Name \"...\" current N target N higher is better";
		}
		return TOP_LEVEL;
	}

	/** "Role Agent needs a description in double quotes, e.g. role Agent \"...\"", when that is what is missing. */
	static String missingDescription(EObject block, int expecting, String[] tokenNames) {
		boolean wantsText = expecting >= 0 && expecting < tokenNames.length && "RULE_STRING".equals(tokenNames[expecting]);
		String name = block == null ? null : name(block);
		if (!wantsText || name == null || !(block.eGet(block.eClass().getEStructuralFeature("description")) == null)) {
			return null;
		}
		String kind = Kinds.of(block);
		String keyword = block.eClass().getName().toLowerCase().replace("closedloop", "closed loop");
		return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + name + " needs a description in double quotes,"
				+ " e.g. " + keyword + " " + name + " \"...\"";
	}

	private static String name(EObject element) {
		return SimpleAttributeResolver.NAME_RESOLVER.apply(element);
	}
}
