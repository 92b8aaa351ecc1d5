package org.cxspec.diff;

import java.util.List;

/**
 * What changes for one role or partner, in the words a front-line person reads.
 *
 * @param status {@code new}, {@code removed}, {@code changed} or {@code unchanged}
 */
public record RoleChanges(String id, String name, String kind, String status, List<Item> changes) {

	/** One thing to do differently; {@code touchpoint} names the touchpoint it is about, or is null. */
	public record Item(String type, String touchpoint, String text) {
	}

	public boolean affected() {
		return !changes.isEmpty();
	}
}
