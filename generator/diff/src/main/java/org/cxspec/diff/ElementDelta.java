package org.cxspec.diff;

import java.util.List;

/**
 * How one element differs between the versions: added (no {@code before}), removed (no
 * {@code after}), or present in both, possibly renamed, with what changed in it. References in
 * {@code before} are already translated through the renames found, so a renamed value does not
 * show up again as a change in every touchpoint delivering it.
 */
record ElementDelta(Kind kind, Element before, Element after, boolean renamed, List<PropertyDelta> properties,
		List<BehaviourDelta> behaviours) {

	boolean added() {
		return before == null;
	}

	boolean removed() {
		return after == null;
	}

	boolean unchanged() {
		return before != null && after != null && !renamed && properties.isEmpty() && behaviours.isEmpty();
	}

	/** The element as it is now, or as it was when it is gone. */
	Element current() {
		return after != null ? after : before;
	}

	PropertyDelta property(String name) {
		return properties.stream().filter(delta -> delta.property().equals(name)).findFirst().orElse(null);
	}

	/** What changed in one statement: values gone, values new, and values reworded (old, new). */
	record PropertyDelta(String property, List<String> removed, List<String> added, List<Reworded> reworded) {
	}

	/** A text value that was reworded rather than replaced. */
	record Reworded(String before, String after) {
	}
}
