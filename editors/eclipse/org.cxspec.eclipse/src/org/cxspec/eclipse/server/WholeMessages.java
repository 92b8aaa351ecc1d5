package org.cxspec.eclipse.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The server's standard input, shared by the client (LSP4E) and this plug-in: the client writes a
 * message as header, body, flush; this stream hands each message on whole at the flush, so that a
 * message the plug-in adds ({@link #send}) never lands in the middle of one of the client's.
 */
final class WholeMessages extends OutputStream {

	private final OutputStream server;
	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	WholeMessages(OutputStream server) {
		this.server = server;
	}

	@Override
	public synchronized void write(int b) {
		pending.write(b);
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) {
		pending.write(bytes, offset, length);
	}

	@Override
	public synchronized void flush() throws IOException {
		pending.writeTo(server);
		pending.reset();
		server.flush();
	}

	@Override
	public synchronized void close() throws IOException {
		flush();
		server.close();
	}

	/** Sends one JSON-RPC message of the plug-in's own, between the client's. */
	synchronized void send(String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		server.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		server.write(body);
		server.flush();
	}
}
