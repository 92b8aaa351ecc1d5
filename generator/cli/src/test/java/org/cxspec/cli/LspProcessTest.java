package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code cxspec lsp} as an editor starts it, over its standard input and output: messages with
 * a broken {@code Content-Length} are dropped with one line on standard error, and the server
 * still answers what follows, down to {@code shutdown} and {@code exit}.
 */
class LspProcessTest {

	@TempDir
	Path folder;

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void brokenFramesAreSkippedAndTheServerStillAnswers() throws Exception {
		Files.writeString(folder.resolve("spec.cxspec"), "role Agent \"Claims agent\"\n");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process server = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
				Main.class.getName(), "lsp", "--stdio").redirectError(folder.resolve("stderr.txt").toFile()).start();
		try {
			OutputStream in = server.getOutputStream();
			InputStream out = server.getInputStream();
			String lost = "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}";
			for (String length : new String[] { "10", "-5", "abc" }) {
				in.write(("Content-Length: " + length + "\r\n\r\n" + lost).getBytes(StandardCharsets.UTF_8));
			}
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ folder.toUri() + "\",\"capabilities\":{}}}");
			assertTrue(answerTo(out, 1).has("result"));
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\""
					+ folder.resolve("spec.cxspec").toUri() + "\"},\"position\":{\"line\":40,\"character\":3}}}");
			JsonObject pastTheEnd = answerTo(out, 2);
			assertFalse(pastTheEnd.toString().contains("Exception") || pastTheEnd.toString().contains("\tat "), pastTheEnd.toString());
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
			answerTo(out, 3);
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server ends after exit");
			assertEquals(0, server.exitValue());
			String log = Files.readString(folder.resolve("stderr.txt"));
			assertEquals(3, log.lines().filter(line -> line.startsWith("cxspec lsp: ignored a broken message from the editor: ")).count(), log);
		} finally {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** Reads messages until the response to request {@code id}. */
	private static JsonObject answerTo(InputStream out, int id) throws IOException {
		while (true) {
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
				int next = out.read();
				if (next < 0) {
					throw new AssertionError("the server closed its output before answering request " + id);
				}
				header.write(next);
			}
			String headers = header.toString(StandardCharsets.US_ASCII);
			int length = Integer.parseInt(headers.replaceAll("(?s).*Content-Length: *(\\d+).*", "$1"));
			JsonObject message = JsonParser.parseString(new String(out.readNBytes(length), StandardCharsets.UTF_8)).getAsJsonObject();
			if (message.has("id") && message.get("id").isJsonPrimitive() && message.get("id").getAsInt() == id) {
				return message;
			}
		}
	}
}
