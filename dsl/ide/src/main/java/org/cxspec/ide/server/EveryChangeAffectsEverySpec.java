package org.cxspec.ide.server;

import java.util.Collection;

import org.cxspec.index.SpecIndexProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Any edit of a spec file can change another file's diagnostics, even when no name changes:
 * removing {@code delivers Ease} in a journey file makes the value Ease in the brand file
 * undelivered. So every spec file is affected by every change of any spec file, and the
 * builder re-validates them all, with all of them loaded (which the cross-file index needs).
 */
public class EveryChangeAffectsEverySpec extends DefaultResourceDescriptionManager
		implements IResourceDescription.Manager.AllChangeAware {

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return deltas.stream().anyMatch(EveryChangeAffectsEverySpec::concernsASpec);
	}

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return isAffectedByAny(deltas, candidate, context);
	}

	private static boolean concernsASpec(IResourceDescription.Delta delta) {
		return SpecIndexProvider.FILE_EXTENSION.equals(delta.getUri().fileExtension());
	}
}
