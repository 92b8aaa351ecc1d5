package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.cxspec.index.FileFacts;
import org.cxspec.index.SpecIndexProvider;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * In the editor, a resource set holds only the files the server happened to load; the rules
 * must see the whole spec. They read every file of the element's workspace folder from the
 * server's index, which keeps each file's facts (see {@link SpecResourceDescription}), so
 * validating one file loads no other. Hover and quick fixes, which show other files' elements,
 * load them with {@link #loadWorkspaceSpecs}.
 */
@Singleton
public class WorkspaceSpecIndexProvider extends SpecIndexProvider {

	@Inject
	private ResourceDescriptionsProvider descriptionsProvider;

	@Inject
	private IContainer.Manager containers;

	@Inject
	private IResourceDescription.Manager descriptions;

	@Inject
	private IndexedFacts indexed;

	@Override
	protected List<FileFacts> modelFacts(Resource resource) {
		if (ProjectDescription.findInEmfObject(resource.getResourceSet()) == null) {
			return super.modelFacts(resource); // Not a workspace folder of the server: the whole model is loaded.
		}
		List<FileFacts> facts = new ArrayList<>();
		boolean ownIndexed = false;
		for (IResourceDescription description : workspaceSpecs(resource)) {
			facts.add(indexed.factsOf(description));
			ownIndexed |= description.getURI().equals(resource.getURI());
		}
		if (!ownIndexed) {
			facts.add(factsOf(resource)); // Not (yet) in the index: a file outside the workspace folder.
		}
		facts.sort(Comparator.comparing(file -> file.start().file().toString()));
		return facts;
	}

	/** Every spec file visible from this one (its workspace folder), loaded into its resource set. */
	public List<Resource> loadWorkspaceSpecs(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		List<Resource> specs = new ArrayList<>();
		for (IResourceDescription description : workspaceSpecs(resource)) {
			Resource spec = resourceSet.getResource(description.getURI(), false);
			specs.add(spec != null ? spec : resourceSet.getResource(description.getURI(), true));
		}
		return specs;
	}

	/** Every name declared in this file's spec (its model), from the index. */
	public List<IEObjectDescription> declaredIn(Resource resource) {
		List<IEObjectDescription> declared = new ArrayList<>();
		for (IResourceDescription description : workspaceSpecs(resource)) {
			description.getExportedObjects().forEach(declared::add);
		}
		return declared;
	}

	/** The index entries of the spec files of this one's workspace folder. */
	private List<IResourceDescription> workspaceSpecs(Resource resource) {
		IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
		IResourceDescription own = index.getResourceDescription(resource.getURI());
		if (own == null) {
			own = descriptions.getResourceDescription(resource);
		}
		List<IResourceDescription> specs = new ArrayList<>();
		for (IContainer container : containers.getVisibleContainers(own, index)) {
			for (IResourceDescription description : container.getResourceDescriptions()) {
				if (FILE_EXTENSION.equals(description.getURI().fileExtension())) {
					specs.add(description);
				}
			}
		}
		return specs;
	}
}
