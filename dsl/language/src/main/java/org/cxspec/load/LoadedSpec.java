package org.cxspec.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxspec.cxspec.Model;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** All files of one spec, loaded into one resource set so that names resolve across them. */
public record LoadedSpec(XtextResourceSet resourceSet, List<Resource> resources, Map<Resource, Path> files) {

	public Path fileOf(Resource resource) {
		return files.get(resource);
	}

	/** The parsed files, in the order they were given. */
	public List<Model> models() {
		return resources.stream()
				.flatMap(resource -> resource.getContents().stream())
				.filter(Model.class::isInstance)
				.map(Model.class::cast)
				.toList();
	}
}
