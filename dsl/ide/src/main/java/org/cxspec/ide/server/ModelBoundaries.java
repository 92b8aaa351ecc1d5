package org.cxspec.ide.server;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cxspec.index.SpecIndexProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * Which spec files form one model when an editor opens a folder holding several specs (this
 * repository's root holds three examples, each with its own brand). A folder holding a file
 * that declares a {@code brand} is one spec, together with every file below it down to the next
 * such folder: the same models {@code cxspec validate --each examples} checks. Files above
 * every brand folder form one model together, as with {@code cxspec validate FOLDER}, so a
 * workspace of one spec (with or without a brand yet) is one model as before.
 */
public final class ModelBoundaries {

	/** The model of files that lie in no brand folder. */
	static final URI OUTSIDE_BRAND_FOLDERS = URI.createURI("cxspec:outside-brand-folders");

	private final Set<URI> brandFolders;
	/** modelOf by file: linking asks it for every file of the workspace at every reference it resolves. */
	private final Map<URI, URI> models = new ConcurrentHashMap<>();

	private ModelBoundaries(Set<URI> brandFolders) {
		this.brandFolders = brandFolders;
	}

	/**
	 * The boundaries as the index knows them now: which files declare a brand. Read from each
	 * file's indexed facts, decoded once per version of the file: this runs for every scope.
	 */
	public static ModelBoundaries of(Iterable<IResourceDescription> specs, IndexedFacts indexed) {
		Set<URI> folders = new HashSet<>();
		for (IResourceDescription description : specs) {
			if (isSpec(description.getURI()) && !indexed.factsOf(description).brands().isEmpty()) {
				folders.add(description.getURI().trimSegments(1));
			}
		}
		return new ModelBoundaries(folders);
	}

	/** The folder whose spec this file belongs to, or {@link #OUTSIDE_BRAND_FOLDERS}. */
	public URI modelOf(URI file) {
		if (brandFolders.isEmpty()) {
			return OUTSIDE_BRAND_FOLDERS;
		}
		return models.computeIfAbsent(file, this::folderOf);
	}

	private URI folderOf(URI file) {
		for (URI folder = file.trimSegments(1); folder.segmentCount() > 0; folder = folder.trimSegments(1)) {
			if (brandFolders.contains(folder)) {
				return folder;
			}
		}
		return OUTSIDE_BRAND_FOLDERS;
	}

	public boolean sameModel(URI one, URI other) {
		return modelOf(one).equals(modelOf(other));
	}

	static boolean isSpec(URI uri) {
		return SpecIndexProvider.FILE_EXTENSION.equals(uri.fileExtension());
	}
}
