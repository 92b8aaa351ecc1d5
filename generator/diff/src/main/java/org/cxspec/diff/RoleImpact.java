package org.cxspec.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.diff.ElementDelta.PropertyDelta;
import org.cxspec.diff.ElementDelta.Reworded;

/**
 * What changes for each role and partner, told to them: the touchpoints they now staff or no
 * longer staff, the standards they must now keep, the freedoms they gained or lost, new
 * guardrails, the follow-ups and programmes they now own or take part in. Brand-level changes
 * touch everyone and are told once, above all roles, not repeated here.
 */
final class RoleImpact {

	private final Words words;
	private final Changes changes;
	private final Map<String, List<RoleChanges.Item>> items = new LinkedHashMap<>();

	private RoleImpact(Words words) {
		this.words = words;
		this.changes = new Changes(words);
	}

	static List<RoleChanges> of(List<ElementDelta> deltas, Snapshot before, Snapshot after, Words words) {
		RoleImpact impact = new RoleImpact(words);
		Map<String, ElementDelta> actorDeltas = new LinkedHashMap<>();
		for (ElementDelta delta : deltas) {
			switch (delta.kind()) {
			case ACTOR -> actorDeltas.put(delta.current().name(), delta);
			case TOUCHPOINT -> impact.touchpoint(delta);
			case CLOSED_LOOP -> impact.owned(delta, "owner", "loop");
			case COCREATION -> {
				impact.owned(delta, "owner", "programme");
				impact.owned(delta, "involves", "part");
			}
			default -> {
			}
			}
		}
		List<RoleChanges> roles = new ArrayList<>();
		for (Element actor : after.of(Kind.ACTOR).values()) {
			ElementDelta delta = actorDeltas.get(actor.name());
			List<RoleChanges.Item> found = new ArrayList<>();
			String status = "changed";
			if (delta != null && delta.added()) {
				status = "new";
				found.add(new RoleChanges.Item("new", null, words.f("role.new", words.element(actor))));
			} else if (delta != null) {
				impact.changes.of(delta).forEach(change -> found.add(new RoleChanges.Item(change.type(), null, change.text())));
			}
			found.addAll(impact.items.getOrDefault(actor.name(), List.of()));
			if (found.isEmpty()) {
				status = "unchanged";
			}
			roles.add(new RoleChanges(actor.name(), actor.description() == null ? actor.name() : actor.description(),
					actor.values("kind").stream().findFirst().orElse("role"), status, List.copyOf(found)));
		}
		for (ElementDelta delta : actorDeltas.values()) {
			if (delta.removed()) {
				Element actor = delta.before();
				roles.add(new RoleChanges(actor.name(), actor.description() == null ? actor.name() : actor.description(),
						actor.values("kind").stream().findFirst().orElse("role"), "removed",
						List.of(new RoleChanges.Item("removed", null, words.f("role.removed", words.element(actor))))));
			}
		}
		return roles;
	}

	private void touchpoint(ElementDelta delta) {
		Element now = delta.after();
		Element old = delta.before();
		String name = delta.current().name();
		String shown = shown(delta.current());
		if (delta.added() || delta.removed()) {
			for (String actor : delta.current().values("staffed-by")) {
				add(actor, delta.added() ? staffs(now, shown) : new RoleChanges.Item("no-longer-staffs", name,
						words.f("role.no-longer-staffs", shown)));
			}
			return;
		}
		PropertyDelta staffing = delta.property("staffed-by");
		List<String> joined = staffing == null ? List.of() : staffing.added();
		if (staffing != null) {
			joined.forEach(actor -> add(actor, staffs(now, shown)));
			staffing.removed().forEach(actor -> add(actor,
					new RoleChanges.Item("no-longer-staffs", name, words.f("role.no-longer-staffs", shown))));
		}
		List<RoleChanges.Item> forStaff = new ArrayList<>();
		if (delta.renamed()) {
			forStaff.add(new RoleChanges.Item("renamed", name, words.f("element.renamed", words.element(old), name)));
		}
		if (delta.property("journey") != null || delta.property("stage") != null) {
			forStaff.add(new RoleChanges.Item("moved", name, words.f("role.moved", shown, Changes.place(now), Changes.place(old))));
		}
		for (BehaviourDelta behaviour : delta.behaviours()) {
			forStaff.addAll(behaviour(behaviour, name, shown));
		}
		for (PropertyDelta property : delta.properties()) {
			if (!List.of("journey", "stage", "staffed-by").contains(property.property())) {
				ElementDelta only = new ElementDelta(delta.kind(), old, now, false, List.of(property), List.of());
				changes.of(only).forEach(change -> forStaff.add(new RoleChanges.Item("touchpoint-changed", name, change.text())));
			}
		}
		for (String actor : now.values("staffed-by")) {
			if (!joined.contains(actor)) {
				forStaff.forEach(item -> add(actor, item));
			}
		}
	}

