package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cxspec.ide.server.CancellableParser;
import org.cxspec.ide.server.ResilientBuildManager;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * Newer edits cancel stale work. The build of a large pasted text is held in the middle of its
 * parse while the editor sends three more edits; the test then lets it go and checks what a user
 * would see: the stale parse stopped there, the two edits in between were never built, and the
 * diagnostics that arrive belong to the newest text, labelled with its version. Holding the parse
 * (rather than racing it with the clock) makes each step certain.
 */
class StaleEditsTest {

	private static final String JOURNEY = "journey.cxspec";
	/** A name only the pasted text refers to: a finding that must never reach the editor. */
	private static final String STALE_NAME = "OnlyInThePaste";

	@TempDir
	Path workspace;

	@Test
	void aNewerEditStopsTheStaleParseAndSkipsTheEditsInBetween() throws Exception {
		HeldBuilds builds = new HeldBuilds();
		CountedWrites writes = new CountedWrites(Executors.newCachedThreadPool(), new OperationCanceledManager());
		LanguageServerHarness.workspace(workspace, Map.of("brand.cxspec", Specs.BRAND, JOURNEY, Specs.JOURNEY));
		try (LanguageServerHarness client = new LanguageServerHarness(workspace, binder -> {
			binder.bind(BuildManager.class).toInstance(builds);
			binder.bind(IRequestManager.class).toInstance(writes);
		})) {
			client.initialize();
			client.open(JOURNEY);
			client.awaitDiagnostics(JOURNEY, List::isEmpty, "the journey clean");

			// Version 2: a paste of 3,000 touchpoints, each delivering a value that does not exist.
			builds.holdNextParse();
			client.replace(JOURNEY, "    stage Repair", paste() + "    stage Repair");
			builds.awaitHeldInParse();
			int publishedBefore = client.publications.size();
			int writesBefore = writes.count.get();

			// Versions 3 and 4 undo the paste in two steps; version 5 misspells a value.
			client.replace(JOURNEY, paste(), "");
			client.replace(JOURNEY, "delivers Ease\n            staffed by Glazier", "delivers Ease\n            staffed by Glazier ");
			client.replace(JOURNEY, "delivers Fairness, Ease", "delivers Fairnes, Ease");
			writes.awaitAtLeast(writesBefore + 3);
			builds.release();

			List<Diagnostic> newest = client.awaitDiagnostics(JOURNEY,
					diagnostics -> LanguageServerHarness.hasCode(diagnostics, "unresolved-reference"), "the misspelt value");
			assertTrue(newest.get(0).getMessage().getLeft().contains("did you mean Fairness?"), newest.get(0).getMessage().getLeft());
			assertEquals(List.of("stopped while parsing", "completed"), builds.awaitOutcomes(2),
					"the stale build stops in its parse; only the newest text (version 5) is built after it");

			List<PublishDiagnosticsParams> after = client.publications.subList(publishedBefore, client.publications.size());
			for (PublishDiagnosticsParams publication : after) {
				if (LanguageServerHarness.normal(publication.getUri()).equals(client.uri(JOURNEY))) {
					assertEquals(Integer.valueOf(5), publication.getVersion(), "published for a stale version: " + publication);
				}
				for (Diagnostic diagnostic : publication.getDiagnostics()) {
					assertFalse(diagnostic.getMessage().getLeft().contains(STALE_NAME), "a finding of the stale paste: " + diagnostic.getMessage());
				}
			}

			// The workspace is whole after the dropped build: hover explains a name, fixing the misspelling clears the finding.
			Hover hover = LanguageServerHarness.get(client.server.getTextDocumentService()
					.hover(new HoverParams(client.document(JOURNEY), client.at(JOURNEY, "delivers Ease", "delivers ".length()))));
			assertTrue(hover.getContents().getRight().getValue().contains("Getting it sorted with little effort"), hover.toString());
			client.replace(JOURNEY, "delivers Fairnes, Ease", "delivers Fairness, Ease");
			client.awaitDiagnostics(JOURNEY, List::isEmpty, "the journey clean again");
		}
	}

