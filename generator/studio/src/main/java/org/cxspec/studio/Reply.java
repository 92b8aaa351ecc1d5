package org.cxspec.studio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** Writing one complete response: a status, a type and a body. */
final class Reply {

	static final Gson JSON = new GsonBuilder().disableHtmlEscaping().create();

	private Reply() {
	}

	static void bytes(Response response, Callback callback, int status, String type, byte[] body) {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
		response.write(true, ByteBuffer.wrap(body), callback);
	}

	static void text(Response response, Callback callback, int status, String text) {
		bytes(response, callback, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
	}

	static void json(Response response, Callback callback, int status, Object value) {
		bytes(response, callback, status, "application/json; charset=utf-8", JSON.toJson(value).getBytes(StandardCharsets.UTF_8));
	}
}
