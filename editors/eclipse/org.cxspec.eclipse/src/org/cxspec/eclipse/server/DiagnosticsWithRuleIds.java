package org.cxspec.eclipse.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's output as an LSP client reads it, with the rule id added to every diagnostic's
 * message, so that LSP4E's markers in the Problems view read {@code ... [rule-id]} like
 * {@code cxspec validate}. Reads one JSON-RPC frame at a time; any frame it cannot parse passes
 * unchanged, so the connection never breaks because of this. Tells {@code published} the URI of
 * every file the server published diagnostics for.
 */
public final class DiagnosticsWithRuleIds extends InputStream {

	private static final String PUBLISH = "textDocument/publishDiagnostics";
	private static final int MAX_HEADER = 8192;

	private final InputStream server;
	private final Consumer<String> published;
	private byte[] frame = new byte[0];
	private int position;

	public DiagnosticsWithRuleIds(InputStream server, Consumer<String> published) {
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
		byte[] rewritten = body.length == length ? rewrite(body) : null;
		if (rewritten == null) {
			frame = concat(header, body);
		} else {
			byte[] newHeader = ("Content-Length: " + rewritten.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
			frame = concat(newHeader, rewritten);
		}
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

	/** The body with rule ids in the messages, or null to keep the original bytes. */
	private byte[] rewrite(byte[] body) {
		try {
			JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
			if (!parsed.isJsonObject()) {
				return null;
			}
			JsonObject message = parsed.getAsJsonObject();
			if (!message.has("method") || !PUBLISH.equals(message.get("method").getAsString())) {
				return null;
			}
			JsonObject params = message.getAsJsonObject("params");
			published.accept(params.get("uri").getAsString());
			for (JsonElement element : params.getAsJsonArray("diagnostics")) {
				JsonObject diagnostic = element.getAsJsonObject();
				JsonElement code = diagnostic.get("code");
				JsonElement text = diagnostic.get("message");
				if (code != null && code.isJsonPrimitive() && text != null && text.isJsonPrimitive()) {
					diagnostic.addProperty("message", RuleIdInMessage.append(text.getAsString(), code.getAsString()));
				}
			}
			return new Gson().toJson(message).getBytes(StandardCharsets.UTF_8);
		} catch (RuntimeException e) {
			return null; // malformed or unexpected: the client gets it exactly as the server sent it
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
