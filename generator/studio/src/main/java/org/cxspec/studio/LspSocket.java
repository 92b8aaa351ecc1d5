package org.cxspec.studio;

import java.net.URI;

import org.cxspec.ide.server.CxspecServerLauncher;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * One browser tab's connection to its own cxspec language server (the one {@code cxspec lsp} runs):
 * each WebSocket text message is one JSON-RPC message. The workspace is always the studio's spec
 * folder, whatever the page asks for, and {@code exit} never ends the studio. Public only because Jetty
 * calls the listener methods reflectively.
 */
public final class LspSocket implements Session.Listener.AutoDemanding {

	private final URI folder;
	private final MessageInput input = new MessageInput();
	private volatile Session session;

	LspSocket(URI folder) {
		this.folder = folder;
	}

	@Override
	public void onWebSocketOpen(Session opened) {
		this.session = opened;
		CxspecServerLauncher.start(input, new MessageOutput(this::send),
				binder -> binder.bind(ILanguageServerShutdownAndExitHandler.class)
						.to(ILanguageServerShutdownAndExitHandler.NullImpl.class));
	}

	private void send(String json) {
		Session open = session;
		if (open != null && open.isOpen()) {
			open.sendText(json, Callback.NOOP);
		}
	}

	@Override
	public void onWebSocketText(String message) {
		input.offer(message.contains("\"initialize\"") ? withOurFolder(message) : message);
	}

	/** The initialize request names the spec folder as the only workspace. */
	private String withOurFolder(String message) {
		JsonObject json;
		try {
			JsonElement parsed = JsonParser.parseString(message);
			if (!parsed.isJsonObject()) {
				return message;
			}
			json = parsed.getAsJsonObject();
		} catch (JsonSyntaxException notJson) {
			return message; // the server answers with a parse error
		}
		if (!json.has("method") || !"initialize".equals(json.get("method").getAsString()) || !json.has("params")
				|| !json.get("params").isJsonObject()) {
			return message;
		}
		JsonObject params = json.getAsJsonObject("params");
		params.addProperty("rootUri", folder.toString());
		params.remove("rootPath");
		JsonObject workspace = new JsonObject();
		workspace.addProperty("uri", folder.toString());
		workspace.addProperty("name", "spec");
		JsonArray folders = new JsonArray();
		folders.add(workspace);
		params.add("workspaceFolders", folders);
		return json.toString();
	}

	@Override
	public void onWebSocketClose(int statusCode, String reason) {
		session = null;
		input.close();
	}

	@Override
	public void onWebSocketError(Throwable cause) {
		session = null;
		input.close();
	}
}
