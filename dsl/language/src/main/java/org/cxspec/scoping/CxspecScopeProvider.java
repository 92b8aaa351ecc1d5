package org.cxspec.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SelectableBasedScope;

import com.google.inject.Inject;

/**
 * Every name in a spec is global (there are no imports or namespaces), so a reference sees the
 * elements of its own file first, then those of every other file of the model: two map
 * look-ups, whatever the number of files. The model's index is the one its loader (the CLI,
 * or the language server for a workspace folder) installed on the resource set; without one,
 * Xtext's container-based global scope is used.
 */
public class CxspecScopeProvider extends AbstractCxspecScopeProvider {

	@Inject
	private IGlobalScopeProvider globalScopes;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		ResourceDescriptionsData model = resource.getResourceSet() == null ? null
				: ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resource.getResourceSet());
		IScope global = model != null
				? SelectableBasedScope.createScope(IScope.NULLSCOPE, model, reference.getEReferenceType(), false)
				: globalScopes.getScope(resource, reference, null);
		IResourceDescription local = descriptions.getResourceDescription(resource);
		return SelectableBasedScope.createScope(global, local, reference.getEReferenceType(), false);
	}
}
