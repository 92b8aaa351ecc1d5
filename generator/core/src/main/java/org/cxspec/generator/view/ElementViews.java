package org.cxspec.generator.view;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Goal;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Partner;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.Rhythm;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Trigger;
import org.cxspec.cxspec.Value;
import org.cxspec.model.Specs;
import org.eclipse.emf.ecore.EObject;

/** Turns EMF elements into view records; the one place, with {@link SiteBuilder}, that reads EMF. */
final class ElementViews {

	/** Which touchpoints deliver each value and address each expectation: filled while journeys are read. */
	private final Map<EObject, List<Ref>> usedBy = new IdentityHashMap<>();

	static Ref ref(Declaration declaration) {
		return new Ref(Objects.toString(declaration.getName(), ""), Texts.clean(declaration.getDescription()));
	}

	static Ref ref(Expectation expectation) {
		return new Ref(Objects.toString(expectation.getName(), ""), Texts.clean(expectation.getDescription()));
	}

	static Ref ref(Stage stage) {
		return new Ref(Objects.toString(stage.getName(), ""), Texts.clean(stage.getDescription()));
	}

	static Ref ref(Touchpoint touchpoint) {
		return new Ref(Objects.toString(touchpoint.getName(), ""), Texts.clean(touchpoint.getDescription()));
	}

	static final Ref NONE = new Ref("", "");

	/** Resolved references only: a broken link is a finding, not a document entry. */
	static <T extends EObject> List<T> resolved(List<T> references) {
		return references.stream().filter(reference -> reference != null && !reference.eIsProxy()).toList();
	}

	static List<Ref> refs(List<? extends Declaration> declarations) {
		return resolved(declarations).stream().map(ElementViews::ref).toList();
	}

	Elements.Brand brand(Brand brand) {
		if (brand == null) {
			return new Elements.Brand("", "", "", List.of(), List.of(), List.of(), List.of());
		}
		return new Elements.Brand(brand.getName(), Texts.clean(brand.getDescription()), Texts.clean(Specs.promise(brand)),
				Texts.clean(brand.getDifferentiatesFrom()), tights(brand.getTights()), looses(brand.getLooses()),
				Texts.clean(brand.getBackstage()));
	}

	Elements.Journey journey(Journey journey) {
		Ref journeyRef = ref(journey);
		List<Elements.Stage> stages = new ArrayList<>();
		int count = 0;
		for (Stage stage : journey.getStages()) {
			Ref stageRef = ref(stage);
			List<Elements.Touchpoint> touchpoints = stage.getTouchpoints().stream()
					.map(touchpoint -> touchpoint(touchpoint, journeyRef, stageRef)).toList();
			count += touchpoints.size();
			stages.add(new Elements.Stage(stageRef.id(), stageRef.name(), touchpoints));
		}
		return new Elements.Journey(journeyRef.id(), journeyRef.name(), refs(journey.getCustomers()), stages, count);
	}

	private Elements.Touchpoint touchpoint(Touchpoint touchpoint, Ref journey, Ref stage) {
		Ref self = ref(touchpoint);
		resolved(touchpoint.getDelivers()).forEach(value -> usedBy.computeIfAbsent(value, key -> new ArrayList<>()).add(self));
		resolved(touchpoint.getAddresses())
				.forEach(expectation -> usedBy.computeIfAbsent(expectation, key -> new ArrayList<>()).add(self));
		return new Elements.Touchpoint(self.id(), self.name(), journey, stage, Texts.clean(touchpoint.getChannels()),
				touchpoint.isDifferentiating(), touchpoint.isMomentOfTruth(), refs(touchpoint.getDelivers()),
				resolved(touchpoint.getAddresses()).stream().map(ElementViews::ref).toList(),
				refs(touchpoint.getStaffedBy()), resolved(touchpoint.getMeasuredBy()).stream().map(this::metric).toList(),
				tights(touchpoint.getTights()), looses(touchpoint.getLooses()), Texts.clean(touchpoint.getBackstage()));
	}

	private static List<Elements.Tight> tights(List<Tight> tights) {
		return tights.stream().map(tight -> new Elements.Tight(Texts.clean(tight.getText()), refs(tight.getProtects())))
				.toList();
	}

	private static List<Elements.Loose> looses(List<Loose> looses) {
		return looses.stream().map(loose -> new Elements.Loose(Texts.clean(loose.getText()),
				Texts.clean(loose.getGuardrails()), Texts.clean(loose.getExamples()))).toList();
	}

