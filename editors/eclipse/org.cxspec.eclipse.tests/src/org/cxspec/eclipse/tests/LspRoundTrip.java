package org.cxspec.eclipse.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4e.server.StreamConnectionProvider;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * What LSP4E does with a connection provider, done by LSP4J in the test (LSP4E is not on Maven
 * Central): start it, talk LSP over its streams, collect the diagnostics it publishes.
 */
final class LspRoundTrip implements LanguageClient {

	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	InitializeResult initialized;
	private LanguageServer server;

	/** Initializes with the folder as workspace and returns once the server has built it. */
	static LspRoundTrip start(StreamConnectionProvider provider, Path folder) throws Exception {
		LspRoundTrip client = new LspRoundTrip();
		provider.start();
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, provider.getInputStream(), provider.getOutputStream());
		launcher.startListening();
		LanguageServer server = launcher.getRemoteProxy();
		InitializeParams params = new InitializeParams();
		params.setRootUri(folder.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		client.initialized = server.initialize(params).get(60, TimeUnit.SECONDS);
		server.initialized(new InitializedParams());
		server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(60, TimeUnit.SECONDS);
		client.server = server;
		return client;
	}

	void shutdown() throws Exception {
		server.shutdown().get(30, TimeUnit.SECONDS);
		server.exit();
	}

	/** Waits (up to a minute) until the file's latest diagnostics satisfy the condition. */
	synchronized List<Diagnostic> await(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		while (diagnostics.get(uri) == null || !condition.test(diagnostics.get(uri))) {
			long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
			if (left <= 0) {
				throw new AssertionError("no such diagnostics for " + uri + " within a minute; last: " + diagnostics.get(uri));
			}
			wait(left);
		}
		return diagnostics.get(uri);
	}

	@Override
	public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
		diagnostics.put(params.getUri(), params.getDiagnostics());
		notifyAll();
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
