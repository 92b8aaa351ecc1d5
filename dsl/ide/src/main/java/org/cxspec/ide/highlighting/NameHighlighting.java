package org.cxspec.ide.highlighting;

import org.cxspec.cxspec.Actor;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.CxspecPackage;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Participant;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.cxspec.Value;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Colours every name by what it names, where it is declared and wherever it is used, so a
 * reader sees at a glance that {@code Ease} is a value and {@code Agent} a role. Styles are
 * LSP semantic token types (and the {@code declaration} modifier).
 */
public class NameHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (cancel.isCanceled()) {
				return;
			}
			if (node.getGrammarElement() instanceof CrossReference reference && node.getLength() > 0) {
				EReference feature = GrammarUtil.getReference(reference);
				if (feature != null) {
					acceptor.addPosition(node.getOffset(), node.getLength(), tokenType(feature.getEReferenceType()));
				}
			} else if (node.getGrammarElement() instanceof RuleCall call && "ID".equals(call.getRule().getName())
					&& isNameAssignment(call) && node.getSemanticElement() != null) {
				acceptor.addPosition(node.getOffset(), node.getLength(), tokenType(node.getSemanticElement().eClass()), "declaration");
			}
		}
	}

	private static boolean isNameAssignment(RuleCall call) {
		return call.eContainer() instanceof org.eclipse.xtext.Assignment assignment && "name".equals(assignment.getFeature());
	}

	static String tokenType(EClass type) {
		Class<?> api = type.getInstanceClass();
		if (api == Value.class) return "enumMember";
		if (api == Metric.class) return "property";
		if (api == Customer.class || api == Expectation.class || api == Participant.class) return "interface";
		if (Actor.class.isAssignableFrom(api)) return "class";
		if (api == Journey.class || api == Stage.class) return "namespace";
		if (api == Touchpoint.class) return "function";
		if (api == CoCreation.class || api == ClosedLoop.class) return "event";
		return CxspecPackage.Literals.BRAND == type ? "type" : "variable";
	}
}
