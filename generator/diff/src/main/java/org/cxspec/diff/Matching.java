package org.cxspec.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.cxspec.diff.ElementDelta.PropertyDelta;

/**
 * Compares two snapshots element by element: matched by kind and name; an element whose name
 * changed is found by its unchanged content (or, failing that, by its description, when exactly
 * one element of its kind has it on each side) and reported as a rename. Kinds are compared in
 * {@link Kind} order, so names are translated through the renames already found before the
 * elements referring to them are compared. Linear in the size of the specs, apart from the
 * pairing of unmatched standards within one touchpoint.
 */
final class Matching {

	/** Statements whose values are names of other elements. */
	private static final Set<String> REFERENCES = Set.of("customer", "journey", "for", "delivers", "addresses", "staffed-by",
			"measured-by", "owner", "involves");
	/** Statements whose values are free texts, so one may be reworded rather than replaced. */
	private static final Set<String> TEXTS = Set.of("promise", "differentiates-from", "backstage", "goal", "rhythm",
			"report-back", "when", "method", "channel");

	/** Old name to new name, for every kind but stages (whose names are only unique within a journey). */
	private final Map<String, String> renames = new HashMap<>();
	/** Old "Journey/Stage" to the new stage name. */
	private final Map<String, String> stageRenames = new HashMap<>();

	private Matching() {
	}

