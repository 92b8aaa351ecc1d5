package org.cxspec.diff;

import java.util.List;
import java.util.Locale;

/**
 * What changed between two versions of a spec: brand-level changes (they touch everyone), what
 * changes for each role and partner, every change element by element, and the findings the
 * change introduces and fixes. Built by {@link SpecDiffer}; rendered by {@link DiffFormat}.
 *
 * @param brand    changes to the brand: its promise, what it differs from, brand-wide standards and freedoms
 * @param roles    every role and partner of either version, in the order of the new version, removed ones last
 * @param changes  every change, brand-level ones included, element by element
 */
public record SpecDiff(String before, String after, Locale locale, List<Change> brand, List<RoleChanges> roles,
		List<Change> changes, List<FindingChange> introduced, List<FindingChange> fixed, boolean promiseChanged,
		boolean standardsChanged) {

	/** JSON {@code formatVersion}: raised only when a field changes meaning or disappears. */
	public static final int FORMAT_VERSION = 1;

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	public List<RoleChanges> affectedRoles() {
		return roles.stream().filter(RoleChanges::affected).toList();
	}

	public List<RoleChanges> unaffectedRoles() {
		return roles.stream().filter(role -> !role.affected()).toList();
	}

	/** The role or partner of that name in the new version, or null. */
	public RoleChanges role(String id) {
		return roles.stream().filter(role -> role.id().equals(id)).findFirst().orElse(null);
	}
}
