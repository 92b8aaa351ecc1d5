package org.eclipse.lsp4e.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Stands in for LSP4E's interface of this name, which is not on Maven Central: the five methods
 * LSP4E calls to run a server (as its documentation describes them), plus one default method so
 * the test sees the proxy hand default methods on. Exported so that the cxspec bundle's optional
 * import of this package resolves to it, exactly as it resolves to LSP4E in a user's Eclipse.
 */
public interface StreamConnectionProvider {

	void start() throws IOException;

	InputStream getInputStream();

	OutputStream getOutputStream();

	InputStream getErrorStream();

	void stop();

	default String getTrace(java.net.URI rootUri) {
		return "off";
	}
}
