package org.cxspec.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What another local user or another web page can get from a running studio: nothing. */
class StudioSecurityTest {

	@TempDir
	static Path temporary;
	static Path folder;
	static Path outside;
	static Studio studio;
	static String base;
	static String cookie;
	static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void start() throws Exception {
		folder = StudioFixture.copyOf("insurer-claims", Files.createDirectories(temporary.resolve("spec")));
		outside = Files.createDirectories(temporary.resolve("outside"));
		Files.writeString(outside.resolve("secret.cxspec"), "value Secret \"not for the studio\" drives retention\n");
		Files.createSymbolicLink(folder.resolve("linked"), outside);
		Files.createSymbolicLink(folder.resolve("secret-link.cxspec"), outside.resolve("secret.cxspec"));
		studio = Studio.start(folder, 0, Locale.ENGLISH);
		base = "http://127.0.0.1:" + studio.address().getPort();
		HttpResponse<String> entered = HTTP.send(HttpRequest.newBuilder(studio.address()).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(303, entered.statusCode(), "the address with the token sets the cookie and redirects");
		String setCookie = entered.headers().firstValue("Set-Cookie").orElseThrow();
		assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
		cookie = setCookie.substring(0, setCookie.indexOf(';'));
	}

	@AfterAll
	static void stop() {
		studio.close();
	}

	private static HttpResponse<String> send(String method, String path, String origin, String body, boolean withCookie)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (withCookie) {
			request.header("Cookie", cookie);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null, null, true);
	}

	@Test
	void withoutTheTokenNothingIsServed() throws Exception {
		for (String path : List.of("/", "/api/files", "/api/file?path=brand.cxspec", "/app/studio.js", "/api/info")) {
			HttpResponse<String> response = send("GET", path, null, null, false);
			assertEquals(403, response.statusCode(), path);
			assertFalse(response.body().contains("Harbourline"), path);
		}
		assertEquals(403, send("GET", "/?token=guessed", null, null, false).statusCode());
		assertEquals(200, get("/api/files").statusCode());
	}

	@Test
	void anotherWebPageCannotReadOrWrite() throws Exception {
		String before = Files.readString(folder.resolve("brand.cxspec"));
		String version = SpecFolder.version(before);
		// Even with the cookie (a browser would not send a SameSite=Strict one cross-site), a foreign origin is refused.
		HttpResponse<String> write = send("PUT", "/api/file?path=brand.cxspec&base=" + version, "http://evil.example", "hacked", true);
		assertEquals(403, write.statusCode());
		assertEquals(before, Files.readString(folder.resolve("brand.cxspec")));
		assertEquals(403, send("GET", "/api/file?path=brand.cxspec", "http://evil.example", null, true).statusCode());
		// A page on another port of this machine is same-site: the browser sends the cookie, without an Origin on a plain GET.
		HttpResponse<String> sameSite = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/file?path=brand.cxspec"))
				.header("Cookie", cookie).header("Sec-Fetch-Site", "same-site").build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(403, sameSite.statusCode());
		assertFalse(sameSite.body().contains("Harbourline"));
		assertEquals(403, send("PUT", "/api/file?path=brand.cxspec&base=" + version, null, "no origin", true).statusCode(),
				"a change without an Origin header is refused");
		assertEquals(before, Files.readString(folder.resolve("brand.cxspec")));
		assertEquals(200, send("PUT", "/api/file?path=brand.cxspec&base=" + version, base, before, true).statusCode());
	}

	@Test
	void theLanguageServerSocketNeedsTokenAndOrigin() throws Exception {
		assertEquals(403, upgrade(cookie, "http://evil.example"));
		assertEquals(403, upgrade(null, base));
		assertEquals(403, upgrade(cookie, null));
		assertEquals(101, upgrade(cookie, base));
	}

	private int upgrade(String withCookie, String origin) throws IOException {
		String request = "GET /lsp HTTP/1.1\r\nHost: 127.0.0.1:" + studio.address().getPort() + "\r\nConnection: Upgrade\r\n"
				+ "Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
				+ (withCookie == null ? "" : "Cookie: " + withCookie + "\r\n") + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
		return status(request);
	}

