package org.cxspec.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.CxspecPackage;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Value;
import org.cxspec.ide.server.WorkspaceSpecIndexProvider;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * Quick fixes that add the statement a rule finds missing: a name to pick (an owner, the
 * value a differentiating moment delivers, who staffs a touchpoint), a word to choose (which
 * way a metric is better), or the statement's frame with an empty text to fill in (a promise,
 * a goal, a report back) where only the writer knows the words.
 */
public class MissingStatementFixes {

	private static final CxspecPackage SPEC = CxspecPackage.eINSTANCE;
	private static final List<String> COCREATION_TYPES = List.of("creation with others", "participation for others",
			"creation for self", "participation for self");

	@Inject
	private IScopeProvider scopes;

	@Inject
	private WorkspaceSpecIndexProvider workspace;

	/** Offers this rule's fixes for the element; false when the rule has none here. */
	boolean offer(Rule rule, EObject element, FixCollector fixes) {
		switch (rule) {
		case CLOSED_LOOP_WITHOUT_OWNER -> in(element, ClosedLoop.class, loop -> {
			for (String actor : names(loop, SPEC.getClosedLoop_Owners(), null)) {
				fixes.add("Make " + actor + " the owner", SpecFileText.of(loop).addStatement(loop, "owner " + actor), loop);
			}
		});
		case CLOSED_LOOP_WITHOUT_RESPONSE_TIME -> in(element, ClosedLoop.class,
				loop -> fixes.add("Respond within 24 hours", SpecFileText.of(loop).addStatement(loop, "respond within 24 hours"), loop));
		case CLOSED_LOOP_WITHOUT_TRIGGER -> in(element, ClosedLoop.class,
				loop -> fixes.add("Add a trigger: when \"...\"", SpecFileText.of(loop).addStatement(loop, "when \"\""), loop));
		case DIFFERENTIATING_WITHOUT_VALUE -> in(element, Touchpoint.class, touchpoint -> {
			for (String value : names(touchpoint, SPEC.getTouchpoint_Delivers(), null)) {
				fixes.add("Deliver value " + value + " here", addTo(touchpoint, SPEC.getTouchpoint_Delivers(), "delivers", value), touchpoint);
			}
		});
		case LOOSE_WITHOUT_STAFF -> in(element, Touchpoint.class, touchpoint -> {
			for (String actor : names(touchpoint, SPEC.getTouchpoint_StaffedBy(), null)) {
				fixes.add("Staffed by " + actor, addTo(touchpoint, SPEC.getTouchpoint_StaffedBy(), "staffed by", actor), touchpoint);
			}
		});
		case EXPECTATION_NOT_ADDRESSED -> in(element, Expectation.class, expectation -> {
			for (Touchpoint touchpoint : touchpoints(expectation)) {
				fixes.add("Address " + expectation.getName() + " at touchpoint " + touchpoint.getName(),
						addTo(touchpoint, SPEC.getTouchpoint_Addresses(), "addresses", expectation.getName()), touchpoint);
			}
		});
		case ROLE_WITHOUT_TOUCHPOINTS -> in(element, Actor.class, actor -> {
			for (Touchpoint touchpoint : touchpoints(actor)) {
				fixes.add("Staff touchpoint " + touchpoint.getName() + " with " + actor.getName(),
						addTo(touchpoint, SPEC.getTouchpoint_StaffedBy(), "staffed by", actor.getName()), touchpoint);
			}
		});
		case VALUE_DRIVES_NOTHING -> in(element, Value.class, value -> {
			for (String outcome : List.of("retention", "advocacy")) {
				fixes.add("Drives " + outcome, SpecFileText.of(value).insert(NodeModelUtils.getNode(value).getEndOffset(), " drives " + outcome), value);
			}
		});
		case METRIC_WITHOUT_DIRECTION -> in(element, Metric.class, metric -> {
			for (String direction : List.of("higher", "lower")) {
				fixes.add(capitalised(direction) + " is better",
						SpecFileText.of(metric).insert(NodeModelUtils.getNode(metric).getEndOffset(), " " + direction + " is better"), metric);
			}
		});
		case JOURNEY_WITHOUT_CUSTOMER -> in(element, Journey.class, journey -> {
			List<INode> description = NodeModelUtils.findNodesForFeature(journey, journey.eClass().getEStructuralFeature("description"));
			if (!description.isEmpty()) {
				for (String customer : names(journey, SPEC.getJourney_Customers(), null)) {
					fixes.add("For customer " + customer,
							SpecFileText.of(journey).insert(description.get(0).getEndOffset(), " for " + customer), journey);
				}
			}
		});
		case COCREATION_WITHOUT_TYPE -> in(element, CoCreation.class, programme -> {
			for (String type : COCREATION_TYPES) {
				fixes.add("Type: " + type, SpecFileText.of(programme).addStatement(programme, "type " + type), programme);
			}
		});
		case COCREATION_WITHOUT_CUSTOMERS -> in(element, CoCreation.class, programme -> {
			for (String customer : names(programme, SPEC.getCoCreation_Involves(), SPEC.getCustomer())) {
				fixes.add("Involve customer " + customer, addTo(programme, SPEC.getCoCreation_Involves(), "involves", customer), programme);
			}
		});
		case COCREATION_WITHOUT_STAFF -> in(element, CoCreation.class, programme -> {
			for (String actor : names(programme, SPEC.getCoCreation_Involves(), SPEC.getActor())) {
				fixes.add("Involve " + actor, addTo(programme, SPEC.getCoCreation_Involves(), "involves", actor), programme);
			}
		});
		case COCREATION_WITHOUT_GOAL -> frame(element, CoCreation.class, "goal \"\"", "Add a goal: goal \"...\"", fixes);
		case COCREATION_WITHOUT_RHYTHM -> frame(element, CoCreation.class, "rhythm community \"\" business \"\"",
				"Add a rhythm: rhythm community \"...\" business \"...\"", fixes);
		case COCREATION_WITHOUT_REPORT_BACK -> frame(element, CoCreation.class, "report back \"\"", "Add report back \"...\"", fixes);
		case MISSING_PROMISE -> frame(element, Brand.class, "promise \"\"", "Add a promise: promise \"...\"", fixes);
		case PROMISE_WITHOUT_DIFFERENTIATION -> frame(element, Brand.class, "differentiates from \"\"",
				"Add differentiates from \"...\"", fixes);
		default -> {
			return false;
		}
		}
		return true;
	}

