package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.cxspec.ide.server.FramedInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken message from the editor is dropped with one line, and the messages after it still arrive whole. */
class FramedInputTest {

	private static final String SHUTDOWN = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
	private static final String HOVER = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"textDocument/hover\",\"params\":{\"x\":\"a } \\\" {\"}}";

	@ParameterizedTest
	@ValueSource(strings = { "10", "-5", "abc", "0", "99999999999", "" })
	void aBrokenContentLengthIsSkippedAndTheNextMessageArrives(String length) throws IOException {
		String input = "Content-Length: " + length + "\r\n\r\n" + HOVER + frame(SHUTDOWN);
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		String passed = readAll(input, log);
		assertEquals(frame(SHUTDOWN), passed);
		assertTrue(log.toString(StandardCharsets.UTF_8).startsWith("cxspec lsp: ignored a broken message from the editor: "), log.toString());
		assertEquals(1, log.toString(StandardCharsets.UTF_8).lines().count(), "one line per broken message: " + log);
	}

	@org.junit.jupiter.api.Test
	void wholeMessagesPassUnchanged() throws IOException {
		ByteArrayOutputStream log = new ByteArrayOutputStream();
		String input = frame(HOVER) + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n" + frame(SHUTDOWN);
		assertEquals(frame(HOVER) + frame(SHUTDOWN), readAll(input, log));
		assertEquals("", log.toString(StandardCharsets.UTF_8));
	}

	@org.junit.jupiter.api.Test
	void garbageBetweenMessagesIsSkipped() throws IOException {
		String input = "hello there\n" + frame(HOVER) + "{\"half\": " + frame(SHUTDOWN);
		assertEquals(frame(HOVER) + frame(SHUTDOWN), readAll(input, new ByteArrayOutputStream()));
	}

	private static String frame(String json) {
		return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
	}

	private static String readAll(String input, ByteArrayOutputStream log) throws IOException {
		try (FramedInput framed = new FramedInput(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(log, true, StandardCharsets.UTF_8))) {
			return new String(framed.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
