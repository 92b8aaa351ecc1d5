package org.cxspec.generator.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cxspec.generator.view.Elements.Actor;
import org.cxspec.generator.view.Elements.Journey;
import org.cxspec.generator.view.Elements.Loop;
import org.cxspec.generator.view.Elements.Programme;
import org.cxspec.generator.view.Elements.Stage;
import org.cxspec.generator.view.Elements.Touchpoint;

/**
 * Selects, for each role or partner, the parts of the framework that are theirs to deliver.
 * One pass over the journeys, loops and programmes serves every role: asking each role of a
 * large spec to look at every touchpoint made building the documents grow with roles times
 * touchpoints.
 */
final class Playbooks {

	private Playbooks() {
	}

	/** The playbooks of {@code actors}, in their order. */
	static List<Playbook> of(List<Actor> actors, List<Journey> journeys, List<Programme> programmes, List<Loop> loops) {
		Map<String, List<Playbook.JourneyPart>> parts = new HashMap<>();
		for (Journey journey : journeys) {
			Map<String, List<Playbook.StagePart>> stagesByActor = new HashMap<>();
			for (Stage stage : journey.stages()) {
				Map<String, List<Touchpoint>> staffedByActor = new HashMap<>();
				for (Touchpoint touchpoint : stage.touchpoints()) {
					for (String actor : ids(touchpoint.staffedBy())) {
						staffedByActor.computeIfAbsent(actor, id -> new ArrayList<>()).add(touchpoint);
					}
				}
				staffedByActor.forEach((actor, staffed) -> stagesByActor.computeIfAbsent(actor, id -> new ArrayList<>())
						.add(new Playbook.StagePart(new Ref(stage.id(), stage.name()), List.copyOf(staffed))));
			}
			stagesByActor.forEach((actor, stages) -> parts.computeIfAbsent(actor, id -> new ArrayList<>())
					.add(new Playbook.JourneyPart(new Ref(journey.id(), journey.name()), List.copyOf(stages))));
		}
		Map<String, List<Loop>> owned = byActor(loops, Loop::owners);
		Map<String, List<Programme>> owns = byActor(programmes, Programme::owners);
		Map<String, List<Programme>> staffs = byActor(programmes, Programme::staff);
		List<Playbook> playbooks = new ArrayList<>(actors.size());
		for (Actor actor : actors) {
			List<Playbook.JourneyPart> theirs = List.copyOf(parts.getOrDefault(actor.id(), List.of()));
			int count = theirs.stream().flatMap(part -> part.stages().stream()).mapToInt(stage -> stage.touchpoints().size()).sum();
			List<Programme> owning = owns.getOrDefault(actor.id(), List.of());
			List<Programme> takesPart = staffs.getOrDefault(actor.id(), List.of()).stream()
					.filter(programme -> !owning.contains(programme)).toList();
			playbooks.add(new Playbook(actor, theirs, count, List.copyOf(owned.getOrDefault(actor.id(), List.of())),
					List.copyOf(owning), takesPart));
		}
		return List.copyOf(playbooks);
	}

	/** Each element under every actor its {@code refs} name (once, in the elements' order). */
	private static <T> Map<String, List<T>> byActor(List<T> elements, Function<T, List<Ref>> refs) {
		Map<String, List<T>> byActor = new HashMap<>();
		for (T element : elements) {
			for (String actor : ids(refs.apply(element))) {
				byActor.computeIfAbsent(actor, id -> new ArrayList<>()).add(element);
			}
		}
		return byActor;
	}

	private static Set<String> ids(List<Ref> refs) {
		Set<String> ids = new LinkedHashSet<>();
		refs.forEach(ref -> ids.add(ref.id()));
		return ids;
	}
}
