package org.cxspec.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cxspec.eclipse.server.PublishedDiagnostics;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The server's output as LSP4E reads it: byte for byte (LSP4E adds the rule id, the diagnostic's
 * code, to its marker itself), with the files diagnostics were published for noted.
 */
class PublishedDiagnosticsTest {

	private static final String PUBLISH = "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":\"file:///specs/brand.cxspec\","
			+ "\"diagnostics\":[{\"range\":{\"start\":{\"line\":0,\"character\":6},\"end\":{\"line\":0,\"character\":12}},\"severity\":3,"
			+ "\"code\":\"role-without-touchpoints\",\"source\":\"cxspec\",\"message\":\"The role Lonely staffs no touchpoint – ünïcode\"}]}}";
	private static final String RESPONSE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"capabilities\":{}}}";

	@Test
	void everythingPassesAsTheServerSentItAndPublishedFilesAreNoted() throws IOException {
		List<String> published = new ArrayList<>();
		byte[] server = concat(concat(frame(RESPONSE), frame(PUBLISH)), frame(RESPONSE));

		byte[] client = new PublishedDiagnostics(new ByteArrayInputStream(server), published::add).readAllBytes();

		assertArrayEquals(server, client);
		List<String> bodies = bodies(client);
		assertEquals(3, bodies.size());
		JsonObject diagnostic = JsonParser.parseString(bodies.get(1)).getAsJsonObject().getAsJsonObject("params").getAsJsonArray("diagnostics")
				.get(0).getAsJsonObject();
		assertEquals("The role Lonely staffs no touchpoint – ünïcode", diagnostic.get("message").getAsString(),
				"the message is left alone: LSP4E appends the code, so the rule id shows once");
		assertEquals("role-without-touchpoints", diagnostic.get("code").getAsString());
		assertEquals(List.of("file:///specs/brand.cxspec"), published);
	}

	@Test
	void whatCannotBeParsedPassesByteForByte() throws IOException {
		byte[] server = concat(frame("{\"method\":\"textDocument/publishDiagnostics\", broken"), "garbage without a header".getBytes(StandardCharsets.US_ASCII));

		byte[] client = new PublishedDiagnostics(new ByteArrayInputStream(server), uri -> {
		}).readAllBytes();

		assertEquals(new String(server, StandardCharsets.UTF_8), new String(client, StandardCharsets.UTF_8));
	}

	@Test
	void aServerThatEndsMidFrameEndsTheStream() throws IOException {
		byte[] whole = frame(PUBLISH);
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

		byte[] client = new PublishedDiagnostics(new ByteArrayInputStream(cut), uri -> {
		}).readAllBytes();

		assertTrue(client.length <= cut.length, "nothing is invented");
	}

	private static byte[] frame(String json) {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		return concat(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
	}

	private static List<String> bodies(byte[] frames) {
		List<String> bodies = new ArrayList<>();
		String all = new String(frames, StandardCharsets.ISO_8859_1);
		int at = 0;
		while (at < all.length()) {
			int end = all.indexOf("\r\n\r\n", at);
			int length = Integer.parseInt(all.substring(at, end).replace("Content-Length: ", "").trim());
			byte[] body = java.util.Arrays.copyOfRange(frames, end + 4, end + 4 + length);
			bodies.add(new String(body, StandardCharsets.UTF_8));
			at = end + 4 + length;
		}
		return bodies;
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}
}
