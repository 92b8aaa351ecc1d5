package org.cxspec.generator.view;

import java.util.List;

import org.cxspec.generator.view.Elements.Actor;
import org.cxspec.generator.view.Elements.Brand;
import org.cxspec.generator.view.Elements.Journey;
import org.cxspec.generator.view.Elements.Loop;
import org.cxspec.generator.view.Elements.Metric;
import org.cxspec.generator.view.Elements.Programme;
import org.cxspec.generator.view.Elements.Segment;
import org.cxspec.generator.view.Elements.Touchpoint;
import org.cxspec.generator.view.Elements.Value;

/** Everything the documents of one spec show; built once from the model and its findings. */
public record Site(Brand brand, List<Value> values, List<Segment> segments, List<Metric> metrics,
		List<Actor> actors, List<Journey> journeys, List<Touchpoint> touchpoints, List<Programme> programmes,
		List<Loop> loops, List<Playbook> playbooks, List<JourneyMap> maps, Report report) {
}
