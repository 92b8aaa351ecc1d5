package org.cxspec.model;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Partner;
import org.cxspec.cxspec.Role;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Value;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** What CX people call each kind of element, for messages: "value", "co-creation programme". */
public final class Kinds {

	private Kinds() {
	}

	public static String of(EObject element) {
		return element == null ? "element" : of(element.eClass());
	}

	public static String of(EClass type) {
		Class<?> api = type.getInstanceClass();
		if (api == Brand.class) return "brand";
		if (api == Customer.class) return "customer segment";
		if (api == Expectation.class) return "expectation";
		if (api == Value.class) return "value";
		if (api == Metric.class) return "metric";
		if (api == Role.class) return "role";
		if (api == Partner.class) return "partner";
		if (api == Journey.class) return "journey";
		if (api == Stage.class) return "stage";
		if (api == Touchpoint.class) return "touchpoint";
		if (api == Tight.class) return "tight standard";
		if (api == Loose.class) return "loose freedom";
		if (api == CoCreation.class) return "co-creation programme";
		if (api == ClosedLoop.class) return "closed loop";
		if (api == org.cxspec.cxspec.Actor.class) return "role or partner";
		if (api == org.cxspec.cxspec.Participant.class) return "customer segment, role or partner";
		return type.getName().toLowerCase();
	}

	/** "value Fairness", "touchpoint PhoneReport". */
	public static String named(EObject element, String name) {
		return of(element) + " " + name;
	}
}
