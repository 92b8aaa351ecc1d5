package org.cxspec.ide.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The editor's side of the connection, message by message. LSP4J trusts each
 * {@code Content-Length}: after one too small, negative or not a number it read every later
 * message out of step and the server answered nothing again, not even {@code shutdown}. Here a
 * message whose header or body is broken (the body is not one complete JSON value) is dropped
 * with one line on standard error, reading resumes at the next {@code Content-Length:} header,
 * and only whole messages, with a correct length, reach LSP4J.
 */
public final class FramedInput extends InputStream {

	/** Far above any spec (16 MB) sent as JSON; a larger length is a broken header. */
	static final int MAX_LENGTH = 256 * 1024 * 1024;
	private static final byte[] HEADER = "content-length:".getBytes(StandardCharsets.US_ASCII);

	private final InputStream raw;
	private final PrintStream log;
	private byte[] pending = new byte[0];
	private int pendingAt;
	private byte[] frame = new byte[0];
	private int frameAt;
	private boolean ended;

	public FramedInput(InputStream raw, PrintStream log) {
		this.raw = raw;
		this.log = log;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return frame[frameAt++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, frame.length - frameAt);
		System.arraycopy(frame, frameAt, buffer, offset, count);
		frameAt += count;
		return count;
	}

	@Override
	public int available() {
		return frame.length - frameAt;
	}

	@Override
	public void close() throws IOException {
		raw.close();
	}

	private boolean fill() throws IOException {
		while (frameAt >= frame.length) {
			if (ended) {
				return false;
			}
			nextFrame();
		}
		return true;
	}

	/** Reads the next whole message into {@code frame}, skipping broken ones; sets {@code ended} at the end of input. */
	private void nextFrame() throws IOException {
		while (true) {
			if (!skipToHeader()) {
				ended = true;
				return;
			}
			Integer length = null;
			String problem = null;
			String line;
			while (!(line = readLine()).isEmpty()) {
				if (line == END) {
					ended = true;
					return;
				}
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
					String value = line.substring(colon + 1).trim();
					try {
						length = Integer.parseInt(value);
						if (length < 2 || length > MAX_LENGTH) {
							problem = "Content-Length " + value + " is out of range";
						}
					} catch (NumberFormatException notANumber) {
						problem = "Content-Length '" + shorten(value) + "' is not a number";
					}
				}
			}
			if (length == null && problem == null) {
				problem = "a message has no Content-Length";
			}
			if (problem != null) {
				log.println("cxspec lsp: ignored a broken message from the editor: " + problem);
				continue;
			}
			byte[] body = readBytes(length);
			if (body == null) {
				ended = true;
				return;
			}
			if (!JsonShape.isOneValue(body)) {
				log.println("cxspec lsp: ignored a broken message from the editor: its " + length
						+ " bytes are not one JSON value (wrong Content-Length?); reading on from the next header");
				unread(body, 1);
				continue;
			}
			byte[] header = ("Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			frame = new byte[header.length + body.length];
			System.arraycopy(header, 0, frame, 0, header.length);
			System.arraycopy(body, 0, frame, header.length, body.length);
			frameAt = 0;
			return;
		}
	}

	/** Consumes input up to (not including) the next "Content-Length:", case-insensitive; false at the end of input. */
	private boolean skipToHeader() throws IOException {
		int matched = 0;
		while (true) {
			int next = next();
			if (next < 0) {
				return false;
			}
			int lower = Character.toLowerCase((char) next);
			if (lower == HEADER[matched]) {
				matched++;
				if (matched == HEADER.length) {
					unread(HEADER, 0);
					return true;
				}
			} else {
				matched = lower == HEADER[0] ? 1 : 0;
			}
		}
	}

	private static final String END = new String("end of input");

	private String readLine() throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		while (true) {
			int next = next();
			if (next < 0) {
				return END;
			}
			if (next == '\n') {
				String text = line.toString(StandardCharsets.US_ASCII);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			if (line.size() > 8192) {
				return "x: a header line longer than 8 KB";
			}
			line.write(next);
		}
	}

	private byte[] readBytes(int length) throws IOException {
		byte[] bytes = new byte[length];
		int at = 0;
		int fromPending = Math.min(length, pending.length - pendingAt);
		System.arraycopy(pending, pendingAt, bytes, 0, fromPending);
		pendingAt += fromPending;
		at += fromPending;
		while (at < length) {
			int count = raw.read(bytes, at, length - at);
			if (count < 0) {
				return null;
			}
			at += count;
		}
		return bytes;
	}

	private int next() throws IOException {
		if (pendingAt < pending.length) {
			return pending[pendingAt++] & 0xff;
		}
		return raw.read();
	}

	/** Puts bytes (from {@code from} on) back in front of what is still to be read. */
	private void unread(byte[] bytes, int from) {
		int rest = pending.length - pendingAt;
		byte[] joined = new byte[bytes.length - from + rest];
		System.arraycopy(bytes, from, joined, 0, bytes.length - from);
		System.arraycopy(pending, pendingAt, joined, bytes.length - from, rest);
		pending = joined;
		pendingAt = 0;
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "..." : value;
	}
}
