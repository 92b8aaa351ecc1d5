package org.cxspec.linking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.cxspec.resource.Fragments;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.CancelIndicator;
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
 * <p>
 * Xtext walks the whole model to resolve every link up to four times per build of a file: the
 * builder does, then each of the index entry's references, its imported names and the
 * validator again. The language server's builder says when its walk has just been done (see
 * {@link #withLinksResolved}), and the walks asked for meanwhile are skipped; nothing they
 * could find has changed. Unloading (each edit unloads the file's old model) writes every
 * element's fragment in one pass (see {@link Fragments}) and lets no content adapter walk the
 * model to take itself off every element, as EMF clears every element's adapters right after.
 */
public class SpecResource extends LazyLinkingResource {

	/** The diagnostics of each list, as a set; trusted only while the list has the size it had. */
	private final Map<List<Diagnostic>, Set<Diagnostic>> added = new IdentityHashMap<>();
	private final Map<List<Diagnostic>, Integer> sizes = new IdentityHashMap<>();

	/**
	 * The node of every link the linker put in, in the order of the text, or null if this
	 * resource does not keep them: Xtext keeps one entry per link (for proxies that are indexes
	 * into that list, its default) until the file is linked again.
	 */
	public List<INode> linkNodes() {
		if (!getEncoder().isUseIndexFragment(this)) {
			return null;
		}
		List<INode> nodes = new ArrayList<>(getLazyProxyInformation().size());
		for (Triple<EObject, EReference, INode> link : getLazyProxyInformation()) {
			if (link != null) {
				nodes.add(link.getThird());
			}
		}
		return nodes;
	}

	/** True while the caller of {@link #withLinksResolved} vouches that every link was just resolved. */
	private boolean linksResolved;

	/**
	 * Runs {@code work}, for which every link of this file has just been resolved (failed ones
	 * included: they would fail again, as neither the file nor what it can see changed since),
	 * without walking the model to resolve them again.
	 */
	public <T> T withLinksResolved(Supplier<T> work) {
		boolean before = linksResolved;
		linksResolved = true;
		try {
			return work.get();
		} finally {
			linksResolved = before;
		}
	}

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (!linksResolved) {
			super.resolveLazyCrossReferences(monitor);
		}
	}

	/** Each element's fragment while the file is unloaded, for the proxy it becomes. */
	private Map<EObject, String> unloading;

	@Override
	protected void doUnload() {
		unloading = Fragments.of(getContents());
		// Xtext's cache is a content adapter: told of each removed element, it walked the whole
		// model to take itself off, and EMF then clears every element's adapters anyway. The
		// resource still says it was unloaded (ResourceImpl.unload, after this), clearing the cache.
		boolean deliver = eDeliver();
		eSetDeliver(false);
		try {
			super.doUnload();
		} finally {
			eSetDeliver(deliver);
			unloading = null;
		}
	}

	@Override
	public String getURIFragment(EObject object) {
		String fragment = unloading == null ? null : unloading.get(object);
		return fragment != null ? fragment : super.getURIFragment(object);
	}

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