	/** Call after every journey has been read, so that deliveredBy is complete. */
	Elements.Value value(Value value) {
		return new Elements.Value(value.getName(), Texts.clean(value.getDescription()),
				value.getDrives().stream().map(outcome -> outcome.getLiteral()).toList(),
				List.copyOf(usedBy.getOrDefault(value, List.of())));
	}

	/** Call after every journey has been read, so that addressedBy is complete. */
	Elements.Segment segment(Customer customer) {
		Ref segment = ref(customer);
		List<Elements.Expectation> expectations = customer.getExpectations().stream()
				.map(expectation -> expectation(expectation, segment)).toList();
		return new Elements.Segment(segment.id(), segment.name(), expectations);
	}

	private Elements.Expectation expectation(Expectation expectation, Ref segment) {
		boolean scored = expectation.getScore() != null && expectation.getTarget() != null;
		boolean below = scored && expectation.getScore().compareTo(expectation.getTarget()) < 0;
		Ref self = ref(expectation);
		return new Elements.Expectation(self.id(), self.name(), segment, Texts.number(expectation.getScore()),
				Texts.number(expectation.getTarget()), Texts.number(expectation.getScale()), scored, below,
				List.copyOf(usedBy.getOrDefault(expectation, List.of())));
	}

	Elements.Metric metric(Metric metric) {
		return new Elements.Metric(metric.getName(), Texts.clean(metric.getDescription()), Texts.number(metric.getCurrent()),
				Texts.number(metric.getTarget()), Objects.toString(metric.getDirection(), ""));
	}

	static Elements.Actor actor(Actor actor) {
		String name = Texts.clean(actor.getDescription());
		int colon = name.indexOf(':');
		String shortName = colon > 0 ? name.substring(0, colon).strip() : name;
		return new Elements.Actor(actor.getName(), name, shortName.isEmpty() ? actor.getName() : shortName,
				actor instanceof Partner ? "partner" : "role");
	}

	static Elements.Programme programme(CoCreation programme) {
		Rhythm rhythm = Specs.first(programme.getRhythms());
		List<Ref> customers = resolved(programme.getInvolves()).stream().filter(Customer.class::isInstance)
				.map(ElementViews::ref).toList();
		List<Ref> staff = resolved(programme.getInvolves()).stream().filter(Actor.class::isInstance)
				.map(ElementViews::ref).toList();
		return new Elements.Programme(programme.getName(), Texts.clean(programme.getDescription()),
				Texts.clean(Specs.first(programme.getTypes())), programme.getGoals().stream().map(ElementViews::goal).toList(),
				refs(programme.getOwners()), customers, staff, Texts.clean(programme.getMethods()),
				Texts.clean(rhythm == null ? null : rhythm.getCommunity()),
				Texts.clean(rhythm == null ? null : rhythm.getBusiness()), Texts.clean(programme.getReportBack()));
	}

	private static Elements.Goal goal(Goal goal) {
		Metric metric = goal.getMetric();
		return new Elements.Goal(Texts.clean(goal.getDescription()),
				metric == null || metric.eIsProxy() ? NONE : ref(metric), Texts.number(goal.getTarget()),
				Texts.clean(goal.getDeadline()));
	}

	static Elements.Loop loop(ClosedLoop loop) {
		Response response = Specs.first(loop.getResponses());
		String amount = response == null ? "" : Integer.toString(response.getAmount());
		String unit = response == null ? "" : unit(response);
		return new Elements.Loop(loop.getName(), Texts.clean(loop.getDescription()),
				loop.getTriggers().stream().map(ElementViews::trigger).toList(), amount, unit, Specs.hours(response),
				refs(loop.getOwners()));
	}

	/** The unit word as written ("hour", "hours", "days"...), which label bundles translate. */
	private static String unit(Response response) {
		return response.getUnit().getLiteral();
	}

	private static Elements.Trigger trigger(Trigger trigger) {
		Metric metric = trigger.getMetric();
		if (metric == null || metric.eIsProxy()) {
			return new Elements.Trigger(Texts.clean(trigger.getText()), NONE, "", "");
		}
		return new Elements.Trigger("", ref(metric), trigger.getComparison().getLiteral(),
				Texts.number(trigger.getThreshold()));
	}
}
