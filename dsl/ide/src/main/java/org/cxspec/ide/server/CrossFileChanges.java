package org.cxspec.ide.server;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.cxspec.index.SpecIndexProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

import com.google.inject.Inject;

/**
 * Which spec files an edit can change the diagnostics of. Besides names (links), the rules look
 * across files only through each file's facts (delivered values, addressed expectations, busy
 * actors, tight behaviours, brands, declared names and their places), which the index keeps
 * with each file (see {@link SpecResourceDescription}). Removing {@code delivers Ease} in a
 * journey file re-validates the file that declares the value Ease, and no other; typing a
 * description, a guardrail or a comment re-validates the edited file only.
 */
public class CrossFileChanges extends DefaultResourceDescriptionManager implements IResourceDescription.Manager.AllChangeAware {

	@Inject
	private IndexedFacts indexed;

	/** The changes of the current build's deltas, worked out once for all candidate files. */
	private final Map<IResourceDescription.Delta, Set<String>> changesOfDelta = new IdentityHashMap<>();
	private Collection<IResourceDescription.Delta> changesComputedFor;
	private ModelBoundaries boundaries;
	private final Map<URI, URI> firstFiles = new java.util.HashMap<>();

	@Override
	protected IResourceDescription internalGetResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy) {
		return new SpecResourceDescription(resource, strategy, getCache());
	}

	@Override
	public synchronized boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		if (!isSpec(candidate.getURI())) {
			return false;
		}
		if (changesComputedFor != deltas) {
			changesOfDelta.clear();
			changesComputedFor = deltas;
			boundaries = null;
			firstFiles.clear();
		}
		Set<String> interest = null;
		for (IResourceDescription.Delta delta : deltas) {
			if (!isSpec(delta.getUri()) || !delta.haveEObjectDescriptionsChanged()) {
				continue;
			}
			if (delta.getOld() == null || delta.getNew() == null) {
				return true; // A file came or went: the model's first file may have changed too.
			}
			Set<String> changes = changesOfDelta.computeIfAbsent(delta, this::changes);
			if (changes.isEmpty()) {
				continue;
			}
			if (interest == null) {
				interest = interestOf(candidate, context);
			}
			if (overlap(changes, interest)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Looks the smaller set up in the larger: a pasted megabyte changes tens of thousands of keys,
	 * and every file of the model is a candidate, while each file's interest is a few hundred.
	 */
	private static boolean overlap(Set<String> one, Set<String> other) {
		Set<String> smaller = one.size() <= other.size() ? one : other;
		Set<String> larger = smaller == one ? other : one;
		for (String key : smaller) {
			if (larger.contains(key)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return isAffectedByAny(deltas, candidate, context);
	}

	private Set<String> changes(IResourceDescription.Delta delta) {
		return CrossFileKeys.changes(delta.getOld(), indexed.factsOf(delta.getOld()), delta.getNew(), indexed.factsOf(delta.getNew()));
	}

	private Set<String> interestOf(IResourceDescription candidate, IResourceDescriptions context) {
		Set<String> interest = new HashSet<>(CrossFileKeys.interestOf(candidate, indexed.factsOf(candidate), indexed.referencedNames(candidate)));
		if (candidate.getURI().equals(firstFile(candidate.getURI(), context))) {
			interest.add(CrossFileKeys.BRANDS);
		}
		return interest;
	}

	/** The first spec file by path of the candidate's model, where a missing brand is reported. */
	private URI firstFile(URI candidate, IResourceDescriptions context) {
		if (boundaries == null) {
			boundaries = ModelBoundaries.of(context.getAllResourceDescriptions(), indexed);
		}
		URI model = boundaries.modelOf(candidate);
		return firstFiles.computeIfAbsent(model, key -> {
			URI first = null;
			for (IResourceDescription description : context.getAllResourceDescriptions()) {
				URI uri = description.getURI();
				if (isSpec(uri) && boundaries.modelOf(uri).equals(model) && (first == null || uri.toString().compareTo(first.toString()) < 0)) {
					first = uri;
				}
			}
			return first;
		});
	}

	private static boolean isSpec(URI uri) {
		return SpecIndexProvider.FILE_EXTENSION.equals(uri.fileExtension());
	}
}
