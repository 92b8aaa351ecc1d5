package org.cxspec.studio;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The language server's input: each WebSocket message becomes one framed LSP message
 * ({@code Content-Length} header and body). Closing ends the stream, and with it the server.
 */
final class MessageInput extends InputStream {

	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
	private byte[] current = new byte[0];
	private int position;
	private boolean ended;

	void offer(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] framed = new byte[header.length + body.length];
		System.arraycopy(header, 0, framed, 0, header.length);
		System.arraycopy(body, 0, framed, header.length, body.length);
		messages.add(framed);
	}

	@Override
	public void close() {
		messages.add(END);
	}

	@Override
	public int read() throws java.io.InterruptedIOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return read < 0 ? -1 : one[0] & 0xFF;
	}

	@Override
	public synchronized int read(byte[] buffer, int offset, int length) throws java.io.InterruptedIOException {
		if (length == 0) {
			return 0;
		}
		while (!ended && position == current.length) {
			try {
				current = messages.take();
			} catch (InterruptedException stopped) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("the studio is stopping");
			}
			position = 0;
			ended = current == END;
		}
		if (ended) {
			return -1;
		}
		int count = Math.min(length, current.length - position);
		System.arraycopy(current, position, buffer, offset, count);
		position += count;
		return count;
	}
}
