package org.cxspec.ide.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's build on this thread, for the work Xtext does not hand a cancel indicator
 * to: parsing and linking a text happen inside resource loading, which takes none. A newer edit
 * cancels the build (Xtext's request manager does that when the edit arrives); parsing and linking
 * then stop at their next check instead of finishing a text nobody will look at. Outside a server
 * build (the command line, the studio, reads) there is nothing to check.
 * <p>
 * It also remembers which files the build published diagnostics for: a dropped build keeps none of
 * its index, so the next one might not look at those files again, and what the editor shows for
 * them would be the dropped build's word. And which files it withheld diagnostics for, being
 * stale by then: a newer edit may come after the last check for it, and the build then ends as if
 * nothing happened, its index kept, the withheld files counted as checked.
 */
public final class RunningBuild {

	private static final ThreadLocal<RunningBuild> CURRENT = new ThreadLocal<>();
	private static final OperationCanceledManager CANCELLATION = new OperationCanceledManager();

	private final CancelIndicator cancel;
	private final Set<String> published = new LinkedHashSet<>();
	private final Set<String> withheld = new LinkedHashSet<>();

	public RunningBuild(CancelIndicator cancel) {
		this.cancel = cancel;
	}

	/** Runs the build's work with this build visible to the parser, the linker and publishing on this thread. */
	public <T> T run(Supplier<T> work) {
		RunningBuild outer = CURRENT.get();
		CURRENT.set(this);
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

	/** The URIs (as published) of the files this build sent diagnostics for. */
	public List<String> published() {
		return List.copyOf(published);
	}

	/** The URIs (as published) of the files whose diagnostics this build withheld as stale. */
	public List<String> withheld() {
		return List.copyOf(withheld);
	}

	/** Whether a newer edit has made the build on this thread stale. */
	public static boolean isStale() {
		RunningBuild build = CURRENT.get();
		return build != null && build.cancel.isCanceled();
	}

	/** Stops a stale build with Xtext's cancellation, which its request manager expects and does not log. */
	public static void checkCanceled() {
		RunningBuild build = CURRENT.get();
		if (build != null) {
			CANCELLATION.checkCanceled(build.cancel);
		}
	}

	/** Notes that the build on this thread, if any, withheld the diagnostics of {@code uri} as stale. */
	static void withholding(String uri) {
		RunningBuild build = CURRENT.get();
		if (build != null) {
			build.withheld.add(uri);
		}
	}

	/** Notes that the build on this thread, if any, published diagnostics for {@code uri}. */
	static void publishing(String uri) {
		RunningBuild build = CURRENT.get();
		if (build != null) {
			build.published.add(uri);
		}
	}
}
