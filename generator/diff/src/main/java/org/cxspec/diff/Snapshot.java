package org.cxspec.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.load.Finding;

/** One version of a spec, read for comparison: its elements by kind and key, in text order, and its findings. */
record Snapshot(String label, EnumMap<Kind, LinkedHashMap<String, Element>> elements, List<Finding> findings) {

	Map<String, Element> of(Kind kind) {
		return elements.getOrDefault(kind, new LinkedHashMap<>());
	}

	Element brand() {
		return of(Kind.BRAND).values().stream().findFirst().orElse(null);
	}
}
