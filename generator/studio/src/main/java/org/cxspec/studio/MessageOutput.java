package org.cxspec.studio;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The language server's output: splits the framed LSP stream back into messages, each handed
 * on as the JSON text of one WebSocket message.
 */
final class MessageOutput extends OutputStream {

	private final Consumer<String> send;
	private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

	MessageOutput(Consumer<String> send) {
		this.send = send;
	}

	@Override
	public void write(int b) {
		write(new byte[] { (byte) b }, 0, 1);
	}

	@Override
	public synchronized void write(byte[] bytes, int offset, int length) {
		pending.write(bytes, offset, length);
		drain();
	}

	private void drain() {
		while (true) {
			byte[] buffered = pending.toByteArray();
			int headerEnd = indexOfBlankLine(buffered);
			if (headerEnd < 0) {
				return;
			}
			int bodyLength = contentLength(new String(buffered, 0, headerEnd, StandardCharsets.US_ASCII));
			int bodyStart = headerEnd + 4;
			if (buffered.length < bodyStart + bodyLength) {
				return;
			}
			send.accept(new String(buffered, bodyStart, bodyLength, StandardCharsets.UTF_8));
			pending.reset();
			pending.write(buffered, bodyStart + bodyLength, buffered.length - bodyStart - bodyLength);
		}
	}

	private static int indexOfBlankLine(byte[] bytes) {
		for (int i = 0; i + 3 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int contentLength(String headers) {
		for (String header : headers.split("\r\n")) {
			int colon = header.indexOf(':');
			if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
				return Integer.parseInt(header.substring(colon + 1).trim());
			}
		}
		throw new IllegalStateException("the language server wrote a message without Content-Length");
	}
}
