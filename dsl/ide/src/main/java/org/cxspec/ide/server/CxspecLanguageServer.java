package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.cxspec.index.SpecIndexProvider;
import org.cxspec.load.SpecChecker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.validation.Issue;

/**
 * Publishes each diagnostic exactly as {@code cxspec validate} reports it: the rule id as the
 * code (syntax errors as {@code syntax-error}), the same severity and message. When a
 * {@code cxspec.yaml} changes on disk, every spec is checked again under the new configuration.
 */
public class CxspecLanguageServer extends LanguageServerImpl {

	static final String CONFIG_FILE = "cxspec.yaml";

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(SpecChecker.ruleId(issue));
		diagnostic.setSource("cxspec");
		return diagnostic;
	}

	@Override
	protected Buildable toBuildable(DidChangeWatchedFilesParams params) {
		Buildable changedFiles = super.toBuildable(params);
		boolean configChanged = params.getChanges().stream().anyMatch(event -> event.getUri().endsWith("/" + CONFIG_FILE));
		if (!configChanged) {
			return changedFiles;
		}
		Buildable everySpec = getWorkspaceManager().didChangeFiles(specs(), List.of());
		return cancelIndicator -> {
			List<IResourceDescription.Delta> deltas = new ArrayList<>(changedFiles.build(cancelIndicator));
			deltas.addAll(everySpec.build(cancelIndicator));
			return deltas;
		};
	}

	/** Every spec file the workspace knows, open or not. */
	private List<URI> specs() {
		List<URI> specs = new ArrayList<>();
		for (ProjectManager project : getWorkspaceManager().getProjectManagers()) {
			for (IResourceDescription description : project.getIndexState().getResourceDescriptions().getAllResourceDescriptions()) {
				if (SpecIndexProvider.FILE_EXTENSION.equals(description.getURI().fileExtension())) {
					specs.add(description.getURI());
				}
			}
		}
		return specs;
	}
}
