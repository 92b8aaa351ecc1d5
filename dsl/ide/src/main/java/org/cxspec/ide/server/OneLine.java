package org.cxspec.ide.server;

import java.util.concurrent.CancellationException;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.service.OperationCanceledManager;

/**
 * How a failure reaches the editor: one line (the exception's kind and message, as an editor
 * shows it in a status line), never the Java stack trace LSP4J puts in {@code error.data}.
 */
public final class OneLine {

	private static final int MAX_LENGTH = 300;
	private static final OperationCanceledManager CANCELLATIONS = new OperationCanceledManager();

	private OneLine() {
	}

	/** The response to a request that failed. */
	public static ResponseError responseError(Throwable failure) {
		Throwable cause = unwrap(failure);
		if (cause instanceof ResponseErrorException answered) {
			return answered.getResponseError();
		}
		if (cause instanceof IndexOutOfBoundsException) {
			// Xtext's documents put their whole text into this message: say only what is wrong.
			return new ResponseError(ResponseErrorCode.InvalidParams, "The position is outside the document.", null);
		}
		if (isCancellation(cause)) {
			return new ResponseError(ResponseErrorCode.RequestCancelled, "Cancelled: a newer edit replaced this request.", null);
		}
		String line = of(cause);
		return new ResponseError(ResponseErrorCode.InternalError, "cxspec: " + line, line);
	}

	/** The kind and first line of the message, shortened. */
	public static String of(Throwable failure) {
		Throwable cause = unwrap(failure);
		String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
		int newline = message.indexOf('\n');
		if (newline >= 0) {
			message = message.substring(0, newline).strip();
		}
		String line = cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
		return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
	}

	static boolean isCancellation(Throwable failure) {
		return failure instanceof CancellationException || CANCELLATIONS.isOperationCanceledException(failure);
	}

	/**
	 * The cancellation a failure is or carries as a cause, or null: a parse stopped inside a rule
	 * reaches the build wrapped twice by Xtext's parser (a ParseException around a RuntimeException).
	 */
	static Throwable cancellationIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (isCancellation(cause)) {
				return cause;
			}
		}
		return null;
	}

	private static Throwable unwrap(Throwable failure) {
		Throwable cause = failure;
		while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException
				|| cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}
}
