package org.cxspec.eclipse.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cxspec.eclipse.markers.EditorCoverage;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The server as LSP4E runs it for open editors: started with the preferences of the moment, and
 * the files it reports on handed over from the project check (so that each finding shows once in
 * the Problems view; LSP4E's marker ends in the rule id, the diagnostic's code, as ours does).
 */
public final class EditorConnection {

	private static final Set<EditorConnection> RUNNING = ConcurrentHashMap.newKeySet();
	private ServerProcess process;
	private InputStream output;
	private WholeMessages input;

	/**
	 * Tells every running editor server that a cxspec.yaml changed, as an LSP client that watches
	 * files would: the server then checks every spec again under the new configuration.
	 */
	public static void configurationChanged(String uri) {
		JsonObject change = new JsonObject();
		change.addProperty("uri", uri);
		change.addProperty("type", 2); // changed; the server re-reads the file whatever happened to it
		JsonArray changes = new JsonArray();
		changes.add(change);
		JsonObject params = new JsonObject();
		params.add("changes", changes);
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		message.addProperty("method", "workspace/didChangeWatchedFiles");
		message.add("params", params);
		for (EditorConnection connection : RUNNING) {
			connection.send(message.toString());
		}
	}

	public synchronized void start() throws IOException {
		if (process != null && process.isAlive()) {
			return;
		}
		process = ServerProcess.start(ServerSettings.current().arguments(BundledServer.jar()), BundledServer.log("editor-server.log"));
		output = new PublishedDiagnostics(process.output(), uri -> EditorCoverage.cover(this, uri));
		input = new WholeMessages(process.input());
		RUNNING.add(this);
	}

	public synchronized InputStream getInputStream() {
		return output;
	}

	public synchronized OutputStream getOutputStream() {
		return input;
	}

	private void send(String json) {
		WholeMessages to;
		synchronized (this) {
			to = input;
		}
		try {
			if (to != null) {
				to.send(json);
			}
		} catch (IOException e) {
			// the server has ended; LSP4E notices and restarts it when needed
		}
	}

	/** Always empty: standard error is in the log file (see {@link ServerProcess}). */
	public InputStream getErrorStream() {
		return InputStream.nullInputStream();
	}

	public synchronized void stop() {
		RUNNING.remove(this);
		if (process != null) {
			process.stop();
			process = null;
		}
		EditorCoverage.release(this);
	}

	@Override
	public String toString() {
		return "cxspec language server";
	}
}
