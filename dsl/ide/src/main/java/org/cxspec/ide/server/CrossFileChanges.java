package org.cxspec.ide.server;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

import org.cxspec.ide.contentassist.SpecDescriptionStrategy;
import org.cxspec.index.SpecIndexProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Which spec files an edit can change the diagnostics of. Besides names (linking), the rules
 * look across files only through each file's facts (delivered values, addressed expectations,
 * busy actors, tight and loose behaviours, declared names and their lines): removing
 * {@code delivers Ease} in a journey file makes the value Ease in the brand file undelivered.
 * A digest of those facts travels with the file's exported names (see SpecDescriptionStrategy),
 * so a change of names or facts shows as a changed description, and then every spec file is
 * re-validated, with all of them loaded, as the cross-file index needs. An edit that changes
 * neither (typing a description, a guardrail, a comment) re-validates the edited file only.
 */
public class CrossFileChanges extends DefaultResourceDescriptionManager implements IResourceDescription.Manager.AllChangeAware {

	@Override
	public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return deltas.stream().anyMatch(CrossFileChanges::concernsOtherFiles);
	}

	/** Names, kinds or facts changed; a changed description (kept in the index for completion) alone does not count. */
	private static boolean concernsOtherFiles(IResourceDescription.Delta delta) {
		if (!SpecIndexProvider.FILE_EXTENSION.equals(delta.getUri().fileExtension()) || !delta.haveEObjectDescriptionsChanged()) {
			return false;
		}
		if (delta.getOld() == null || delta.getNew() == null) {
			return true;
		}
		Iterator<IEObjectDescription> before = delta.getOld().getExportedObjects().iterator();
		Iterator<IEObjectDescription> after = delta.getNew().getExportedObjects().iterator();
		while (before.hasNext() && after.hasNext()) {
			IEObjectDescription was = before.next();
			IEObjectDescription is = after.next();
			if (!was.getName().equals(is.getName()) || was.getEClass() != is.getEClass()
					|| !Objects.equals(was.getUserData(SpecDescriptionStrategy.FACTS), is.getUserData(SpecDescriptionStrategy.FACTS))) {
				return true;
			}
		}
		return before.hasNext() || after.hasNext();
	}

	@Override
	public boolean isAffected(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
			IResourceDescriptions context) {
		return isAffectedByAny(deltas, candidate, context);
	}
}
