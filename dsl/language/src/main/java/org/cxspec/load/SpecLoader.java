package org.cxspec.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.parser.TokenBudgetParser;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.LazyStringInputStream;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads spec files into one resource set and indexes their names once, so that linking looks
 * names up in a map rather than in every file (linear in the size of the spec).
 */
public class SpecLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceDescription.Manager descriptions;

	/** Loads the spec files found under {@code paths} (files or folders). */
	public LoadedSpec loadPaths(List<Path> paths) throws BadInputException {
		return load(SpecFiles.collect(paths));
	}

	public LoadedSpec load(List<Path> files) throws BadInputException {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (Path file : files) {
			texts.put(file.toAbsolutePath().normalize(), SpecText.read(file));
		}
		LoadedSpec loaded = loadTexts(texts);
		for (Resource resource : loaded.resources()) {
			if (((XtextResource) resource).getParseResult() instanceof TokenBudgetParser.Refused refused) {
				throw new BadInputException(Locations.display(loaded.fileOf(resource)) + ":" + refused.located());
			}
		}
		return loaded;
	}

	/** Loads texts as if they were the given files; for tests, benchmarks and editors. */
	public LoadedSpec loadTexts(Map<Path, String> texts) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, "UTF-8");
		List<Resource> resources = new ArrayList<>();
		Map<Resource, Path> files = new LinkedHashMap<>();
		texts.forEach((file, text) -> {
			Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
			try {
				String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
				resource.load(new LazyStringInputStream(withoutMark, "UTF-8"), resourceSet.getLoadOptions());
			} catch (IOException cannotHappenInMemory) {
				throw new IllegalStateException(cannotHappenInMemory);
			}
			resources.add(resource);
			files.put(resource, file);
		});
		ResourceDescriptionsData index = new ResourceDescriptionsData(
				resources.stream().map(descriptions::getResourceDescription).toList());
		ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		return new LoadedSpec(resourceSet, List.copyOf(resources), files);
	}
}
