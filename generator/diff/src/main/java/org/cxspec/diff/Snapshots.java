package org.cxspec.diff;

import static org.cxspec.cxspec.CxspecPackage.Literals.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Partner;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.Rhythm;
import org.cxspec.cxspec.Role;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Trigger;
import org.cxspec.cxspec.Value;
import org.cxspec.index.FileFacts;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Reads a loaded spec into a {@link Snapshot}: the only class of the comparison that reads EMF.
 * References are taken as written in the text, so a side with an unresolved name still compares.
 * Values that are statements of their own (a goal, a rhythm, a trigger) are kept in the spec's
 * own words, as the reader wrote them.
 */
final class Snapshots {

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private final EnumMap<Kind, LinkedHashMap<String, Element>> elements = new EnumMap<>(Kind.class);

	private Snapshots() {
	}

	static Snapshot of(String label, LoadedSpec spec, List<Finding> findings, Map<Path, String> shownFiles) {
		Snapshots reader = new Snapshots();
		for (Model model : spec.models()) {
			for (Declaration declaration : model.getDeclarations()) {
				reader.declaration(declaration);
			}
		}
		return new Snapshot(label, reader.elements, findings, shownFiles);
	}

	private void declaration(Declaration declaration) {
		if (declaration instanceof Brand brand) {
			Map<String, List<String>> properties = new LinkedHashMap<>();
			put(properties, "promise", brand.getPromises());
			put(properties, "differentiates-from", brand.getDifferentiatesFrom());
			put(properties, "backstage", brand.getBackstage());
			add(Kind.BRAND, "brand", brand.getName(), brand.getDescription(), properties,
					behaviours(brand.getTights(), brand.getLooses()));
		} else if (declaration instanceof Customer customer) {
			add(Kind.CUSTOMER, customer.getName(), customer.getName(), customer.getDescription(), new LinkedHashMap<>(), List.of());
			for (Expectation expectation : customer.getExpectations()) {
				Map<String, List<String>> properties = new LinkedHashMap<>();
				properties.put("customer", List.of(customer.getName()));
				put(properties, "scored", number(expectation.getScore()));
				put(properties, "target", number(expectation.getTarget()));
				put(properties, "out-of", number(expectation.getScale()));
				add(Kind.EXPECTATION, expectation.getName(), expectation.getName(), expectation.getDescription(), properties, List.of());
			}
		} else if (declaration instanceof Value value) {
			Map<String, List<String>> properties = new LinkedHashMap<>();
			put(properties, "drives", value.getDrives().stream().map(Object::toString).toList());
			add(Kind.VALUE, value.getName(), value.getName(), value.getDescription(), properties, List.of());
		} else if (declaration instanceof Metric metric) {
			Map<String, List<String>> properties = new LinkedHashMap<>();
			put(properties, "current", number(metric.getCurrent()));
			put(properties, "target", number(metric.getTarget()));
			put(properties, "direction", metric.getDirection() == null ? List.of() : List.of(metric.getDirection()));
			add(Kind.METRIC, metric.getName(), metric.getName(), metric.getDescription(), properties, List.of());
		} else if (declaration instanceof Role || declaration instanceof Partner) {
			Map<String, List<String>> properties = new LinkedHashMap<>();
			properties.put("kind", List.of(declaration instanceof Role ? "role" : "partner"));
			add(Kind.ACTOR, declaration.getName(), declaration.getName(), declaration.getDescription(), properties, List.of());
		} else if (declaration instanceof Journey journey) {
			journey(journey);
		} else if (declaration instanceof CoCreation programme) {
			programme(programme);
		} else if (declaration instanceof ClosedLoop loop) {
			Map<String, List<String>> properties = new LinkedHashMap<>();
			put(properties, "when", loop.getTriggers().stream().map(Snapshots::trigger).toList());
			put(properties, "respond-within", loop.getResponses().stream().map(Snapshots::response).toList());
			put(properties, "owner", written(loop, CLOSED_LOOP__OWNERS));
			add(Kind.CLOSED_LOOP, loop.getName(), loop.getName(), loop.getDescription(), properties, List.of());
		}
	}

	private void journey(Journey journey) {
		Map<String, List<String>> properties = new LinkedHashMap<>();
		put(properties, "for", written(journey, JOURNEY__CUSTOMERS));
		add(Kind.JOURNEY, journey.getName(), journey.getName(), journey.getDescription(), properties, List.of());
		for (Stage stage : journey.getStages()) {
			Map<String, List<String>> stageProperties = new LinkedHashMap<>();
			stageProperties.put("journey", List.of(String.valueOf(journey.getName())));
			add(Kind.STAGE, journey.getName() + "/" + stage.getName(), stage.getName(), stage.getDescription(), stageProperties,
					List.of());
			for (Touchpoint touchpoint : stage.getTouchpoints()) {
				touchpoint(journey, stage, touchpoint);
			}
		}
	}

