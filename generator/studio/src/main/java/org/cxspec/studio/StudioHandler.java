package org.cxspec.studio;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Every request passes here first: the host, the origin and the token are checked (see
 * {@link AccessGuard}), security headers are set, and only then does the request reach the
 * WebSocket upgrade ({@code /lsp}, the wrapped handler) or the page, files and previews.
 */
final class StudioHandler extends Handler.Wrapper {

	private final AccessGuard guard;
	private final WebAssets assets;
	private final FilesApi files;
	private final PreviewApi previews;
	private final Map<String, Object> info;
	private final String pageSecurity;

	StudioHandler(AccessGuard guard, WebAssets assets, FilesApi files, PreviewApi previews, Map<String, Object> info, int port) {
		this.guard = guard;
		this.assets = assets;
		this.files = files;
		this.previews = previews;
		this.info = info;
		this.pageSecurity = "default-src 'none'; script-src 'self' " + assets.importMapHash() + "; style-src 'self' 'nonce-%s';"
				+ " img-src 'self' data:; connect-src 'self' ws://127.0.0.1:" + port + " ws://localhost:" + port + ";"
				+ " frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
	}

	/** Generated documents: their own inline styles, never a script, framed only by the studio. */
	static final String PREVIEW_SECURITY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
			+ " base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox allow-same-origin";

	@Override
	public boolean handle(Request request, Response response, Callback callback) throws Exception {
		String path = Request.getPathInContext(request);
		boolean preview = path.startsWith("/preview/");
		// CodeMirror writes its styles into one <style> element: it carries this response's nonce.
		String nonce = AccessGuard.random(16);
		response.getHeaders().put("Content-Security-Policy", preview ? PREVIEW_SECURITY : pageSecurity.formatted(nonce));
		response.getHeaders().put("X-Content-Type-Options", "nosniff");
		response.getHeaders().put("Referrer-Policy", "no-referrer");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		response.getHeaders().put("Cross-Origin-Resource-Policy", "same-origin");
		if (!preview) {
			response.getHeaders().put("X-Frame-Options", "DENY");
		}
		String method = request.getMethod();
		boolean changes = !method.equals("GET") && !method.equals("HEAD") || path.equals("/lsp");
		if (!guard.hostAllowed(request)) {
			refuse(response, callback, HttpStatus.MISDIRECTED_REQUEST_421, "cxspec studio answers only at 127.0.0.1 and localhost.");
			return true;
		}
		// A page on another port of 127.0.0.1 is "same-site" and gets the SameSite cookie sent: only our own origin counts.
		String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
		boolean ownPage = fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none");
		if (!guard.originAllowed(request, changes) || !ownPage) {
			refuse(response, callback, HttpStatus.FORBIDDEN_403, "cxspec studio refuses requests from other web pages.");
			return true;
		}
		String token = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("token");
		if (path.equals("/") && token != null) {
			if (!guard.tokenValid(token)) {
				refuse(response, callback, HttpStatus.FORBIDDEN_403, "This access token is not the one cxspec studio printed at its start.");
				return true;
			}
			// The token moves into a cookie and out of the address bar (and the browser's history).
			response.getHeaders().add(HttpHeader.SET_COOKIE, guard.cookieHeader());
			Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, "/", true);
			return true;
		}
		if (!guard.cookieValid(request)) {
			refuse(response, callback, HttpStatus.FORBIDDEN_403,
					"Open the address that cxspec studio printed when it started: it carries the access token.");
			return true;
		}
		if (path.equals("/lsp")) {
			return super.handle(request, response, callback);
		}
		route(path, nonce, request, response, callback);
		return true;
	}

	/**
	 * A refusal closes the connection: the request's body, if any, is never read, and a client must
	 * not send its next request after that unread body on the same connection.
	 */
	private static void refuse(Response response, Callback callback, int status, String text) {
		response.getHeaders().put(HttpHeader.CONNECTION, "close");
		Reply.text(response, callback, status, text);
	}

	private void route(String path, String nonce, Request request, Response response, Callback callback) throws Exception {
		if (path.equals("/") || path.equals("/index.html")) {
			Reply.bytes(response, callback, HttpStatus.OK_200, "text/html; charset=utf-8",
					assets.page().replace("{{nonce}}", nonce).getBytes(StandardCharsets.UTF_8));
		} else if (path.startsWith("/app/") || path.startsWith("/lib/")) {
			byte[] file = assets.file(path);
			if (file == null) {
				Reply.text(response, callback, HttpStatus.NOT_FOUND_404, "no such file");
			} else {
				Reply.bytes(response, callback, HttpStatus.OK_200, WebAssets.contentType(path), file);
			}
		} else if (path.equals("/api/info")) {
			Reply.json(response, callback, HttpStatus.OK_200, info);
		} else if (path.equals("/api/preview") && request.getMethod().equals("POST")) {
			previews.render(request, response, callback);
		} else if (path.startsWith("/api/")) {
			files.handle(path.substring(5), request, response, callback);
		} else if (path.startsWith("/preview/")) {
			previews.document(path.substring(9), response, callback);
		} else {
			Reply.text(response, callback, HttpStatus.NOT_FOUND_404, "no such page");
		}
	}
}
