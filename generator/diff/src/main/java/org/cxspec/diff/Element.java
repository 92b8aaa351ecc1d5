package org.cxspec.diff;

import java.util.List;
import java.util.Map;

/**
 * One named element of a spec as the comparison sees it, whatever its kind: its name, its
 * description, its statements as property lists (references by the name written) and, for the
 * brand and touchpoints, its standards and freedoms.
 *
 * @param kind       the element's kind, e.g. "touchpoint" (see {@link Kind})
 * @param key        what identifies it within its kind: its name, or "Journey/Stage" for a stage
 * @param properties statement name to its values in the order written, e.g. "staffed-by" to [Agent]
 */
record Element(Kind kind, String key, String name, String description, Map<String, List<String>> properties,
		List<Behaviour> behaviours) {

	List<String> values(String property) {
		return properties.getOrDefault(property, List.of());
	}

	/** Where a reader finds it: "touchpoint PhoneReport", with the description where written. */
	String shown() {
		return description == null || description.isBlank() ? name : name + " (" + description + ")";
	}
}