	/** 3,000 touchpoints, about 450 KB and 30,000 tokens: far more than one stretch between checks. */
	private static String paste() {
		StringBuilder paste = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			paste.append("        touchpoint Pasted").append(i).append(" \"A pasted touchpoint\" {\n")
					.append("            channel phone\n")
					.append("            delivers ").append(STALE_NAME).append('\n')
					.append("        }\n");
		}
		return "    stage Pasted \"Pasted\" {\n" + paste + "    }\n";
	}

	/**
	 * The server's build manager, able to hold a build where the parser checks for a newer edit, and
	 * recording how each build ended.
	 */
	static final class HeldBuilds extends ResilientBuildManager {

		final List<String> outcomes = new CopyOnWriteArrayList<>();
		private final OperationCanceledManager cancellation = new OperationCanceledManager();
		private volatile CountDownLatch held;
		private volatile CountDownLatch release;
		/** From the held build on: the builds before it (opening the file) are not this test's business. */
		private volatile boolean recording;

		void holdNextParse() {
			held = new CountDownLatch(1);
			release = new CountDownLatch(1);
		}

		void awaitHeldInParse() throws InterruptedException {
			if (!held.await(60, TimeUnit.SECONDS)) {
				fail("the pasted text's build never reached its parse");
			}
		}

		void release() {
			release.countDown();
		}

		@Override
		protected List<IResourceDescription.Delta> internalBuild(CancelIndicator cancelIndicator) {
			try {
				List<IResourceDescription.Delta> deltas = super.internalBuild(() -> {
					holdInParse();
					return cancelIndicator.isCanceled();
				});
				record("completed");
				return deltas;
			} catch (Throwable failure) {
				if (cancellation.isOperationCanceledException(failure)) {
					boolean inParse = Arrays.stream(failure.getStackTrace())
							.anyMatch(frame -> frame.getClassName().startsWith(CancellableParser.class.getName()));
					record(inParse ? "stopped while parsing" : "cancelled elsewhere");
				} else {
					record("failed: " + failure);
				}
				throw failure;
			}
		}

		private void record(String outcome) {
			if (recording) {
				synchronized (outcomes) {
					outcomes.add(outcome);
					outcomes.notifyAll();
				}
			}
		}

		/** The outcomes once there are {@code count} (a build publishes before it ends). */
		List<String> awaitOutcomes(int count) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			synchronized (outcomes) {
				while (outcomes.size() < count && System.nanoTime() < deadline) {
					TimeUnit.NANOSECONDS.timedWait(outcomes, deadline - System.nanoTime());
				}
				return List.copyOf(outcomes);
			}
		}

		/** Waits, the first time the parser asks, until the test has sent its newer edits. */
		private void holdInParse() {
			CountDownLatch waiting = held;
			if (waiting == null || waiting.getCount() == 0 || !StackWalker.getInstance().walk(frames ->
					frames.anyMatch(frame -> frame.getClassName().startsWith(CancellableParser.class.getName())))) {
				return;
			}
			recording = true;
			waiting.countDown();
			try {
				if (!release.await(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the test never released the held parse");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Xtext's request manager, counting the edits it has received (each is a write). */
	static final class CountedWrites extends RequestManager {

		final AtomicInteger count = new AtomicInteger();

		CountedWrites(ExecutorService parallel, OperationCanceledManager cancellation) {
			super(parallel, cancellation);
		}

		@Override
		public synchronized <U, V> CompletableFuture<V> runWrite(Function0<? extends U> nonCancellable,
				Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
			CompletableFuture<V> submitted = super.runWrite(nonCancellable, cancellable);
			synchronized (count) {
				count.incrementAndGet();
				count.notifyAll();
			}
			return submitted;
		}

		void awaitAtLeast(int writes) throws InterruptedException {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			synchronized (count) {
				while (count.get() < writes) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						fail("the server received " + count.get() + " edits, not " + writes);
					}
					TimeUnit.NANOSECONDS.timedWait(count, left);
				}
			}
		}
	}
}
