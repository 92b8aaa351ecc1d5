package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonParser;

/**
 * {@code cxspec studio} in its own process, stopped as a user stops it: Ctrl+C (SIGINT) while a
 * browser tab holds the language server's WebSocket and a save is under way. It closes the
 * WebSocket, finishes or refuses the save (never half a file), says it stopped in one line and
 * ends with exit status 0.
 */
class StudioStopTest {

	@TempDir
	Path folder;

	private static final String BRAND = "brand Acme \"Acme\" {\n    promise \"We fix it\"\n}\n";

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void ctrlCStopsCleanlyWithExitStatusZero() throws Exception {
		Files.writeString(folder.resolve("brand.cxspec"), BRAND);
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path errors = folder.resolveSibling(folder.getFileName() + "-stderr.txt");
		List<String> command = new ArrayList<>(withCtrlC());
		command.addAll(List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
				"studio", "--no-open", folder.toString()));
		Process studio = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(studio.getInputStream(), StandardCharsets.UTF_8));
			URI address = URI.create(out.readLine());
			int port = address.getPort();
			String token = address.getQuery().substring("token=".length());
			String cookie = "cxspec-studio-" + port + "=" + token;
			String origin = "http://127.0.0.1:" + port;

			// A tab's language server connection.
			CompletableFuture<Integer> socketClosed = new CompletableFuture<>();
			HttpClient client = HttpClient.newHttpClient();
			client.newWebSocketBuilder().header("Cookie", cookie).header("Origin", origin)
					.buildAsync(URI.create("ws://127.0.0.1:" + port + "/lsp"), new WebSocket.Listener() {
						@Override
						public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
							socketClosed.complete(status);
							return null;
						}

						@Override
						public void onError(WebSocket socket, Throwable error) {
							socketClosed.completeExceptionally(error);
						}
					}).get(60, TimeUnit.SECONDS);

			// A save under way: its headers and half its text are sent when Ctrl+C comes.
			HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(origin + "/api/file?path=brand.cxspec"))
					.header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
			String version = JsonParser.parseString(read.body()).getAsJsonObject().get("version").getAsString();
			String mine = BRAND.replace("We fix it", "We fix it today") + "// ".repeat(20_000) + "\n";
			byte[] body = mine.getBytes(StandardCharsets.UTF_8);
			try (Socket save = new Socket("127.0.0.1", port)) {
				OutputStream request = save.getOutputStream();
				request.write(("PUT /api/file?path=brand.cxspec&base=" + version + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
						+ "\r\nConnection: close\r\nCookie: " + cookie + "\r\nOrigin: " + origin + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
						+ body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				request.write(body, 0, body.length / 2);
				request.flush();

				assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(studio.pid())).start().waitFor());
				try {
					request.write(body, body.length / 2, body.length - body.length / 2);
					request.flush();
					save.getInputStream().readAllBytes();
				} catch (IOException refused) {
					// The studio may have closed the connection before the save began: then nothing is written.
				}
			}

			if (!studio.waitFor(2, TimeUnit.MINUTES)) {
				fail("the studio did not end within 2 minutes of Ctrl+C; it said: " + Files.readString(errors)
						+ "\nwhat its threads were doing:\n" + threads(studio.pid()));
			}
			assertEquals(0, studio.exitValue(), "Ctrl+C is a clean stop, not death by signal (130)");
			String said = Files.readString(errors);
			assertEquals(List.of("cxspec studio stopped."), said.lines().toList(), said);
			assertEquals(1001, socketClosed.get(60, TimeUnit.SECONDS), "the WebSocket is closed as 'going away'");
			String now = Files.readString(folder.resolve("brand.cxspec"));
			assertTrue(now.equals(BRAND) || now.equals(mine), "the file is the old one or the whole new one, never half: " + now.length());
			try (Stream<Path> left = Files.list(folder)) {
				assertEquals(List.of("brand.cxspec"), left.map(file -> file.getFileName().toString()).toList(), "no temporary file is left");
			}
		} finally {
			studio.destroyForcibly();
		}
	}

	/**
	 * What starts the studio as a terminal would, with Ctrl+C (SIGINT) at its default. A build run
	 * in the background (`./mvnw verify &`, nohup) ignores SIGINT, and so would every process it
	 * starts: no Ctrl+C could reach the studio, and none does from a terminal either. GNU env resets
	 * it; where there is no such env and SIGINT is ignored here, the test cannot try Ctrl+C and says so.
	 */
	private static List<String> withCtrlC() throws IOException, InterruptedException {
		Path env = Path.of("/usr/bin/env");
		if (Files.isExecutable(env) && new ProcessBuilder(env.toString(), "--default-signal=INT", "true")
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0) {
			return List.of(env.toString(), "--default-signal=INT");
		}
		Path status = Path.of("/proc/self/status");
		boolean ignored = Files.isReadable(status) && Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
				.anyMatch(line -> (Long.parseLong(line.substring("SigIgn:".length()).strip(), 16) & (1L << 1)) != 0);
		assumeFalse(ignored, "this build ignores SIGINT (it runs in the background) and there is no GNU env to undo that: Ctrl+C cannot be tried");
		return List.of();
	}

	/** A thread dump of a process (jcmd, beside this JVM's java), so that a studio that does not stop says where it hangs. */
	private static String threads(long pid) {
		try {
			Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid), "Thread.print")
					.redirectErrorStream(true).start();
			String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			jcmd.waitFor(1, TimeUnit.MINUTES);
			return dump.length() > 40_000 ? dump.substring(0, 40_000) + "..." : dump;
		} catch (IOException | InterruptedException noDump) {
			return "(no thread dump: " + noDump + ")";
		}
	}
}
