package org.cxspec.studio;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may talk to the studio: only a page that was opened with this start's random token (in the
 * printed address, then in a cookie), served under the studio's own host name. The host check stops
 * DNS rebinding (a foreign name resolving to 127.0.0.1); the origin check stops other web pages,
 * which may send requests but never carry the same-site cookie or our origin.
 */
final class AccessGuard {

	private final String token;
	private final String cookieName;
	private final List<String> hosts;
	private final List<String> origins;

	AccessGuard(int port) {
		this.token = random(32);
		// Cookies ignore ports: two studios on one machine each need their own cookie.
		this.cookieName = "cxspec-studio-" + port;
		this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
		this.origins = hosts.stream().map(host -> "http://" + host).toList();
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	/** {@code bytes} random bytes, URL-safe. */
	static String random(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	String token() {
		return token;
	}

	/** Host names the studio answers to; anything else is a rebinding attempt or a mistake. */
	boolean hostAllowed(Request request) {
		String host = request.getHeaders().get(HttpHeader.HOST);
		return host != null && hosts.contains(host);
	}

	/**
	 * A request that names an origin must name ours; one that changes something (or opens the
	 * WebSocket) must name one. Browsers always send Origin on those.
	 */
	boolean originAllowed(Request request, boolean changes) {
		String origin = request.getHeaders().get(HttpHeader.ORIGIN);
		if (origin == null) {
			return !changes;
		}
		return origins.contains(origin);
	}

	boolean cookieValid(Request request) {
		for (HttpCookie cookie : Request.getCookies(request)) {
			if (cookie.getName().equals(cookieName) && same(cookie.getValue())) {
				return true;
			}
		}
		return false;
	}

	boolean tokenValid(String given) {
		return given != null && same(given);
	}

	/** Set-Cookie value for a page that arrived with the token: no script access, never sent cross-site. */
	String cookieHeader() {
		return cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
	}

	private boolean same(String given) {
		return MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}
}
