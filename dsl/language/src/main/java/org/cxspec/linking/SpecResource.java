package org.cxspec.linking;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Triple;

/**
 * A spec file. When a reference resolves, Xtext drops its old "not found" error by composing
 * that error's message again and comparing; ours looks for the closest names (see
 * {@link CxspecLinkingMessages}), so in a file with any error every resolved reference would
 * search all names of the model. The error is found by its place in the text instead.
 * <p>
 * Xtext adds a "not found" error only if the list does not hold an equal one yet, by scanning
 * the list: 8,000 unresolved names made that quadratic. The errors already added are also kept
 * in a set per list, rebuilt from the list whenever the list may have changed behind it.
 */
public class SpecResource extends LazyLinkingResource {

	/** The diagnostics of each list, as a set; trusted only while the list has the size it had. */
	private final Map<List<Diagnostic>, Set<Diagnostic>> added = new IdentityHashMap<>();
	private final Map<List<Diagnostic>, Integer> sizes = new IdentityHashMap<>();

	@Override
	protected void createAndAddDiagnostic(Triple<EObject, EReference, INode> triple) {
		if (isValidationDisabled()) {
			return;
		}
		DiagnosticMessage message = createDiagnosticMessage(triple);
		if (message != null) {
			List<Diagnostic> list = getDiagnosticList(message);
			Set<Diagnostic> known = added.get(list);
			if (known == null || sizes.get(list) != list.size()) {
				known = new HashSet<>(list);
				added.put(list, known);
			}
			Diagnostic diagnostic = createDiagnostic(triple, message);
			if (known.add(diagnostic)) {
				list.add(diagnostic);
			}
			sizes.put(list, list.size());
		}
	}

	@Override
	protected void clearErrorsAndWarnings() {
		super.clearErrorsAndWarnings();
		forgetAdded();
	}

	@Override
	protected void clearInternalState() {
		super.clearInternalState();
		forgetAdded();
	}

	private void forgetAdded() {
		added.clear();
		sizes.clear();
	}

	@Override
	protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
		removeLinkingError(getErrors(), triple.getThird());
		removeLinkingError(getWarnings(), triple.getThird());
	}

	private void removeLinkingError(List<Diagnostic> diagnostics, INode node) {
		if (!diagnostics.isEmpty()) {
			Set<Diagnostic> known = added.get(diagnostics);
			diagnostics.removeIf(diagnostic -> {
				boolean here = diagnostic instanceof XtextLinkingDiagnostic linking
						&& linking.getOffset() == node.getOffset() && linking.getLength() == node.getLength();
				if (here && known != null) {
					known.remove(diagnostic);
				}
				return here;
			});
			if (known != null) {
				sizes.put(diagnostics, diagnostics.size());
			}
		}
	}
}
