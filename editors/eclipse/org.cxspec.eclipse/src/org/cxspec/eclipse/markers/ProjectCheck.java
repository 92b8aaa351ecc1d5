package org.cxspec.eclipse.markers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cxspec.eclipse.server.ServerProcess;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Checks one spec folder with the language server, without any file open: initialize with the
 * folder as workspace, let the server build it, collect what it publishes, shut it down. The
 * server builds every spec under its workspace on initialize; a workspace-symbol request is
 * answered only after that build, and diagnostics are read in order before that answer, so when
 * it returns every file's findings are in.
 */
public final class ProjectCheck {

	private static final long TIMEOUT_SECONDS = 120;

	private ProjectCheck() {
	}

	/** Findings per spec file (absolute, normalised paths); files without findings may be absent. */
	public static Map<Path, List<Diagnostic>> run(Path folder, List<String> command, Path errorLog)
			throws IOException, InterruptedException {
		ServerProcess server = ServerProcess.start(command, errorLog);
		Collector client = new Collector();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.output(), server.input());
		Future<Void> listening = launcher.startListening();
		try {
			LanguageServer remote = launcher.getRemoteProxy();
			InitializeParams params = new InitializeParams();
			params.setProcessId((int) ProcessHandle.current().pid());
			params.setRootUri(folder.toUri().toString());
			params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), folder.getFileName().toString())));
			params.setCapabilities(new ClientCapabilities());
			await(remote.initialize(params), server);
			remote.initialized(new InitializedParams());
			await(remote.getWorkspaceService().symbol(new WorkspaceSymbolParams("")), server);
			await(remote.shutdown(), server);
			remote.exit();
			return Map.copyOf(client.findings);
		} finally {
			listening.cancel(true); // before the streams close under it
			server.stop();
		}
	}

	private static <T> T await(CompletableFuture<T> answer, ServerProcess server) throws IOException, InterruptedException {
		try {
			return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			throw new IOException("The cxspec language server failed: " + e.getCause().getMessage(), e.getCause());
		} catch (TimeoutException e) {
			throw new IOException("The cxspec language server did not answer within " + TIMEOUT_SECONDS + " s"
					+ (server.isAlive() ? "" : " (it ended; see its log)"), e);
		}
	}

	/** The client side: keeps the last diagnostics per file, ignores everything else. */
	private static final class Collector implements LanguageClient {
		final Map<Path, List<Diagnostic>> findings = new ConcurrentHashMap<>();

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
			Path file = EditorCoverage.pathOf(diagnostics.getUri());
			if (file != null) {
				findings.put(file, List.copyOf(diagnostics.getDiagnostics()));
			}
		}

		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}
}