	private int status(String rawRequest) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), studio.address().getPort())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
			return Integer.parseInt(line.toString().split(" ")[1]);
		}
	}

	@Test
	void aForeignHostNameIsRefused() throws Exception {
		// DNS rebinding: a page at evil.example whose name now resolves to 127.0.0.1.
		int port = studio.address().getPort();
		assertEquals(421, status("GET /api/files HTTP/1.1\r\nHost: evil.example:" + port + "\r\nCookie: " + cookie + "\r\n\r\n"));
		assertEquals(200, status("GET /api/files HTTP/1.1\r\nHost: localhost:" + port + "\r\nCookie: " + cookie + "\r\n\r\n"));
	}

	@Test
	void noPathOutsideTheFolderIsReadOrWritten() throws Exception {
		String secret = Files.readString(outside.resolve("secret.cxspec"));
		for (String path : List.of("../outside/secret.cxspec", "%2E%2E/outside/secret.cxspec", "..%2Foutside%2Fsecret.cxspec",
				outside.resolve("secret.cxspec").toString(), "linked/secret.cxspec", "secret-link.cxspec", "./brand.cxspec",
				"C:%5Csecret.cxspec", ".hidden.cxspec", "brand.cxspec%00.txt", "people.cxspec/../../outside/secret.cxspec")) {
			HttpResponse<String> read = get("/api/file?path=" + path);
			assertTrue(read.statusCode() == 403 || read.statusCode() == 404, path + " gave " + read.statusCode());
			assertFalse(read.body().contains("not for the studio"), path);
			HttpResponse<String> write = send("PUT", "/api/file?path=" + path + "&base=" + SpecFolder.version(secret), base, "overwritten", true);
			assertEquals(403, write.statusCode(), path);
			HttpResponse<String> rename = send("POST", "/api/rename?path=brand.cxspec&to=" + path, base, null, true);
			assertTrue(rename.statusCode() == 403 || rename.statusCode() == 409, path + " gave " + rename.statusCode());
		}
		assertEquals(secret, Files.readString(outside.resolve("secret.cxspec")));
		assertTrue(Files.exists(folder.resolve("brand.cxspec")));
		assertFalse(get("/api/files").body().contains("secret"), "links out are not listed");
		for (String escape : List.of("/app/../../org/cxspec/studio/Studio.class", "/lib/..%2F..%2Forg/cxspec/studio/Studio.class",
				"/app/%2e%2e/%2e%2e/org/cxspec/studio/Studio.class", "/lib/at/codemirror/view/6.41.0/package.json/../../../../../org/cxspec/studio/Studio.class")) {
			int status = get(escape).statusCode();
			assertTrue(status == 400 || status == 404, escape + " gave " + status); // Jetty refuses ambiguous paths itself
		}
		assertEquals(403, get("/api/file?path=notes.txt").statusCode(), "only spec files and cxspec.yaml");
	}

	@Test
	void aFileThatIsNotSpecTextIsNotOpened() throws Exception {
		Files.write(folder.resolve("logo.cxspec"), new byte[] { 'b', 'r', 'a', 'n', 'd', '\n', 0, 1, 2, (byte) 0xFF });
		HttpResponse<String> read = get("/api/file?path=logo.cxspec");
		assertEquals(403, read.statusCode());
		assertTrue(read.body().contains("logo.cxspec:2:1: this is a binary file, not a spec text"), read.body());
		String preview = send("POST", "/api/preview", base, "{}", true).body();
		assertTrue(preview.contains("binary file"), "the preview says why it cannot show the spec: " + preview);
		Files.delete(folder.resolve("logo.cxspec"));
		assertTrue(send("POST", "/api/preview", base, "not json", true).body().contains("\"problem\""), "a malformed request gets a reason");
	}

	@Test
	void everyPageHasAStrictContentSecurityPolicy() throws Exception {
		HttpResponse<String> page = get("/");
		String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertTrue(policy.startsWith("default-src 'none'"), policy);
		assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval") || policy.contains("http:") || policy.contains("https:"), policy);
		assertTrue(policy.contains("frame-ancestors 'none'"), policy);
		assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
		String preview = send("POST", "/api/preview", base, "{}", true).body();
		String id = preview.replaceAll("(?s).*\"id\":\"(\\d+)\".*", "$1");
		HttpResponse<String> document = get("/preview/" + id + "/report.html");
		assertEquals(200, document.statusCode());
		String previewPolicy = document.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertTrue(previewPolicy.startsWith("default-src 'none'") && !previewPolicy.contains("script-src") && previewPolicy.contains("sandbox"),
				previewPolicy);
		assertEquals(403, send("GET", "/", null, null, false).statusCode());
		assertTrue(send("GET", "/", null, null, false).headers().firstValue("Content-Security-Policy").isPresent(),
				"refusals carry the policy too");
	}

	@Test
	void thePreviewEscapesSpecText() throws Exception {
		String hostile = Files.readString(folder.resolve("people.cxspec"))
				+ "\nrole Intruder \"<script>alert('x')</script><img src=x onerror=alert(1)>\"\n";
		String body = "{\"people.cxspec\":" + Reply.JSON.toJson(hostile) + "}";
		String answer = send("POST", "/api/preview", base, body, true).body();
		String id = answer.replaceAll("(?s).*\"id\":\"(\\d+)\".*", "$1");
		String playbook = get("/preview/" + id + "/playbooks/Intruder.html").body();
		assertTrue(playbook.contains("&lt;script&gt;"), "the description is shown as text");
		assertFalse(playbook.contains("<script>") || playbook.contains("<img src=x"), playbook);
		assertFalse(Files.readString(folder.resolve("people.cxspec")).contains("Intruder"), "a preview writes nothing");
	}

	@Test
	void aSaveOverAChangeMadeOnDiskIsRefusedAndLeavesNoTemporaryFile() throws Exception {
		Path file = folder.resolve("programmes.cxspec");
		String opened = Files.readString(file);
		Files.writeString(file, opened + "\n// changed by git pull\n");
		HttpResponse<String> save = send("PUT", "/api/file?path=programmes.cxspec&base=" + SpecFolder.version(opened), base, "mine", true);
		assertEquals(409, save.statusCode());
		assertTrue(save.body().contains("changed by git pull"), "the answer carries the version on disk");
		assertTrue(Files.readString(file).endsWith("// changed by git pull\n"));
		try (Stream<Path> files = Files.list(folder)) {
			assertFalse(files.anyMatch(path -> path.getFileName().toString().endsWith(".tmp")));
		}
		assertEquals(409, send("PUT", "/api/file?path=brand.cxspec&base=", base, "new", true).statusCode(),
				"creating over an existing file is refused");
	}

	@Test
	void itListensOnLoopbackOnly() throws Exception {
		assertTrue(studio.socket().getAddress().isLoopbackAddress());
		for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
			for (InetAddress address : network.inetAddresses().toList()) {
				if (address.isLoopbackAddress() || address.isLinkLocalAddress()) {
					continue;
				}
				try (Socket socket = new Socket()) {
					socket.connect(new java.net.InetSocketAddress(address, studio.address().getPort()), 2000);
					throw new AssertionError("the studio answered on " + address);
				} catch (IOException refused) {
					// as it should
				}
			}
		}
	}
}