	static List<ElementDelta> compare(Snapshot before, Snapshot after) {
		Matching matching = new Matching();
		List<ElementDelta> deltas = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			deltas.addAll(matching.compare(kind, before.of(kind), after.of(kind)));
		}
		// Told brand first: its changes touch everyone.
		deltas.sort(java.util.Comparator.comparing(delta -> delta.kind() != Kind.BRAND));
		return deltas;
	}

	private List<ElementDelta> compare(Kind kind, Map<String, Element> olds, Map<String, Element> news) {
		Map<String, Element> translatedOld = new LinkedHashMap<>();
		for (Element element : olds.values()) {
			Element translated = translate(element);
			translatedOld.putIfAbsent(translated.key(), translated);
		}
		// By identity: elements are records, and hashing one deeply for every lookup is needless work.
		Map<Element, Element> pairs = new java.util.IdentityHashMap<>(); // new -> old
		List<Element> unmatchedOld = new ArrayList<>();
		for (Element old : translatedOld.values()) {
			Element now = news.get(old.key());
			if (now != null) {
				pairs.put(now, old);
			} else {
				unmatchedOld.add(old);
			}
		}
		List<Element> unmatchedNew = news.values().stream().filter(now -> !pairs.containsKey(now)).toList();
		Map<Element, Element> renamed = findRenames(unmatchedOld, unmatchedNew);
		renamed.forEach((now, old) -> remember(kind, old, now));
		List<ElementDelta> deltas = new ArrayList<>();
		for (Element now : news.values()) {
			Element old = pairs.containsKey(now) ? pairs.get(now) : renamed.get(now);
			if (old == null) {
				deltas.add(new ElementDelta(kind, null, now, false, List.of(), List.of()));
			} else {
				ElementDelta delta = changes(kind, old, now, renamed.containsKey(now));
				if (!delta.unchanged()) {
					deltas.add(delta);
				}
			}
		}
		java.util.Set<Element> renamedOld = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		renamedOld.addAll(renamed.values());
		for (Element old : unmatchedOld) {
			if (!renamedOld.contains(old)) {
				deltas.add(new ElementDelta(kind, old, null, false, List.of(), List.of()));
			}
		}
		return deltas;
	}

	/** New element to old, for names that changed: same content first, then same description. */
	private static Map<Element, Element> findRenames(List<Element> olds, List<Element> news) {
		Map<Element, Element> renamed = new java.util.IdentityHashMap<>();
		if (olds.isEmpty() || news.isEmpty()) {
			return renamed;
		}
		pairUnique(olds, news, Matching::content, renamed);
		java.util.Set<Element> found = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		found.addAll(renamed.values());
		pairUnique(olds.stream().filter(old -> !found.contains(old)).toList(),
				news.stream().filter(now -> !renamed.containsKey(now)).toList(),
				element -> element.description() == null || element.description().isBlank() ? null : element.description(),
				renamed);
		return renamed;
	}

	private static void pairUnique(List<Element> olds, List<Element> news, java.util.function.Function<Element, String> signature,
			Map<Element, Element> into) {
		Map<String, List<Element>> oldBySignature = new HashMap<>();
		for (Element old : olds) {
			String key = signature.apply(old);
			if (key != null) {
				oldBySignature.computeIfAbsent(key, k -> new ArrayList<>()).add(old);
			}
		}
		Map<String, List<Element>> newBySignature = new HashMap<>();
		for (Element now : news) {
			String key = signature.apply(now);
			if (key != null) {
				newBySignature.computeIfAbsent(key, k -> new ArrayList<>()).add(now);
			}
		}
		for (Element now : news) {
			String key = signature.apply(now);
			if (key != null && newBySignature.get(key).size() == 1 && oldBySignature.getOrDefault(key, List.of()).size() == 1) {
				into.put(now, oldBySignature.get(key).get(0));
			}
		}
	}

	/** Everything but the name: what makes a renamed element recognisable. */
	private static String content(Element element) {
		return element.description() + "\u0000" + new TreeMap<>(element.properties()) + "\u0000" + element.behaviours();
	}

	private void remember(Kind kind, Element old, Element now) {
		if (kind == Kind.STAGE) {
			stageRenames.put(old.key(), now.name());
		} else {
			renames.put(old.name(), now.name());
		}
	}

	/** The old element with the names it refers to (and its own key's journey) as they are called now. */
	private Element translate(Element element) {
		if (renames.isEmpty() && stageRenames.isEmpty()) {
			return element;
		}
		Map<String, List<String>> properties = new LinkedHashMap<>();
		element.properties().forEach((property, values) -> properties.put(property,
				REFERENCES.contains(property) ? values.stream().map(this::renamed).toList() : values));
		if (element.kind() == Kind.TOUCHPOINT) {
			String stageKey = element.values("journey").isEmpty() ? "" : element.values("journey").get(0) + "/" + element.values("stage").get(0);
			String stage = stageRenames.get(stageKey);
			if (stage != null) {
				properties.put("stage", List.of(stage));
			}
		}
		String key = element.key();
		if (element.kind() == Kind.STAGE) {
			key = renamed(element.values("journey").get(0)) + "/" + element.name();
		}
		List<Behaviour> behaviours = element.behaviours().stream()
				.map(behaviour -> new Behaviour(behaviour.tight(), behaviour.text(),
						behaviour.protects().stream().map(this::renamed).toList(), behaviour.guardrails(), behaviour.examples()))
				.toList();
		return new Element(element.kind(), key, element.name(), element.description(), properties, behaviours);
	}

	private String renamed(String name) {
		return renames.getOrDefault(name, name);
	}

	private static ElementDelta changes(Kind kind, Element old, Element now, boolean renamed) {
		List<PropertyDelta> properties = new ArrayList<>();
		PropertyDelta description = ValueLists.compare("description", listOf(old.description()), listOf(now.description()), true);
		if (description != null) {
			properties.add(description);
		}
		Set<String> names = new java.util.LinkedHashSet<>(now.properties().keySet());
		names.addAll(old.properties().keySet());
		for (String property : names) {
			PropertyDelta delta = ValueLists.compare(property, old.values(property), now.values(property), TEXTS.contains(property));
			if (delta != null) {
				properties.add(delta);
			}
		}
		properties.sort(java.util.Comparator.comparingInt(delta -> Properties.order(delta.property())));
		return new ElementDelta(kind, old, now, renamed, List.copyOf(properties), Behaviours.compare(old.behaviours(), now.behaviours()));
	}

	static boolean isText(String property) {
		return TEXTS.contains(property);
	}

	private static List<String> listOf(String text) {
		return text == null ? List.of() : List.of(text);
	}
}
