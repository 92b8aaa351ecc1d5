package org.cxspec.ide.server;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.service.OperationCanceledError;
import org.junit.jupiter.api.Test;

/**
 * A build stopped by a newer edit inside a grammar rule reaches the server wrapped by Xtext's
 * parser; it must still count as stopped (its published files are checked again, nothing is
 * logged as a failure), and a real failure must not.
 */
class StoppedParseTest {

	@Test
	void aParseStoppedInsideARuleIsACancellation() {
		OperationCanceledError stopped = new OperationCanceledError(new OperationCanceledException());
		ParseException wrapped = new ParseException(stopped.getMessage(), new RuntimeException(stopped));
		assertSame(stopped, OneLine.cancellationIn(wrapped));
		assertSame(stopped, OneLine.cancellationIn(stopped));
	}

	@Test
	void aFailedParseIsNoCancellation() {
		assertNull(OneLine.cancellationIn(new ParseException("broken", new IllegalStateException("broken"))));
	}
}
