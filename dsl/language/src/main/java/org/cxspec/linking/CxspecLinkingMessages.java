package org.cxspec.linking;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;

import com.google.inject.Inject;

/**
 * "No value named Fairnes: did you mean Fairness?" instead of "Couldn't resolve reference".
 * The closest names travel as issue data, for the editor's quick fix.
 */
public class CxspecLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Inject
	private IScopeProvider scopes;

	@Inject
	private ResourceDescriptionsProvider indexProvider;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass wanted = context.getReference().getEReferenceType();
		String kind = Kinds.of(wanted);
		String name = context.getLinkText();
		String otherKind = declaredAs(context, name);
		List<String> closest = closestNames(context, name);
		StringBuilder message = new StringBuilder("No " + kind + " is named " + name);
		if (otherKind != null) {
			message.append(": ").append(name).append(" is a ").append(otherKind).append(", not a ").append(kind);
		}
		if (!closest.isEmpty()) {
			message.append(otherKind == null ? ": did you mean " : "; did you mean ").append(String.join(" or ", closest)).append("?");
		} else if (otherKind == null) {
			message.append(": declare it, or correct the name.");
		} else {
			message.append(".");
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, Rule.UNRESOLVED_REFERENCE.id(), closest.toArray(String[]::new));
	}

	/** The kind of another element with exactly this name, if one exists. */
	private String declaredAs(ILinkingDiagnosticContext context, String name) {
		if (name == null || name.isEmpty()) {
			return null;
		}
		IResourceDescriptions index = indexProvider.getResourceDescriptions(context.getContext().eResource());
		Iterator<IEObjectDescription> found = index.getExportedObjects(EcorePackage.Literals.EOBJECT, QualifiedName.create(name), false).iterator();
		return found.hasNext() ? Kinds.of(found.next().getEClass()) : null;
	}

	private List<String> closestNames(ILinkingDiagnosticContext context, String name) {
		IScope scope = scopes.getScope(context.getContext(), context.getReference());
		List<String> candidates = new ArrayList<>();
		for (IEObjectDescription element : scope.getAllElements()) {
			candidates.add(element.getName().toString());
		}
		return Similarity.closest(name, candidates, 3);
	}
}
