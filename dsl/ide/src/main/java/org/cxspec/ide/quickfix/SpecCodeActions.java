package org.cxspec.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.CxspecPackage;
import org.cxspec.cxspec.Loose;
import org.cxspec.cxspec.Response;
import org.cxspec.cxspec.Tight;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Value;
import org.cxspec.ide.server.WorkspaceSpecIndexProvider;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * One-click fixes for the consistency rules. Each fix is a text edit laid out as the formatter
 * would; a fix that needs a choice (which value, which touchpoint) is offered once per choice.
 * Fixes may edit another file: a value declared in the brand file is delivered by a
 * touchpoint in a journey file.
 */
public class SpecCodeActions implements ICodeActionService2 {

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private IScopeProvider scopes;

	@Inject
	private WorkspaceSpecIndexProvider workspace;

	@Inject
	private MissingStatementFixes missingStatements;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> actions(options, (XtextResource) context.getResource(), context.getDocument()));
	}

	private List<Either<Command, CodeAction>> actions(Options options, XtextResource resource, Document document) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			if (diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
				continue;
			}
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			EObject element = elements.resolveContainedElementAt(resource, offset);
			if (element == null) {
				continue;
			}
			FixCollector fixes = new FixCollector(diagnostic, actions);
			Rule.byId(diagnostic.getCode().getLeft()).ifPresent(rule -> offer(rule, element, fixes, document, offset));
		}
		return actions;
	}

	private void offer(Rule rule, EObject element, FixCollector fixes, Document document, int offset) {
		if (missingStatements.offer(rule, element, fixes)) {
			return;
		}
		switch (rule) {
		case LOOSE_WITHOUT_GUARDRAIL -> ifIn(element, Loose.class, loose -> fixes.add("Add a guardrail: within \"...\"",
				SpecFileText.of(loose).addContinuation(loose, "within \"\""), loose));
		case TIGHT_WITHOUT_VALUE -> ifIn(element, Tight.class, tight -> {
			for (String value : names(tight, CxspecPackage.Literals.TIGHT__PROTECTS)) {
				fixes.add("Protect value " + value + " with this standard",
						SpecFileText.of(tight).insert(NodeModelUtils.getNode(tight).getEndOffset(), " for " + value), tight);
			}
		});
		case MOMENT_UNMEASURED -> ifIn(element, Touchpoint.class, touchpoint -> {
			for (String metric : names(touchpoint, CxspecPackage.Literals.TOUCHPOINT__MEASURED_BY)) {
				fixes.add("Measure by metric " + metric, SpecFileText.of(touchpoint).addStatement(touchpoint, "measured by " + metric), touchpoint);
			}
		});
		case VALUE_NOT_DELIVERED -> ifIn(element, Value.class, value -> {
			for (Resource spec : workspace.loadWorkspaceSpecs(value.eResource())) {
				for (Touchpoint touchpoint : EcoreUtil2.eAllOfType(spec.getContents().get(0), Touchpoint.class)) {
					fixes.add("Deliver " + value.getName() + " at touchpoint " + touchpoint.getName(), deliver(touchpoint, value.getName()), touchpoint);
				}
			}
		});
		case COCREATION_WITHOUT_OWNER -> ifIn(element, CoCreation.class, programme -> {
			for (String actor : names(programme, CxspecPackage.Literals.CO_CREATION__OWNERS)) {
				fixes.add("Make " + actor + " the owner", SpecFileText.of(programme).addStatement(programme, "owner " + actor), programme);
			}
		});
		case SLOW_CLOSED_LOOP -> ifIn(element, ClosedLoop.class, loop -> {
			if (!loop.getResponses().isEmpty()) {
				Response first = loop.getResponses().get(0);
				fixes.add("Respond within 24 hours", SpecFileText.of(loop).replaceElement(first, List.of("respond within 24 hours")), loop);
			}
		});
		case UNRESOLVED_REFERENCE -> {
			int length = document.getOffSet(fixes.diagnostic.getRange().getEnd()) - offset;
			for (String name : DiagnosticData.strings(fixes.diagnostic.getData())) {
				fixes.add("Change to " + name, SpecFileText.of(element).replace(offset, length, name), element);
			}
		}
		case SCRIPTED_TOUCHPOINT -> ifIn(element, Touchpoint.class, touchpoint -> {
			for (Tight tight : touchpoint.getTights()) {
				fixes.add("Leave " + shorten(tight.getText()) + " to staff judgement (loose, with a guardrail to fill in)",
						SpecFileText.of(tight).replaceElement(tight, List.of("loose " + writtenText(tight), "within \"\"")), tight);
			}
		});
		default -> {
		}
		}
	}

	private static TextEdit deliver(Touchpoint touchpoint, String value) {
		SpecFileText file = SpecFileText.of(touchpoint);
		List<INode> delivered = NodeModelUtils.findNodesForFeature(touchpoint, CxspecPackage.Literals.TOUCHPOINT__DELIVERS);
		if (delivered.isEmpty()) {
			return file.addStatement(touchpoint, "delivers " + value);
		}
		return file.insert(delivered.get(delivered.size() - 1).getEndOffset(), ", " + value);
	}

	/** The names a reference of this element could point at, as completion would offer them. */
	private List<String> names(EObject context, EReference reference) {
		List<String> names = new ArrayList<>();
		for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
			names.add(candidate.getName().toString());
		}
		return names;
	}

	private static String writtenText(Tight tight) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(tight, CxspecPackage.Literals.TIGHT__TEXT);
		return nodes.isEmpty() ? "\"\"" : NodeModelUtils.getTokenText(nodes.get(0));
	}

	private static String shorten(String text) {
		String plain = text == null ? "" : text.strip();
		return "\"" + (plain.length() > 50 ? plain.substring(0, 47) + "..." : plain) + "\"";
	}

	private static <T extends EObject> void ifIn(EObject element, Class<T> type, java.util.function.Consumer<T> fix) {
		T container = EcoreUtil2.getContainerOfType(element, type);
		if (container != null) {
			fix.accept(container);
		}
	}
}
