package org.cxspec.ide.server;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.cxspec.index.SpecIndexProvider;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Keeps the build going when spec files vanish behind the server's back. Xtext keeps a file in
 * its queue until a build succeeds, so one indexed file deleted on disk (without a watched-file
 * notification) made every later build fail while loading it, and no diagnostics were published
 * again. Before each build, indexed specs that are neither open nor on disk are queued as deleted,
 * and files the server's edits touched outside the editor are read again once they changed on disk.
 * Files a build published or withheld diagnostics for while a newer message made it stale are queued
 * again (see {@link RunningBuild}); the newer message's build, which follows, checks them.
 */
public class ResilientBuildManager extends BuildManager {

	private WorkspaceManager workspace;

	@Inject
	private EditedOnDisk editedOnDisk;

	@Inject
	private UriExtensions uris;

	@Override
	public void setWorkspaceManager(WorkspaceManager workspaceManager) {
		super.setWorkspaceManager(workspaceManager);
		this.workspace = workspaceManager;
	}

	@Override
	protected List<IResourceDescription.Delta> internalBuild(CancelIndicator cancelIndicator) {
		List<URI> rewritten = editedOnDisk.changed();
		if (!rewritten.isEmpty()) {
			submit(rewritten, List.of());
		}
		List<URI> vanished = vanishedSpecs();
		if (!vanished.isEmpty()) {
			submit(List.of(), vanished);
		}
		RunningBuild build = new RunningBuild(cancelIndicator);
		try {
			List<IResourceDescription.Delta> deltas = build.run(() -> super.internalBuild(cancelIndicator));
			// Made stale after its last check: it kept its index, so what it withheld is checked again.
			againNextTime(build.withheld());
			return deltas;
		} catch (RuntimeException | Error failure) {
			Throwable cancelled = OneLine.cancellationIn(failure);
			if (cancelled == null) {
				System.err.println("cxspec lsp: a build failed: " + OneLine.of(failure));
				throw failure;
			}
			againNextTime(build.published());
			againNextTime(build.withheld());
			// Unwrapped, so that Xtext's request manager sees a cancellation and logs no error.
			if (cancelled instanceof Error stopped) {
				throw stopped;
			}
			throw (RuntimeException) cancelled;
		}
	}

	/**
	 * A dropped build keeps none of its index, yet the editor shows what it published: those files
	 * are checked again by the next build, so their diagnostics end as the newest text has them.
	 */
	private void againNextTime(List<String> published) {
		// Only files still there: one deleted meanwhile would fail every later build while it is loaded.
		List<URI> files = published.stream().map(uris::toUri).filter(this::stillThere).toList();
		if (!files.isEmpty()) {
			submit(files, List.of());
		}
	}

	private boolean stillThere(URI uri) {
		return workspace != null && workspace.getProjectManager(uri) != null
				&& (workspace.isDocumentOpen(uri) || uri.isFile() && new File(uri.toFileString()).isFile());
	}

	private List<URI> vanishedSpecs() {
		List<URI> vanished = new ArrayList<>();
		if (workspace == null) {
			return vanished;
		}
		for (ProjectManager project : workspace.getProjectManagers()) {
			for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
				URI uri = description.getURI();
				if (SpecIndexProvider.FILE_EXTENSION.equals(uri.fileExtension()) && uri.isFile()
						&& !workspace.isDocumentOpen(uri) && !new File(uri.toFileString()).isFile()) {
					vanished.add(uri);
				}
			}
		}
		return vanished;
	}
}
