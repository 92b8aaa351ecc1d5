package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cxspec.ide.server.CancellableParser;
import org.cxspec.ide.server.ResilientBuildManager;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The server's build manager, able to hold a build at a chosen point while a test sends newer
 * messages, and recording how each build ended. Holding (rather than racing the clock) makes each
 * interleaving certain. The points are where the build asks whether it is still wanted: its
 * first check, in the parse of a long text, or as it publishes a file's diagnostics (after its last check).
 */
final class HeldBuilds extends ResilientBuildManager {

	/** Where a build is held: the first time a frame of this class asks whether the build is cancelled. */
	enum Point {
		/** The first check of all, as the build starts. */
		START(""),
		PARSE(CancellableParser.class.getName()),
		PUBLICATION("org.cxspec.ide.server.NewestDiagnostics");

		private final String askingClass;

		Point(String askingClass) {
			this.askingClass = askingClass;
		}
	}

	final List<String> outcomes = new CopyOnWriteArrayList<>();
	private final OperationCanceledManager cancellation = new OperationCanceledManager();
	private volatile Point point;
	private volatile CountDownLatch held;
	private volatile CountDownLatch release;
	private final AtomicBoolean claimed = new AtomicBoolean(true);
	/** From the held build on: the builds before it (opening the file) are not a test's business. */
	private volatile boolean recording;

	/** A client of a server on {@code workspace} that builds with these builds and counts its writes in {@code writes}. */
	LanguageServerHarness connect(Path workspace, CountedWrites writes) throws Exception {
		return new LanguageServerHarness(workspace, binder -> {
			binder.bind(BuildManager.class).toInstance(this);
			binder.bind(IRequestManager.class).toInstance(writes);
		});
	}

	void holdNext(Point where) {
		point = where;
		release = new CountDownLatch(1);
		claimed.set(false);
		held = new CountDownLatch(1);
	}

	void awaitHeld() throws InterruptedException {
		if (!held.await(60, TimeUnit.SECONDS)) {
			fail("the build never reached its " + point.name().toLowerCase());
		}
	}

	void release() {
		release.countDown();
	}

	/** The hold is for the first build to start after {@link #holdNext}, not for one already running. */
	@Override
	protected List<IResourceDescription.Delta> internalBuild(CancelIndicator cancelIndicator) {
		CountDownLatch mine = held != null && held.getCount() > 0 && claimed.compareAndSet(false, true) ? held : null;
		try {
			List<IResourceDescription.Delta> deltas = super.internalBuild(() -> {
				if (mine != null) {
					holdIfAsked(mine);
				}
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

	/** Waits, the first time the chosen point asks, until the test has sent its newer messages. */
	private void holdIfAsked(CountDownLatch waiting) {
		Point where = point;
		if (waiting.getCount() == 0 || !StackWalker.getInstance().walk(frames ->
				frames.anyMatch(frame -> frame.getClassName().startsWith(where.askingClass)))) {
			return;
		}
		recording = true;
		waiting.countDown();
		try {
			if (!release.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the test never released the held build");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
