package org.cxspec.linking;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * A spec file. When a reference resolves, Xtext drops its old "not found" error by composing
 * that error's message again and comparing; ours looks for the closest names (see
 * {@link CxspecLinkingMessages}), so in a file with any error every resolved reference would
 * search all names of the model. The error is found by its place in the text instead.
 */
public class SpecResource extends LazyLinkingResource {

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		removeLinkingError(getErrors(), triple.getThird());
		removeLinkingError(getWarnings(), triple.getThird());
	}

	private static void removeLinkingError(List<Diagnostic> diagnostics, INode node) {
		if (!diagnostics.isEmpty()) {
			diagnostics.removeIf(diagnostic -> diagnostic instanceof XtextLinkingDiagnostic linking
					&& linking.getOffset() == node.getOffset() && linking.getLength() == node.getLength());
		}
	}
}
