package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.containers.StateBasedContainerManager;

import com.google.common.collect.Iterables;
import com.google.inject.Inject;

/**
 * In the language server, a spec file sees only the files of its own model (see
 * {@link ModelBoundaries}): names resolve, and the cross-file rules look, within one spec,
 * even when the editor opened a folder holding several.
 */
public class SpecFolderContainers extends StateBasedContainerManager {

	@Inject
	private IndexedFacts indexed;

	@Override
	public List<IContainer> getVisibleContainers(IResourceDescription description, IResourceDescriptions index) {
		List<IContainer> containers = super.getVisibleContainers(description, index);
		if (description == null) {
			return containers;
		}
		ModelBoundaries boundaries = ModelBoundaries.of(index.getAllResourceDescriptions(), indexed);
		URI model = boundaries.modelOf(description.getURI());
		// Asked for every file at every reference linking resolves: each file is judged once.
		Map<URI, Boolean> judged = new ConcurrentHashMap<>();
		Predicate<URI> inModel = uri -> judged.computeIfAbsent(uri, file -> !ModelBoundaries.isSpec(file) || boundaries.modelOf(file).equals(model));
		List<IContainer> bounded = new ArrayList<>(containers.size());
		for (IContainer container : containers) {
			bounded.add(new OneModel(container, inModel));
		}
		return bounded;
	}

	/** The files of a container that belong to one model. */
	private record OneModel(IContainer all, Predicate<URI> inModel) implements IContainer {

		@Override
		public Iterable<IResourceDescription> getResourceDescriptions() {
			return Iterables.filter(all.getResourceDescriptions(), description -> inModel.test(description.getURI()));
		}

		@Override
		public int getResourceDescriptionCount() {
			return Iterables.size(getResourceDescriptions());
		}

		@Override
		public boolean hasResourceDescription(URI uri) {
			return inModel.test(uri) && all.hasResourceDescription(uri);
		}

		@Override
		public IResourceDescription getResourceDescription(URI uri) {
			return inModel.test(uri) ? all.getResourceDescription(uri) : null;
		}

		@Override
		public boolean isEmpty() {
			return !getResourceDescriptions().iterator().hasNext();
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects() {
			return filter(all.getExportedObjects());
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjects(EClass type, QualifiedName name, boolean ignoreCase) {
			return filter(all.getExportedObjects(type, name, ignoreCase));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByType(EClass type) {
			return filter(all.getExportedObjectsByType(type));
		}

		@Override
		public Iterable<IEObjectDescription> getExportedObjectsByObject(EObject object) {
			return filter(all.getExportedObjectsByObject(object));
		}

		private Iterable<IEObjectDescription> filter(Iterable<IEObjectDescription> objects) {
			return Iterables.filter(objects, object -> inModel.test(object.getEObjectURI().trimFragment()));
		}
	}
}
