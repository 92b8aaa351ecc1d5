package org.cxspec.index;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Gives the rules the {@link SpecIndex} of the model an element belongs to: all cxspec files
 * in its resource set. Each file's facts are cached until that file changes; the merged index
 * is rebuilt only when some file's facts did, so validating n files costs O(n), not O(n²).
 */
@Singleton
public class SpecIndexProvider {

	public static final String FILE_EXTENSION = "cxspec";

	@Inject
	private IResourceScopeCache cache;

	public SpecIndex indexOf(EObject element) {
		Resource resource = element.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return new SpecIndex(resource == null ? List.of() : List.of(factsOf(resource)));
		}
		MergedIndex merged = MergedIndex.of(resourceSet);
		SpecIndex unchanged = merged.whileUnchanged();
		return unchanged != null ? unchanged : merged.current(modelFacts(resource));
	}

	/**
	 * Runs {@code work} (validating every file of a model loaded in {@code resourceSet}) knowing
	 * that no file changes meanwhile, so the merged index is checked against the files once,
	 * not once per file: for 20,000 files, that check was the quadratic part.
	 */
	public <T> T whileUnchanged(ResourceSet resourceSet, Supplier<T> work) {
		MergedIndex merged = MergedIndex.of(resourceSet);
		merged.setUnchanged(true);
		try {
			return work.get();
		} finally {
			merged.setUnchanged(false);
		}
	}

	/**
	 * The facts of every file of the model the resource belongs to, by path: here, of every
	 * spec loaded in its resource set (the CLI and the build load the whole model together).
	 */
	protected List<FileFacts> modelFacts(Resource resource) {
		return resource.getResourceSet().getResources().stream()
				.filter(SpecIndexProvider::isSpec)
				.sorted(Comparator.comparing(r -> r.getURI().toString()))
				.map(this::factsOf)
				.toList();
	}

	public FileFacts factsOf(Resource resource) {
		return cache.get(FileFacts.class, resource, () -> FileFacts.of(resource));
	}

	public static boolean isSpec(Resource resource) {
		return FILE_EXTENSION.equals(resource.getURI().fileExtension());
	}

	/** The merged index remembered on the resource set, with the file facts it was built from. */
	private static final class MergedIndex extends AdapterImpl {
		private List<FileFacts> basis = List.of();
		private SpecIndex index;
		private boolean unchanged;
		private boolean checkedSinceUnchanged;

		synchronized void setUnchanged(boolean unchanged) {
			this.unchanged = unchanged;
			this.checkedSinceUnchanged = false;
		}

		/** The index, if the files cannot have changed since it was last checked against them. */
		synchronized SpecIndex whileUnchanged() {
			return unchanged && checkedSinceUnchanged ? index : null;
		}

		static MergedIndex of(ResourceSet resourceSet) {
			synchronized (resourceSet) {
				for (Object adapter : resourceSet.eAdapters()) {
					if (adapter instanceof MergedIndex merged) {
						return merged;
					}
				}
				MergedIndex merged = new MergedIndex();
				resourceSet.eAdapters().add(merged);
				return merged;
			}
		}

		synchronized SpecIndex current(List<FileFacts> facts) {
			if (index == null || !sameObjects(basis, facts)) {
				index = new SpecIndex(facts);
				basis = facts;
			}
			checkedSinceUnchanged = unchanged;
			return index;
		}

		private static boolean sameObjects(List<FileFacts> a, List<FileFacts> b) {
			if (a.size() != b.size()) {
				return false;
			}
			for (int i = 0; i < a.size(); i++) {
				if (a.get(i) != b.get(i)) {
					return false;
				}
			}
			return true;
		}
	}
}
