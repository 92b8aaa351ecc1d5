package org.cxspec.eclipse.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's output as LSP4E reads it, byte for byte, watched one JSON-RPC frame at a time:
 * tells {@code published} the URI of every file the server published diagnostics for (so that the
 * project check's marker for it makes way). The messages are left alone: LSP4E itself adds each
 * diagnostic's code to its marker ({@code ... [rule-id]}), so adding it here showed it twice.
 * A frame that cannot be parsed passes too, so the connection never breaks because of this.
 */
public final class PublishedDiagnostics extends InputStream {

	private static final String PUBLISH = "textDocument/publishDiagnostics";
	private static final int MAX_HEADER = 8192;

	private final InputStream server;
	private final Consumer<String> published;
	private byte[] frame = new byte[0];
	private int position;

	public PublishedDiagnostics(InputStream server, Consumer<String> published) {
		this.server = server;
		this.published = published;
	}

	@Override
	public int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		return frame[position++] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!fill()) {
			return -1;
		}
		int count = Math.min(length, frame.length - position);
		System.arraycopy(frame, position, buffer, offset, count);
		position += count;
		return count;
	}

	@Override
	public int available() {
		return frame.length - position;
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

	/** @return false at the end of the server's output */
	private boolean fill() throws IOException {
		if (position < frame.length) {
			return true;
		}
		byte[] header = readHeader();
		if (header == null) {
			return false;
		}
		int length = contentLength(new String(header, StandardCharsets.US_ASCII));
		if (length < 0) {
			frame = header; // not a frame we understand: hand it on as it is
			position = 0;
			return true;
		}
		byte[] body = server.readNBytes(length);
		if (body.length == length) {
			notePublished(body);
		}
		frame = concat(header, body);
		position = 0;
		return frame.length > 0;
	}

	/** The header up to and including the blank line; null at the end of the stream. */
	private byte[] readHeader() throws IOException {
		ByteArrayOutputStream header = new ByteArrayOutputStream();
		int b;
		while ((b = server.read()) != -1) {
			header.write(b);
			byte[] sofar = header.toByteArray();
			int n = sofar.length;
			if (n >= 4 && sofar[n - 4] == '\r' && sofar[n - 3] == '\n' && sofar[n - 2] == '\r' && sofar[n - 1] == '\n') {
				return sofar;
			}
			if (n >= MAX_HEADER) {
				return sofar;
			}
		}
		return header.size() == 0 ? null : header.toByteArray();
	}

	private static int contentLength(String header) {
		if (!header.endsWith("\r\n\r\n")) {
			return -1;
		}
		for (String line : header.split("\r\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
				try {
					return Integer.parseInt(line.substring(colon + 1).trim());
				} catch (NumberFormatException e) {
					return -1;
				}
			}
		}
		return -1;
	}

	/** Tells {@code published} the file a publishDiagnostics notification is about. */
	private void notePublished(byte[] body) {
		try {
			JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
			if (!parsed.isJsonObject()) {
				return;
			}
			JsonObject message = parsed.getAsJsonObject();
			if (message.has("method") && PUBLISH.equals(message.get("method").getAsString())) {
				published.accept(message.getAsJsonObject("params").get("uri").getAsString());
			}
		} catch (RuntimeException e) {
			// malformed or unexpected: the client gets it as the server sent it, and judges it
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
