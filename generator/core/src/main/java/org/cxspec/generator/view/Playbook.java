package org.cxspec.generator.view;

import java.util.List;

import org.cxspec.generator.view.Elements.Actor;
import org.cxspec.generator.view.Elements.Loop;
import org.cxspec.generator.view.Elements.Programme;
import org.cxspec.generator.view.Elements.Touchpoint;

/**
 * What one role or partner reads: the journeys and stages where they staff touchpoints, the
 * closed loops they own and the co-creation programmes they own or take part in.
 */
public record Playbook(Actor actor, List<JourneyPart> journeys, int touchpointCount, List<Loop> loops,
		List<Programme> owns, List<Programme> takesPart) {

	public record JourneyPart(Ref journey, List<StagePart> stages) {
	}

	public record StagePart(Ref stage, List<Touchpoint> touchpoints) {
	}
}
