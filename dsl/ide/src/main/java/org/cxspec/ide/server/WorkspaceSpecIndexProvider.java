package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.index.SpecIndex;
import org.cxspec.index.SpecIndexProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * In the editor, a resource set holds only the files the server happened to load; the rules
 * must see the whole spec. Before the index is built, every spec file of the element's
 * workspace folder (from the server's index) is loaded into the resource set. The builder has
 * them all loaded already, so this costs nothing there; hover and quick fixes load them once.
 */
@Singleton
public class WorkspaceSpecIndexProvider extends SpecIndexProvider {

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Override
	public SpecIndex indexOf(EObject element) {
		Resource resource = element.eResource();
		if (resource != null && resource.getResourceSet() != null) {
			loadWorkspaceSpecs(resource);
		}
		return super.indexOf(element);
	}

	/** Every spec file visible from this one (its workspace folder), loaded into its resource set. */
	public List<Resource> loadWorkspaceSpecs(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
		IResourceDescription own = index.getResourceDescription(resource.getURI());
		if (own == null) {
			own = descriptions.getResourceDescription(resource);
		}
		List<Resource> specs = new ArrayList<>();
		for (IContainer container : containers.getVisibleContainers(own, index)) {
			for (IResourceDescription description : container.getResourceDescriptions()) {
				URI uri = description.getURI();
				if (FILE_EXTENSION.equals(uri.fileExtension())) {
					Resource spec = resourceSet.getResource(uri, false);
					specs.add(spec != null ? spec : resourceSet.getResource(uri, true));
				}
			}
		}
		return specs;
	}
}
