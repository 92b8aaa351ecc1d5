package org.cxspec.ide.server;

import java.util.function.Supplier;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The cancel indicator of the language server's build on this thread, for the work Xtext does not
 * hand one to: parsing and linking a text happen inside resource loading, which takes none. A
 * newer edit cancels the build (Xtext's request manager does that when the edit arrives); parsing
 * and linking then stop at their next check instead of finishing a text nobody will look at.
 * Outside a server build (the command line, the studio, reads) there is nothing to check.
 */
public final class RunningBuild {

	private static final ThreadLocal<CancelIndicator> CURRENT = new ThreadLocal<>();
	private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

	private RunningBuild() {
	}

	/** Runs a build's work with its cancel indicator visible to the parser and linker on this thread. */
	public static <T> T during(CancelIndicator cancel, Supplier<T> work) {
		CancelIndicator outer = CURRENT.get();
		CURRENT.set(cancel);
		try {
			return work.get();
		} finally {
			if (outer == null) {
				CURRENT.remove();
			} else {
				CURRENT.set(outer);
			}
		}
	}

	/** Whether a newer edit has made the build on this thread stale. */
	public static boolean isStale() {
		CancelIndicator cancel = CURRENT.get();
		return cancel != null && cancel.isCanceled();
	}

	/** Stops a stale build with Xtext's cancellation, which its request manager expects and does not log. */
	public static void checkCanceled() {
		CancelIndicator cancel = CURRENT.get();
		if (cancel != null) {
			CANCELLATION.checkCanceled(cancel);
		}
	}
}