	private void touchpoint(Journey journey, Stage stage, Touchpoint touchpoint) {
		Map<String, List<String>> properties = new LinkedHashMap<>();
		properties.put("journey", List.of(String.valueOf(journey.getName())));
		properties.put("stage", List.of(String.valueOf(stage.getName())));
		put(properties, "channel", touchpoint.getChannels());
		put(properties, "differentiating", touchpoint.isDifferentiating() ? List.of("differentiating") : List.of());
		put(properties, "moment-of-truth", touchpoint.isMomentOfTruth() ? List.of("moment of truth") : List.of());
		put(properties, "delivers", written(touchpoint, TOUCHPOINT__DELIVERS));
		put(properties, "addresses", written(touchpoint, TOUCHPOINT__ADDRESSES));
		put(properties, "staffed-by", written(touchpoint, TOUCHPOINT__STAFFED_BY));
		put(properties, "measured-by", written(touchpoint, TOUCHPOINT__MEASURED_BY));
		put(properties, "backstage", touchpoint.getBackstage());
		add(Kind.TOUCHPOINT, touchpoint.getName(), touchpoint.getName(), touchpoint.getDescription(), properties,
				behaviours(touchpoint.getTights(), touchpoint.getLooses()));
	}

	private void programme(CoCreation programme) {
		Map<String, List<String>> properties = new LinkedHashMap<>();
		put(properties, "type", programme.getTypes());
		put(properties, "goal", programme.getGoals().stream().map(Snapshots::goal).toList());
		put(properties, "owner", written(programme, CO_CREATION__OWNERS));
		put(properties, "involves", written(programme, CO_CREATION__INVOLVES));
		put(properties, "method", programme.getMethods());
		put(properties, "rhythm", programme.getRhythms().stream().map(Snapshots::rhythm).toList());
		put(properties, "report-back", programme.getReportBack());
		add(Kind.COCREATION, programme.getName(), programme.getName(), programme.getDescription(), properties, List.of());
	}

	private static List<Behaviour> behaviours(List<Tight> tights, List<Loose> looses) {
		List<Behaviour> behaviours = new ArrayList<>(tights.size() + looses.size());
		for (Tight tight : tights) {
			behaviours.add(new Behaviour(true, text(tight.getText()), written(tight, TIGHT__PROTECTS), List.of(), List.of()));
		}
		for (Loose loose : looses) {
			behaviours.add(new Behaviour(false, text(loose.getText()), List.of(), List.copyOf(loose.getGuardrails()),
					List.copyOf(loose.getExamples())));
		}
		return List.copyOf(behaviours);
	}

	/** The first declaration of a key wins, as it does for the rules that report the duplicate. */
	private void add(Kind kind, String key, String name, String description, Map<String, List<String>> properties,
			List<Behaviour> behaviours) {
		if (key == null || name == null) {
			return;
		}
		elements.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(key,
				new Element(kind, key, name, text(description), Map.copyOf(properties), behaviours));
	}

	private static void put(Map<String, List<String>> properties, String property, List<String> values) {
		if (!values.isEmpty()) {
			properties.put(property, values.stream().map(Snapshots::text).toList());
		}
	}

	/**
	 * The names a reference points at, as written. Validation has resolved them already: their
	 * targets' names are read directly; only while one is unresolved is the text searched, which
	 * costs far more.
	 */
	private static List<String> written(EObject element, EReference reference) {
		List<?> targets = reference.isMany() ? ((InternalEList<?>) element.eGet(reference, false)).basicList()
				: element.eGet(reference, false) == null ? List.of() : List.of(element.eGet(reference, false));
		List<String> names = new ArrayList<>(targets.size());
		for (Object target : targets) {
			EObject object = (EObject) target;
			Object name = object.eIsProxy() ? null : object.eGet(object.eClass().getEStructuralFeature("name"));
			if (!(name instanceof String resolved)) {
				return fromText(element, reference);
			}
			names.add(resolved);
		}
		return names;
	}

	private static List<String> fromText(EObject element, EReference reference) {
		List<String> names = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
			names.add(FileFacts.nameWritten(node));
		}
		return names;
	}

	private static List<String> number(BigDecimal number) {
		return number == null ? List.of() : List.of(number.toPlainString());
	}

	private static String goal(Goal goal) {
		StringBuilder text = new StringBuilder(text(goal.getDescription()));
		List<String> metric = written(goal, GOAL__METRIC);
		if (!metric.isEmpty()) {
			text.append(" · metric ").append(metric.get(0));
		}
		if (goal.getTarget() != null) {
			text.append(" · target ").append(goal.getTarget().toPlainString());
		}
		if (goal.getDeadline() != null) {
			text.append(" · by ").append(goal.getDeadline());
		}
		return text.toString();
	}

	private static String rhythm(Rhythm rhythm) {
		List<String> parts = new ArrayList<>();
		if (rhythm.getCommunity() != null) {
			parts.add("community \"" + rhythm.getCommunity() + "\"");
		}
		if (rhythm.getBusiness() != null) {
			parts.add("business \"" + rhythm.getBusiness() + "\"");
		}
		return String.join(" · ", parts);
	}

	private static String trigger(Trigger trigger) {
		if (trigger.getText() != null) {
			return trigger.getText();
		}
		List<String> metric = written(trigger, TRIGGER__METRIC);
		return (metric.isEmpty() ? "?" : metric.get(0)) + " " + trigger.getComparison() + " "
				+ (trigger.getThreshold() == null ? "?" : trigger.getThreshold().toPlainString());
	}

	private static String response(Response response) {
		return response.getAmount() + " " + response.getUnit();
	}

	/** Texts may span lines: compared and shown with their spacing as one line. */
	private static String text(String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		for (int i = 0; i < stripped.length(); i++) {
			char c = stripped.charAt(i);
			if (Character.isWhitespace(c) && (c != ' ' || i + 1 < stripped.length() && Character.isWhitespace(stripped.charAt(i + 1)))) {
				return SPACES.matcher(stripped).replaceAll(" ");
			}
		}
		return stripped;
	}
}
