package org.cxspec.generator.view;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.generator.view.Elements.Actor;
import org.cxspec.generator.view.Elements.Journey;
import org.cxspec.generator.view.Elements.Loop;
import org.cxspec.generator.view.Elements.Programme;
import org.cxspec.generator.view.Elements.Stage;
import org.cxspec.generator.view.Elements.Touchpoint;

/** Selects, for one role or partner, the parts of the framework that are theirs to deliver. */
final class Playbooks {

	private Playbooks() {
	}

	static Playbook of(Actor actor, List<Journey> journeys, List<Programme> programmes, List<Loop> loops) {
		List<Playbook.JourneyPart> parts = new ArrayList<>();
		int count = 0;
		for (Journey journey : journeys) {
			List<Playbook.StagePart> stages = new ArrayList<>();
			for (Stage stage : journey.stages()) {
				List<Touchpoint> staffed = stage.touchpoints().stream().filter(touchpoint -> staffs(actor, touchpoint))
						.toList();
				if (!staffed.isEmpty()) {
					stages.add(new Playbook.StagePart(new Ref(stage.id(), stage.name()), staffed));
					count += staffed.size();
				}
			}
			if (!stages.isEmpty()) {
				parts.add(new Playbook.JourneyPart(new Ref(journey.id(), journey.name()), stages));
			}
		}
		List<Loop> owned = loops.stream().filter(loop -> named(actor, loop.owners())).toList();
		List<Programme> owns = programmes.stream().filter(programme -> named(actor, programme.owners())).toList();
		List<Programme> takesPart = programmes.stream()
				.filter(programme -> !named(actor, programme.owners()) && named(actor, programme.staff())).toList();
		return new Playbook(actor, parts, count, owned, owns, takesPart);
	}

	private static boolean staffs(Actor actor, Touchpoint touchpoint) {
		return named(actor, touchpoint.staffedBy());
	}

	private static boolean named(Actor actor, List<Ref> refs) {
		return refs.stream().anyMatch(ref -> ref.id().equals(actor.id()));
	}
}
