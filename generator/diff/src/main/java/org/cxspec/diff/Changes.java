package org.cxspec.diff;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.diff.ElementDelta.PropertyDelta;
import org.cxspec.diff.ElementDelta.Reworded;

/** Tells element deltas as {@link Change}s: one sentence per change, in the reader's language. */
final class Changes {

	private final Words words;

	Changes(Words words) {
		this.words = words;
	}

	List<Change> of(List<ElementDelta> deltas) {
		List<Change> changes = new ArrayList<>();
		for (ElementDelta delta : deltas) {
			changes.addAll(of(delta));
		}
		return changes;
	}

	List<Change> of(ElementDelta delta) {
		List<Change> changes = new ArrayList<>();
		Element element = delta.current();
		String kind = delta.kind() == Kind.ACTOR ? element.values("kind").stream().findFirst().orElse("role") : delta.kind().id;
		String shown = words.element(element);
		String named = words.kind(element) + " " + element.name(); // "brand Acme", where "the brand" would not do
		if (delta.added()) {
			String text = element.description() == null ? words.f("element.added", named)
					: words.f("element.added.described", named, element.description());
			changes.add(new Change("added", kind, element.name(), null, null, null, text));
			return changes;
		}
		if (delta.removed()) {
			changes.add(new Change("removed", kind, element.name(), null, null, null, words.f("element.removed", named)));
			return changes;
		}
		if (delta.renamed()) {
			changes.add(new Change("renamed", kind, element.name(), null, delta.before().name(), element.name(),
					words.f("element.renamed", words.element(delta.before()), element.name())));
		}
		changes.addAll(properties(delta, kind, shown));
		changes.addAll(behaviours(delta.behaviours(), kind, element.name(), shown));
		return changes;
	}

	private List<Change> properties(ElementDelta delta, String kind, String shown) {
		List<Change> changes = new ArrayList<>();
		String name = delta.current().name();
		PropertyDelta journey = delta.property("journey");
		PropertyDelta stage = delta.property("stage");
		if (delta.kind() == Kind.TOUCHPOINT && (journey != null || stage != null)) {
			String from = place(delta.before());
			String to = place(delta.after());
			changes.add(new Change("moved", kind, name, "stage", from, to, words.f("element.moved", shown, from, to)));
		}
		for (PropertyDelta property : delta.properties()) {
			String id = property.property();
			if (delta.kind() == Kind.TOUCHPOINT && (id.equals("journey") || id.equals("stage"))) {
				continue;
			}
			if (Properties.SINGLE.contains(id)) {
				String before = single(delta.before().values(id), delta.before().description(), id);
				String after = single(delta.after().values(id), delta.after().description(), id);
				String text = before == null ? words.f("property.set", shown, label(id), shownValue(id, after))
						: after == null ? words.f("property.unset", shown, label(id), shownValue(id, before))
								: words.f("property.changed", shown, label(id), shownValue(id, before), shownValue(id, after));
				changes.add(new Change("changed", kind, name, id, before, after, text));
				continue;
			}
			for (Reworded reworded : property.reworded()) {
				changes.add(new Change("changed", kind, name, id, reworded.before(), reworded.after(), words.f("property.reworded",
						shown, label(id), shownValue(id, reworded.before()), shownValue(id, reworded.after()))));
			}
			for (String added : property.added()) {
				changes.add(new Change("added", kind, name, id, null, added,
						words.f("prop." + id + ".added", shown, words.values(id, List.of(added)))));
			}
			for (String removed : property.removed()) {
				changes.add(new Change("removed", kind, name, id, removed, null,
						words.f("prop." + id + ".removed", shown, words.values(id, List.of(removed)))));
			}
		}
		return changes;
	}

	/** The standards and freedoms of a place ({@code shown}: "the brand", "touchpoint PhoneReport"). */
	List<Change> behaviours(List<BehaviourDelta> deltas, String kind, String name, String shown) {
		List<Change> changes = new ArrayList<>();
		for (BehaviourDelta delta : deltas) {
			String type = delta.type().id();
			String before = delta.before() == null ? null : delta.before().text();
			String after = delta.after() == null ? null : delta.after().text();
			String text = after != null ? after : before;
			String property = (delta.after() != null ? delta.after() : delta.before()).tight() ? "tight" : "loose";
			boolean toldAsBehaviour = delta.before() == null || delta.after() == null || delta.reworded()
					|| delta.before().tight() != delta.after().tight();
			if (toldAsBehaviour) {
				changes.add(new Change(type, kind, name, property, before, after, words.f("behaviour." + type + rewordedSuffix(delta), shown, text, before)));
			}
			for (String value : delta.protectsAdded()) {
				changes.add(new Change("added", kind, name, "protects", null, value, words.f("protects.added", shown, text, value)));
			}
			for (String value : delta.protectsRemoved()) {
				changes.add(new Change("removed", kind, name, "protects", value, null, words.f("protects.removed", shown, text, value)));
			}
			for (String guardrail : delta.guardrailsAdded()) {
				changes.add(new Change("guardrail-added", kind, name, "within", null, guardrail,
						words.f("guardrail.added", shown, text, guardrail)));
			}
			for (String guardrail : delta.guardrailsRemoved()) {
				changes.add(new Change("guardrail-removed", kind, name, "within", guardrail, null,
						words.f("guardrail.removed", shown, text, guardrail)));
			}
			for (Reworded guardrail : delta.guardrailsReworded()) {
				changes.add(new Change("guardrail-changed", kind, name, "within", guardrail.before(), guardrail.after(),
						words.f("guardrail.reworded", shown, text, guardrail.after(), guardrail.before())));
			}
			for (String example : delta.examplesAdded()) {
				changes.add(new Change("added", kind, name, "example", null, example, words.f("example.added", shown, text, example)));
			}
			for (String example : delta.examplesRemoved()) {
				changes.add(new Change("removed", kind, name, "example", example, null, words.f("example.removed", shown, text, example)));
			}
		}
		return changes;
	}

	/** A standard that became a freedom (or back) is told with its old words only when they changed. */
	static String rewordedSuffix(BehaviourDelta delta) {
		return delta.before() != null && delta.after() != null && delta.before().tight() != delta.after().tight()
				&& delta.reworded() ? ".reworded" : "";
	}

	/** "HomeClaim › Report": where a touchpoint sits. */
	static String place(Element touchpoint) {
		return touchpoint.values("journey").stream().findFirst().orElse("?") + " \u203a "
				+ touchpoint.values("stage").stream().findFirst().orElse("?");
	}

	private static String single(List<String> values, String description, String property) {
		if (property.equals("description")) {
			return description;
		}
		return values.isEmpty() ? null : String.join(", ", values);
	}

	private String shownValue(String property, String value) {
		return Words.quoted(property) ? "\u201c" + value + "\u201d" : value;
	}

	private String label(String property) {
		return words.get("prop." + property);
	}
}
