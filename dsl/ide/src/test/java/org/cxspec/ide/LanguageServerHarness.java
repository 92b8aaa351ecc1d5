package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.cxspec.ide.server.CxspecServerLauncher;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Module;

/**
 * A language client talking JSON-RPC to a cxspec server over a local socket, as an editor
 * does: it keeps the text of the documents it edits and the diagnostics the server publishes.
 */
final class LanguageServerHarness implements LanguageClient, AutoCloseable {

	private static final long TIMEOUT_SECONDS = 60;

	final Path workspace;
	final LanguageServer server;
	final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
	final Map<String, String> texts = new ConcurrentHashMap<>();
	/** Every publication, in the order it arrived. */
	final List<PublishDiagnosticsParams> publications = new CopyOnWriteArrayList<>();
	private final Map<String, Integer> versions = new ConcurrentHashMap<>();
	private final Socket clientSocket;
	private final Socket serverSocket;
	InitializeResult initialized;

	LanguageServerHarness(Path workspace) throws Exception {
		this(workspace, binder -> {
		});
	}

	/** {@code extra} overrides bindings of the server, as CxspecServerLauncher allows. */
	LanguageServerHarness(Path workspace, Module extra) throws Exception {
		this.workspace = workspace;
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
				try {
					return listener.accept();
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
			clientSocket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
			serverSocket = accepted.get(10, TimeUnit.SECONDS);
		}
		// As pipes do: no Nagle delay on small messages.
		clientSocket.setTcpNoDelay(true);
		serverSocket.setTcpNoDelay(true);
		CxspecServerLauncher.start(serverSocket.getInputStream(), serverSocket.getOutputStream(),
				binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class), extra);
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, clientSocket.getInputStream(), clientSocket.getOutputStream());
		launcher.startListening();
		server = launcher.getRemoteProxy();
	}

	/** Writes a workspace folder of spec files, by name. */
	static Path workspace(Path folder, Map<String, String> files) throws IOException {
		for (Map.Entry<String, String> file : files.entrySet()) {
			Files.writeString(folder.resolve(file.getKey()), file.getValue());
		}
		return folder;
	}

	InitializeResult initialize() throws Exception {
		InitializeParams params = new InitializeParams();
		params.setProcessId((int) ProcessHandle.current().pid());
		params.setRootUri(workspace.toUri().toString());
		ClientCapabilities capabilities = new ClientCapabilities();
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		initialized = get(server.initialize(params));
		server.initialized(new InitializedParams());
		return initialized;
	}

	String uri(String file) {
		return normal(workspace.resolve(file).toUri().toString());
	}

	void open(String file) throws IOException {
		String uri = uri(file);
		String text = Files.readString(workspace.resolve(file));
		texts.put(uri, text);
		versions.put(uri, 1);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cxspec", 1, text)));
	}

	/** An incremental change: replaces the first occurrence of {@code old} in the open document. */
	void replace(String file, String old, String replacement) {
		String uri = uri(file);
		String text = texts.get(uri);
		int offset = text.indexOf(old);
		if (offset < 0) {
			fail("'" + old + "' is not in " + file);
		}
		Range range = new Range(position(text, offset), position(text, offset + old.length()));
		change(uri, List.of(new TextEdit(range, replacement)));
	}

	/** Applies edits to an open document as the editor would and tells the server, incrementally. */
	void change(String uri, List<TextEdit> edits) {
		String text = texts.get(uri);
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit edit) -> offset(texts.get(uri), edit.getRange().getStart())).reversed());
		List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
		for (TextEdit edit : sorted) {
			int start = offset(text, edit.getRange().getStart());
			int end = offset(text, edit.getRange().getEnd());
			text = text.substring(0, start) + edit.getNewText() + text.substring(end);
			changes.add(new TextDocumentContentChangeEvent(edit.getRange(), edit.getNewText()));
		}
		texts.put(uri, text);
		int version = versions.merge(uri, 1, Integer::sum);
		server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
	}

	/** Applies a workspace edit; every file it touches must be open. */
	void apply(WorkspaceEdit edit) {
		edit.getChanges().forEach((raw, edits) -> {
			String uri = normal(raw);
			if (!texts.containsKey(uri)) {
				fail("the edit touches " + uri + ", which is not open; open: " + texts.keySet());
			}
			change(uri, edits);
		});
	}

	TextDocumentIdentifier document(String file) {
		return new TextDocumentIdentifier(uri(file));
	}

	/** The position of the first occurrence of {@code text} (plus {@code shift} characters) in an open document. */
	Position at(String file, String text, int shift) {
		String content = texts.get(uri(file));
		int offset = content.indexOf(text);
		if (offset < 0) {
			fail("'" + text + "' is not in " + file);
		}
		return position(content, offset + shift);
	}

	List<Diagnostic> awaitDiagnostics(String file, Predicate<List<Diagnostic>> condition, String what) throws InterruptedException {
		String uri = uri(file);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			List<Diagnostic> current = diagnostics.get(uri);
			if (current != null && condition.test(current)) {
				return current;
			}
			Thread.sleep(20);
		}
		return fail("timed out waiting for " + what + " in " + file + "; diagnostics now: " + diagnostics.get(uri));
	}

	/** Waits for the diagnostics of {@code file} published for the text of {@code version}: its build has begun publishing. */
	void awaitVersion(String file, int version) throws InterruptedException {
		String uri = uri(file);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
		while (System.nanoTime() < deadline) {
			if (publications.stream().anyMatch(p -> normal(p.getUri()).equals(uri) && Integer.valueOf(version).equals(p.getVersion()))) {
				return;
			}
			Thread.sleep(20);
		}
		fail("timed out waiting for diagnostics of version " + version + " of " + file);
	}

	static boolean hasCode(List<Diagnostic> diagnostics, String code) {
		return diagnostics.stream().anyMatch(diagnostic -> code.equals(diagnostic.getCode().getLeft()));
	}

	static <T> T get(CompletableFuture<T> request) throws Exception {
		return request.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
	}

	static Position position(String text, int offset) {
		int line = 0;
		int lineStart = 0;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new Position(line, offset - lineStart);
	}

	static int offset(String text, Position position) {
		int offset = 0;
		for (int line = 0; line < position.getLine(); line++) {
			offset = text.indexOf('\n', offset) + 1;
		}
		return offset + position.getCharacter();
	}

	/** file:/x and file:///x are the same file. */
	static String normal(String uri) {
		return uri.startsWith("file:///") ? uri : uri.replaceFirst("^file:/", "file:///");
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		publications.add(params);
		diagnostics.put(normal(params.getUri()), params.getDiagnostics());
	}

	@Override
	public void telemetryEvent(Object object) {
	}

	@Override
	public void showMessage(MessageParams message) {
	}

	@Override
	public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
		return CompletableFuture.completedFuture(null);
	}

	@Override
	public void logMessage(MessageParams message) {
	}

	@Override
	public void close() throws Exception {
		try {
			get(server.shutdown());
		} finally {
			clientSocket.close();
			serverSocket.close();
		}
	}
}
