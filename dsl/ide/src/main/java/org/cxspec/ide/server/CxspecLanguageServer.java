package org.cxspec.ide.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.cxspec.config.ProjectConfigs;
import org.cxspec.index.SpecIndexProvider;
import org.cxspec.load.SpecChecker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.BuildManager.Buildable;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Publishes each diagnostic exactly as {@code cxspec validate} reports it: the rule id as the
 * code (syntax errors as {@code syntax-error}), the same severity and message. Asks the editor
 * to report changes on disk to spec files and {@code cxspec.yaml} (a {@code git pull}, a
 * deleted file); when a {@code cxspec.yaml} changes, it is read again and every spec is checked
 * under the new configuration.
 */
public class CxspecLanguageServer extends LanguageServerImpl {

	static final String CONFIG_FILE = "cxspec.yaml";
	static final List<String> WATCHED = List.of("**/*." + SpecIndexProvider.FILE_EXTENSION, "**/" + CONFIG_FILE);

	@Inject
	private UriExtensions uris;

	@Inject
	private EditedOnDisk editedOnDisk;

	private InitializeParams initializeParams;
	private LanguageClient client;
	private NewestDiagnostics newestDiagnostics;

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		initializeParams = params;
		return super.initialize(params);
	}

	@Override
	public void connect(LanguageClient languageClient) {
		newestDiagnostics = new NewestDiagnostics(languageClient);
		client = newestDiagnostics.client();
		super.connect(client);
	}

	@Override
	public void didOpen(DidOpenTextDocumentParams params) {
		newestDiagnostics.applied(key(params.getTextDocument().getUri()), params.getTextDocument().getVersion());
		super.didOpen(params);
	}

	/** Runs on the build thread, in order with the builds: the version recorded is the text the next build reads. */
	@Override
	protected Buildable toBuildable(DidChangeTextDocumentParams params) {
		Buildable build = super.toBuildable(params);
		Integer version = params.getTextDocument().getVersion();
		if (version != null) {
			newestDiagnostics.applied(key(params.getTextDocument().getUri()), version);
		}
		return build;
	}

	@Override
	public void didClose(DidCloseTextDocumentParams params) {
		super.didClose(params);
		newestDiagnostics.closed(key(params.getTextDocument().getUri()));
	}

	/** The URI as Xtext writes it when it publishes. */
	private String key(String uri) {
		return uris.toUriString(uris.toUri(uri));
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		if (client != null && offersWatching()) {
			List<FileSystemWatcher> watchers = WATCHED.stream().map(glob -> new FileSystemWatcher(Either.forLeft(glob))).toList();
			client.registerCapability(new RegistrationParams(List.of(new Registration("cxspec-watched-files",
					"workspace/didChangeWatchedFiles", new DidChangeWatchedFilesRegistrationOptions(watchers)))));
		}
	}

	private boolean offersWatching() {
		if (initializeParams == null || initializeParams.getCapabilities() == null
				|| initializeParams.getCapabilities().getWorkspace() == null) {
			return false;
		}
		DidChangeWatchedFilesCapabilities watching = initializeParams.getCapabilities().getWorkspace().getDidChangeWatchedFiles();
		return watching != null && Boolean.TRUE.equals(watching.getDynamicRegistration());
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		// Saves are reported too: files a rename or quick fix changed outside the editor are then read again.
		TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
		sync.setOpenClose(true);
		sync.setChange(TextDocumentSyncKind.Incremental);
		sync.setSave(new SaveOptions(false));
		capabilities.setTextDocumentSync(sync);
		return capabilities;
	}

	/**
	 * Like every notification that reaches the build thread, a save cancels the build running then
	 * (a save right after typing). So it always builds: what the cancelled build left queued (the
	 * typed text) is built now, not at the next keystroke.
	 */
	@Override
	public void didSave(DidSaveTextDocumentParams params) {
		runBuildable(() -> getWorkspaceManager().didChangeFiles(editedOnDisk.changed(), List.of()));
	}

	/** Xtext only refreshes the projects here and builds nothing; see {@link #buildWhatIsQueued}. */
	@Override
	public void didChangeConfiguration(DidChangeConfigurationParams params) {
		super.didChangeConfiguration(params);
		buildWhatIsQueued();
	}

	/** As {@link #didChangeConfiguration}. */
	@Override
	public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
		super.didChangeWorkspaceFolders(params);
		buildWhatIsQueued();
	}

	/** Finishes what a notification that builds nothing itself cancelled (see {@link #didSave}). */
	private void buildWhatIsQueued() {
		runBuildable(() -> getWorkspaceManager().didChangeFiles(List.of(), List.of()));
	}

	@Override
	protected WorkspaceEdit rename(RenameParams params, CancelIndicator cancel) {
		WorkspaceEdit edit = super.rename(params, cancel);
		editedOnDisk.track(edit, getWorkspaceManager()::isDocumentOpen);
		return edit;
	}

	@Override
	protected List<Either<Command, CodeAction>> codeAction(CodeActionParams params, CancelIndicator cancel) {
		List<Either<Command, CodeAction>> actions = super.codeAction(params, cancel);
		for (Either<Command, CodeAction> action : actions) {
			if (action.isRight()) {
				editedOnDisk.track(action.getRight().getEdit(), getWorkspaceManager()::isDocumentOpen);
			}
		}
		return actions;
	}

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
		List<FileEvent> configChanges = params.getChanges().stream().filter(event -> event.getUri().endsWith("/" + CONFIG_FILE)).toList();
		if (configChanges.isEmpty()) {
			return changedFiles;
		}
		configChanges.forEach(this::forgetConfig);
		Buildable everySpec = getWorkspaceManager().didChangeFiles(specs(), List.of());
		return cancelIndicator -> {
			List<IResourceDescription.Delta> deltas = new ArrayList<>(changedFiles.build(cancelIndicator));
			deltas.addAll(everySpec.build(cancelIndicator));
			return deltas;
		};
	}

	private void forgetConfig(FileEvent event) {
		URI uri = uris.toUri(event.getUri());
		IResourceServiceProvider language = getLanguagesRegistry().getResourceServiceProvider(
				URI.createFileURI("any." + SpecIndexProvider.FILE_EXTENSION));
		if (uri.isFile() && language != null) {
			language.get(ProjectConfigs.class).evict(Path.of(uri.toFileString()));
		}
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