	private RoleChanges.Item staffs(Element touchpoint, String shown) {
		return new RoleChanges.Item("now-staffs", touchpoint.name(), words.f("role.now-staffs", shown, Changes.place(touchpoint)));
	}

	/** A standard or freedom at a touchpoint, told to the people who staff it. */
	private List<RoleChanges.Item> behaviour(BehaviourDelta delta, String touchpoint, String shown) {
		List<RoleChanges.Item> told = new ArrayList<>();
		String before = delta.before() == null ? null : delta.before().text();
		String after = delta.after() == null ? null : delta.after().text();
		String text = after != null ? after : before;
		String type = delta.type().id();
		boolean toldAsBehaviour = delta.before() == null || delta.after() == null || delta.reworded()
				|| delta.before().tight() != delta.after().tight();
		if (toldAsBehaviour) {
			told.add(new RoleChanges.Item(type, touchpoint, words.f("role." + type + Changes.rewordedSuffix(delta), shown, text, before)));
		}
		for (String guardrail : delta.guardrailsAdded()) {
			told.add(new RoleChanges.Item("guardrail-added", touchpoint, words.f("role.guardrail-added", shown, text, guardrail)));
		}
		for (String guardrail : delta.guardrailsRemoved()) {
			told.add(new RoleChanges.Item("guardrail-removed", touchpoint, words.f("role.guardrail-removed", shown, text, guardrail)));
		}
		for (Reworded guardrail : delta.guardrailsReworded()) {
			told.add(new RoleChanges.Item("guardrail-changed", touchpoint,
					words.f("role.guardrail-reworded", shown, text, guardrail.after(), guardrail.before())));
		}
		if (!delta.protectsAdded().isEmpty() || !delta.protectsRemoved().isEmpty() || !delta.examplesAdded().isEmpty()
				|| !delta.examplesRemoved().isEmpty()) {
			BehaviourDelta rest = new BehaviourDelta(delta.after(), delta.after(), delta.protectsAdded(), delta.protectsRemoved(),
					List.of(), List.of(), List.of(), delta.examplesAdded(), delta.examplesRemoved());
			changes.behaviours(List.of(rest), "touchpoint", touchpoint, shown)
					.forEach(change -> told.add(new RoleChanges.Item(change.type(), touchpoint, change.text())));
		}
		return told;
	}

	/**
	 * Closed loops and co-creation programmes: who now owns or takes part ({@code property}), who
	 * no longer does, and what changed in the ones they keep.
	 */
	private void owned(ElementDelta delta, String property, String what) {
		Element element = delta.current();
		String name = element.description() == null ? element.name() : element.description();
		if (delta.added() || delta.removed()) {
			for (String actor : element.values(property)) {
				add(actor, new RoleChanges.Item((delta.added() ? "now-" : "no-longer-") + what, null,
						words.f("role." + (delta.added() ? "now-" : "no-longer-") + what, name, summary(element))));
			}
			return;
		}
		PropertyDelta holders = delta.property(property);
		List<String> joined = holders == null ? List.of() : holders.added();
		if (holders != null) {
			joined.forEach(actor -> add(actor,
					new RoleChanges.Item("now-" + what, null, words.f("role.now-" + what, name, summary(element)))));
			holders.removed().forEach(actor -> add(actor,
					new RoleChanges.Item("no-longer-" + what, null, words.f("role.no-longer-" + what, name, summary(element)))));
		}
		if (!"owner".equals(property)) {
			return;
		}
		List<RoleChanges.Item> forOwners = new ArrayList<>();
		for (Change change : changes.of(delta)) {
			if (!"owner".equals(change.property()) && !"involves".equals(change.property())) {
				forOwners.add(new RoleChanges.Item(what + "-changed", null, change.text()));
			}
		}
		for (String actor : element.values(property)) {
			if (!joined.contains(actor)) {
				forOwners.forEach(item -> add(actor, item));
			}
		}
	}

	/** What a follow-up asks: "when Effort above 5, respond within 24 hours". */
	private String summary(Element element) {
		List<String> parts = new ArrayList<>();
		if (!element.values("when").isEmpty()) {
			parts.add(words.part("summary.when", words.and(element.values("when"))));
		}
		if (!element.values("respond-within").isEmpty()) {
			parts.add(words.part("summary.respond", element.values("respond-within").get(0)));
		}
		if (!element.values("goal").isEmpty()) {
			parts.add(words.part("summary.goal", element.values("goal").get(0)));
		}
		return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
	}

	/** The touchpoint as staff know it: its description, else its name. */
	private static String shown(Element touchpoint) {
		return touchpoint.description() == null || touchpoint.description().isBlank() ? touchpoint.name()
				: "\u201c" + touchpoint.description() + "\u201d";
	}

	private void add(String actor, RoleChanges.Item item) {
		items.computeIfAbsent(actor, key -> new ArrayList<>()).add(item);
	}
}
