package org.cxspec.benchmark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxspec.ide.server.CxspecServerLauncher;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

/**
 * The language server on a 10,000-line spec in 200 files, over JSON-RPC on a local socket, in a
 * fresh JVM: initialize (until every file's diagnostics are published), diagnostics after an
 * edit (from didChange to the edited file's diagnostics), completion. Run it with
 * generator/benchmark/run.sh lsp.
 */
public final class LspBenchmark implements LanguageClient {

	private static int LINES = 10_000;
	private static int FILES = 200;
	private static final int WARM_UP = 20;
	private static final int RUNS = 40;

	private final Map<String, Long> published = new ConcurrentHashMap<>();
	private final AtomicInteger publications = new AtomicInteger();
	private volatile long lastPublication;

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
		if (args.length > 2) {
			// Other sizes, for comparison: LspBenchmark ROOT LINES FILES
			LINES = Integer.parseInt(args[1]);
			FILES = Integer.parseInt(args[2]);
		}
		Path folder = root.resolve("generator/benchmark/target/lsp-workspace");
		Files.createDirectories(folder);
		try (var old = Files.list(folder)) {
			for (Path file : old.toList()) {
				Files.delete(file);
			}
		}
		Map<Path, String> specs = SyntheticSpecs.generate(folder, LINES, FILES);
		int lines = 0;
		for (Map.Entry<Path, String> spec : specs.entrySet()) {
			Files.writeString(spec.getKey(), spec.getValue());
			lines += spec.getValue().lines().count();
		}
		System.out.printf("workspace: %d lines in %d files%n", lines, specs.size());
		new LspBenchmark().run(folder, specs);
		System.exit(0);
	}

	private void run(Path folder, Map<Path, String> specs) throws Exception {
		LanguageServer server = connect();
		InitializeParams params = new InitializeParams();
		params.setRootUri(folder.toUri().toString());
		params.setCapabilities(new ClientCapabilities());
		long start = System.nanoTime();
		server.initialize(params).get(60, TimeUnit.SECONDS);
		long answered = System.nanoTime();
		server.initialized(new InitializedParams());
		awaitPublications(specs.size());
		long built = System.nanoTime();
		System.out.printf("initialize (cold JVM): answered in %d ms, diagnostics of all %d files published after %d ms%n",
				millis(start, answered), specs.size(), millis(start, built));

		Path edited = specs.keySet().stream().skip(FILES / 2).findFirst().orElseThrow();
		String uri = edited.toUri().toString();
		String text = specs.get(edited);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "cxspec", 1, text)));
		awaitQuiet();
		// Typing in a description: the file's cross-file facts stay the same, so only it is re-validated.
		String description = "\"Being treated fairly";
		Position typing = position(text, text.indexOf(description) + description.length());
		edits(server, uri, "typing in a description", typing, " and well", 2);
		// Delivering a value declared in the brand file: its diagnostics may change, so it is re-validated too.
		String delivers = "delivers Value";
		int lineEnd = text.indexOf('\n', text.indexOf(delivers));
		edits(server, uri, "delivering a value declared in another file", position(text, lineEnd), ", Value0", 2 + 2 * (WARM_UP + RUNS));
		// The worst case: renaming the metric every file refers to re-validates all of them.
		Path brandFile = specs.keySet().iterator().next();
		String brandText = specs.get(brandFile);
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(brandFile.toUri().toString(), "cxspec", 1, brandText)));
		awaitQuiet();
		String metric = "metric NPS";
		edits(server, brandFile.toUri().toString(), "renaming the metric every file refers to", position(brandText, brandText.indexOf(metric) + metric.length()), "X", 2);

		String current = text;
		int completeAt = current.indexOf("delivers Value") + "delivers ".length();
		CompletionParams completion = new CompletionParams(new TextDocumentIdentifier(uri), position(current, completeAt));
		List<Long> completions = new ArrayList<>();
		int items = 0;
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			long sent = System.nanoTime();
			var result = server.getTextDocumentService().completion(completion).get(60, TimeUnit.SECONDS);
			long took = System.nanoTime() - sent;
			items = result.isLeft() ? result.getLeft().size() : result.getRight().getItems().size();
			if (i >= WARM_UP) {
				completions.add(took);
			}
		}
		System.out.printf("completion of a value (%d names offered): median %d ms, 90th percentile %d ms%n",
				items, median(completions), percentile(completions, 90));
		server.shutdown().get(30, TimeUnit.SECONDS);
	}

	/**
	 * Alternately inserts and removes {@code inserted} at {@code position} and times didChange until the
	 * edited file's diagnostics arrive (median of the measured runs), and until the server is quiet again.
	 */
	private void edits(LanguageServer server, String uri, String what, Position position, String inserted, int firstVersion)
			throws InterruptedException {
		List<Long> own = new ArrayList<>();
		List<Long> all = new ArrayList<>();
		for (int i = 0; i < WARM_UP + RUNS; i++) {
			boolean remove = i % 2 == 1;
			Range range = remove ? new Range(position, new Position(position.getLine(), position.getCharacter() + inserted.length()))
					: new Range(position, position);
			TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, remove ? "" : inserted);
			published.remove(uri);
			publications.set(0);
			long sent = System.nanoTime();
			server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, firstVersion + i), List.of(change)));
			while (!published.containsKey(uri)) {
				Thread.sleep(0, 200_000);
			}
			long ownAt = published.get(uri);
			long quietAt = awaitQuiet();
			if (i >= WARM_UP) {
				own.add(ownAt - sent);
				all.add(quietAt - sent);
			}
		}
		System.out.printf("diagnostics after an edit, %s: median %d ms, 90th percentile %d ms (all publications done: median %d ms, %d files)%n",
				what, median(own), percentile(own, 90), median(all), publications.get());
	}

	/** Waits until no diagnostics have arrived for 150 ms; returns when the last one arrived. */
	private long awaitQuiet() throws InterruptedException {
		long last = System.nanoTime();
		int seen = publications.get();
		while (System.nanoTime() - last < TimeUnit.MILLISECONDS.toNanos(150)) {
			Thread.sleep(2);
			int now = publications.get();
			if (now != seen) {
				seen = now;
				last = lastPublication;
			}
		}
		return last;
	}

	private LanguageServer connect() throws Exception {
		Socket client;
		Socket serverSide;
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
				try {
					return listener.accept();
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
			client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
			serverSide = accepted.get(10, TimeUnit.SECONDS);
		}
		// Editors talk to the server over pipes; on a socket, Nagle's algorithm would add ~40 ms to each small message.
		client.setTcpNoDelay(true);
		serverSide.setTcpNoDelay(true);
		CxspecServerLauncher.start(serverSide.getInputStream(), serverSide.getOutputStream(),
				binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class).to(ILanguageServerShutdownAndExitHandler.NullImpl.class));
		Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(this, client.getInputStream(), client.getOutputStream());
		launcher.startListening();
		return launcher.getRemoteProxy();
	}

	private void awaitPublications(int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (publications.get() < count && System.nanoTime() < deadline) {
			Thread.sleep(1);
		}
		// Let the rest of one build's publications arrive before the next request.
		Thread.sleep(20);
	}

	private static Position position(String text, int offset) {
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

	private static long millis(long from, long to) {
		return TimeUnit.NANOSECONDS.toMillis(to - from);
	}

	private static long median(List<Long> nanos) {
		return percentile(nanos, 50);
	}

	private static long percentile(List<Long> nanos, int percent) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return TimeUnit.NANOSECONDS.toMillis(sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)));
	}

	@Override
	public void publishDiagnostics(PublishDiagnosticsParams params) {
		String uri = params.getUri().startsWith("file:///") ? params.getUri() : params.getUri().replaceFirst("^file:/", "file:///");
		long now = System.nanoTime();
		published.putIfAbsent(uri, now);
		lastPublication = now;
		publications.incrementAndGet();
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
}