	private static <T extends EObject> void frame(EObject element, Class<T> type, String statement, String title, FixCollector fixes) {
		in(element, type, container -> fixes.add(title, SpecFileText.of(container).addStatement(container, statement), container));
	}

	/** Appends a name to the element's list statement ({@code delivers A, B}), or adds the statement. */
	private static TextEdit addTo(EObject element, EReference list, String keyword, String name) {
		SpecFileText file = SpecFileText.of(element);
		List<INode> written = NodeModelUtils.findNodesForFeature(element, list);
		if (written.isEmpty()) {
			return file.addStatement(element, keyword + " " + name);
		}
		return file.insert(written.get(written.size() - 1).getEndOffset(), ", " + name);
	}

	/** The names a reference of this element could point at, as completion offers them; of one type if given. */
	private List<String> names(EObject context, EReference reference, EClass type) {
		List<String> names = new ArrayList<>();
		for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
			if (type == null || type.isSuperTypeOf(candidate.getEClass())) {
				names.add(candidate.getName().toString());
			}
		}
		return names;
	}

	private List<Touchpoint> touchpoints(EObject element) {
		List<Touchpoint> touchpoints = new ArrayList<>();
		for (Resource spec : workspace.loadWorkspaceSpecs(element.eResource())) {
			if (!spec.getContents().isEmpty()) {
				touchpoints.addAll(EcoreUtil2.eAllOfType(spec.getContents().get(0), Touchpoint.class));
			}
		}
		return touchpoints;
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static <T extends EObject> void in(EObject element, Class<T> type, java.util.function.Consumer<T> fix) {
		T container = type.isInstance(element) ? type.cast(element) : EcoreUtil2.getContainerOfType(element, type);
		if (container != null) {
			fix.accept(container);
		}
	}
}
