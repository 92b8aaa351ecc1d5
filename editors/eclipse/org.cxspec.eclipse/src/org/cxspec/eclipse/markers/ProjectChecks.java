package org.cxspec.eclipse.markers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cxspec.eclipse.server.BundledServer;
import org.cxspec.eclipse.server.ServerSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.lsp4j.Diagnostic;

/**
 * Keeps every open project's cxspec markers current without any file open: one background job
 * per project, started again (the earlier one cancelled) whenever a spec or a cxspec.yaml in it
 * changes, or the project is imported or opened.
 */
public final class ProjectChecks {

	/** The job family, for whoever must wait until the markers are current. */
	public static final Object FAMILY = ProjectChecks.class;
	private static final long SETTLE_MILLIS = 300;
	private static final Map<IProject, Job> RUNNING = new ConcurrentHashMap<>();

	private ProjectChecks() {
	}

	public static void scheduleAll() {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			schedule(project);
		}
	}

	public static void schedule(IProject project) {
		Job job = new Job("cxspec: checking " + project.getName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return check(project, monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setSystem(true);
		Job earlier = RUNNING.put(project, job);
		if (earlier != null) {
			earlier.cancel();
		}
		job.schedule(SETTLE_MILLIS);
	}

	private static IStatus check(IProject project, IProgressMonitor monitor) {
		try {
			List<IFile> specs = specs(project);
			if (specs.isEmpty() || monitor.isCanceled() || project.getLocation() == null) {
				return Status.OK_STATUS;
			}
			Map<Path, List<Diagnostic>> findings;
			try {
				List<String> command = ServerSettings.current().arguments(BundledServer.jar());
				findings = ProjectCheck.run(Path.of(project.getLocation().toOSString()), command, BundledServer.log("project-check.log"));
			} catch (IOException e) {
				SpecMarkers.replaceProjectProblem(project, "cxspec could not check this project: " + e.getMessage());
				return Status.OK_STATUS;
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			SpecMarkers.replaceProjectProblem(project, null);
			for (IFile spec : specs) {
				Path file = Path.of(spec.getLocation().toOSString()).toAbsolutePath().normalize();
				if (spec.exists() && !EditorCoverage.isCovered(file)) {
					SpecMarkers.replace(spec, findings.getOrDefault(file, List.of()));
				}
			}
			return Status.OK_STATUS;
		} catch (CoreException e) {
			ILog.of(ProjectChecks.class).log(e.getStatus());
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}

	private static List<IFile> specs(IProject project) throws CoreException {
		List<IFile> specs = new ArrayList<>();
		if (!project.isAccessible()) {
			return specs;
		}
		project.accept(resource -> {
			if (resource.getType() == IResource.FILE && SpecChanges.isSpec(resource)) {
				specs.add((IFile) resource);
			}
			return !resource.isDerived() && !resource.getName().equals("node_modules");
		});
		return specs;
	}
}
