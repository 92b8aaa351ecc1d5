package org.cxspec.diff;

import java.util.List;

import org.cxspec.diff.ElementDelta.Reworded;

/**
 * How one standard or freedom of the brand or a touchpoint changed. {@code before} is null for
 * a new one, {@code after} for one withdrawn; when both are there, it was reworded, turned from
 * freedom into standard (or back), or its values, guardrails or examples changed.
 */
record BehaviourDelta(Behaviour before, Behaviour after, List<String> protectsAdded, List<String> protectsRemoved,
		List<String> guardrailsAdded, List<String> guardrailsRemoved, List<Reworded> guardrailsReworded,
		List<String> examplesAdded, List<String> examplesRemoved) {

	enum Type {
		NEW_STANDARD, STANDARD_WITHDRAWN, STANDARD_REWORDED, STANDARD_CHANGED, NEW_FREEDOM, FREEDOM_WITHDRAWN,
		FREEDOM_REWORDED, FREEDOM_CHANGED, BECAME_STANDARD, BECAME_FREEDOM;

		/** The stable word in JSON: "new-standard". */
		String id() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	Type type() {
		if (before == null) {
			return after.tight() ? Type.NEW_STANDARD : Type.NEW_FREEDOM;
		}
		if (after == null) {
			return before.tight() ? Type.STANDARD_WITHDRAWN : Type.FREEDOM_WITHDRAWN;
		}
		if (before.tight() != after.tight()) {
			return after.tight() ? Type.BECAME_STANDARD : Type.BECAME_FREEDOM;
		}
		if (reworded()) {
			return after.tight() ? Type.STANDARD_REWORDED : Type.FREEDOM_REWORDED;
		}
		return after.tight() ? Type.STANDARD_CHANGED : Type.FREEDOM_CHANGED;
	}

	boolean reworded() {
		return before != null && after != null && !before.text().equals(after.text());
	}

	/** Does it touch a tight standard (for {@code --fail-on tight})? */
	boolean touchesStandard() {
		return (before != null && before.tight()) || (after != null && after.tight());
	}

	static BehaviourDelta added(Behaviour behaviour) {
		return new BehaviourDelta(null, behaviour, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	static BehaviourDelta removed(Behaviour behaviour) {
		return new BehaviourDelta(behaviour, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}
}
