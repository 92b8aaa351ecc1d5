package org.cxspec.linking;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.model.Kinds;
import org.cxspec.rules.Rule;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

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

	@Inject
	private IResourceScopeCache cache;

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass wanted = context.getReference().getEReferenceType();
		String kind = Kinds.of(wanted);
		String name = context.getLinkText();
		String otherKind = declaredAs(context, name);
		List<String> closest = closestNames(context, name);
		StringBuilder message = new StringBuilder("No " + kind + " is named " + shown(name));
		if (otherKind != null) {
			message.append(": ").append(shown(name)).append(" is a ").append(otherKind).append(", not a ").append(kind);
		}
		if (!closest.isEmpty()) {
			message.append(otherKind == null ? ": did you mean " : "; did you mean ").append(String.join(" or ", closest.stream().map(CxspecLinkingMessages::shown).toList())).append("?");
		} else if (otherKind == null) {
			message.append(": declare it, or correct the name.");
		} else {
			message.append(".");
		}
		return new DiagnosticMessage(message.toString(), Severity.ERROR, Rule.UNRESOLVED_REFERENCE.id(), closest.toArray(String[]::new));
	}

	/** A name as a message shows it: a very long one by its start and length, to keep the line readable. */
	static String shown(String name) {
		return name == null || name.length() <= 80 ? name : name.substring(0, 40) + "... (" + name.length() + " characters)";
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
		return candidates(context).closest(name, 3);
	}

	/**
	 * The names a reference of this type could name, grouped for suggestions once per model
	 * index (the loader's, for the command line), or once per version of the file without one;
	 * never rebuilt per unresolved name, which made 8,000 of them quadratic. The sets of one
	 * model (or file) share one {@link Similarity.Budget}, so its suggestion work is capped.
	 */
	private Similarity candidates(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		Resource resource = context.getContext().eResource();
		ResourceDescriptionsData model = resource.getResourceSet() == null ? null
				: ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resource.getResourceSet());
		if (model != null) {
			return ModelCandidates.of(resource.getResourceSet()).forType(model, type);
		}
		Similarity.Budget budget = cache.get(Similarity.Budget.class, resource, Similarity.Budget::new);
		return cache.get(Tuples.pair(Similarity.class, type), resource, () -> {
			List<String> names = new ArrayList<>();
			for (IEObjectDescription element : scopes.getScope(context.getContext(), context.getReference()).getAllElements()) {
				names.add(element.getName().toString());
			}
			return new Similarity(names, budget);
		});
	}

	/** Suggestion candidates by type, for the model index they were read from. */
	private static final class ModelCandidates extends AdapterImpl {
		private ResourceDescriptionsData basis;
		private final Map<EClass, Similarity> byType = new HashMap<>();
		private Similarity.Budget budget = new Similarity.Budget();

		static ModelCandidates of(ResourceSet resourceSet) {
			synchronized (resourceSet) {
				Adapter existing = EcoreUtil.getAdapter(resourceSet.eAdapters(), ModelCandidates.class);
				if (existing != null) {
					return (ModelCandidates) existing;
				}
				ModelCandidates created = new ModelCandidates();
				resourceSet.eAdapters().add(created);
				return created;
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == ModelCandidates.class;
		}

		synchronized Similarity forType(ResourceDescriptionsData model, EClass type) {
			if (basis != model) {
				basis = model;
				byType.clear();
				budget = new Similarity.Budget();
			}
			return byType.computeIfAbsent(type, wanted -> {
				List<String> names = new ArrayList<>();
				for (IEObjectDescription element : model.getExportedObjectsByType(wanted)) {
					names.add(element.getName().toString());
				}
				return new Similarity(names, budget);
			});
		}
	}
}
