package org.cxspec.diff;

import java.util.List;
import java.util.Set;

/** The statements compared, in the order changes to them are told, and which hold a single value. */
final class Properties {

	static final List<String> ORDER = List.of("description", "kind", "customer", "journey", "stage", "promise",
			"differentiates-from", "for", "channel", "differentiating", "moment-of-truth", "delivers", "addresses", "staffed-by",
			"measured-by", "backstage", "drives", "scored", "target", "out-of", "current", "direction", "type", "goal", "owner",
			"involves", "method", "rhythm", "report-back", "when", "respond-within");

	/** One value each: a change reads "changed from A to B", not "removed A, added B". */
	static final Set<String> SINGLE = Set.of("description", "kind", "customer", "journey", "stage", "promise", "scored", "target",
			"out-of", "current", "direction", "respond-within");

	private Properties() {
	}

	static int order(String property) {
		int index = ORDER.indexOf(property);
		return index < 0 ? ORDER.size() : index;
	}
}
