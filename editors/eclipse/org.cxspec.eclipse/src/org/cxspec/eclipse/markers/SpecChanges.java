package org.cxspec.eclipse.markers;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cxspec.eclipse.server.EditorConnection;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;

/**
 * Which workspace changes call for a new check: a project imported or opened, a spec or a
 * cxspec.yaml added, changed or removed. Marker changes (our own) are not changes.
 */
public final class SpecChanges implements IResourceChangeListener {

	static final String CONFIG = "cxspec.yaml";
	private static SpecChanges listening;

	/** Starts watching the workspace (once) and checks every project that is open now. */
	public static synchronized void start() {
		if (listening == null) {
			listening = new SpecChanges();
			ResourcesPlugin.getWorkspace().addResourceChangeListener(listening, IResourceChangeEvent.POST_CHANGE);
			ProjectChecks.scheduleAll();
		}
	}

	static boolean isSpec(IResource resource) {
		return resource.getType() == IResource.FILE && "cxspec".equals(resource.getFileExtension());
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		Set<IProject> changed = new LinkedHashSet<>();
		Set<String> configurations = new LinkedHashSet<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource.getType() == IResource.PROJECT) {
					boolean arrived = delta.getKind() == IResourceDelta.ADDED || (delta.getFlags() & IResourceDelta.OPEN) != 0;
					if (arrived && resource.isAccessible()) {
						changed.add((IProject) resource);
					}
				} else if (resource.getType() == IResource.FILE && (isSpec(resource) || CONFIG.equals(resource.getName()))
						&& (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
					changed.add(resource.getProject());
					if (CONFIG.equals(resource.getName()) && resource.getLocationURI() != null) {
						configurations.add(resource.getLocationURI().toString());
					}
				}
				return true;
			});
		} catch (CoreException e) {
			ILog.of(SpecChanges.class).log(e.getStatus());
		}
		changed.forEach(ProjectChecks::schedule);
		configurations.forEach(EditorConnection::configurationChanged);
	}
}
