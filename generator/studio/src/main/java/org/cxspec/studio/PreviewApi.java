package org.cxspec.studio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cxspec.load.BadInputException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;

/**
 * Reads the spec as the page holds it (its unsaved texts over the files on disk) and serves the
 * documents of the last few states, each rendered when first asked for, so that a frame still
 * loading an older one finds it.
 */
final class PreviewApi {

	private static final int KEPT = 4;

	private final SpecFolder folder;
	private final Preview preview;
	private final AtomicLong next = new AtomicLong();
	private final Map<String, Kept> kept = new LinkedHashMap<>() {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
			return size() > KEPT;
		}
	};

	PreviewApi(SpecFolder folder, Preview preview) {
		this.folder = folder;
		this.preview = preview;
	}

	/** A state of the spec and the documents rendered from it so far. */
	private record Kept(Preview.Rendered rendered, Map<String, String> documents) {
	}

	/** What the page needs to show a rendering, or why there is none. */
	record Shown(String id, List<Preview.Entry> documents, Map<String, Preview.Place> places, int errors, String problem) {
	}

	void render(Request request, Response response, Callback callback) throws Exception {
		Map<Path, String> texts;
		try {
			JsonObject page = JsonParser.parseString(FilesApi.body(request)).getAsJsonObject();
			Map<Path, String> unsaved = new LinkedHashMap<>();
			for (String path : page.keySet()) {
				Path file = folder.resolve(path);
				if (path.endsWith(".cxspec")) {
					unsaved.put(file, page.get(path).getAsString());
				}
			}
			texts = folder.specTexts(unsaved);
		} catch (SpecFolder.Refused | BadInputException | JsonSyntaxException | IllegalStateException | UnsupportedOperationException bad) {
			Reply.json(response, callback, HttpStatus.OK_200, new Shown(null, List.of(), Map.of(), 0, bad.getMessage()));
			return;
		}
		if (texts.isEmpty()) {
			Reply.json(response, callback, HttpStatus.OK_200,
					new Shown(null, List.of(), Map.of(), 0, "The folder has no .cxspec file yet: create one with New."));
			return;
		}
		Preview.Rendered rendered;
		try {
			rendered = preview.render(texts);
		} catch (RuntimeException cannotRender) {
			// Say so in the page and keep the last preview; the editor's diagnostics say what to fix.
			Reply.json(response, callback, HttpStatus.OK_200, new Shown(null, List.of(), Map.of(), 0,
					"The documents cannot be rendered from this text (" + cannotRender + "); fix the errors in the editor."));
			return;
		}
		String id = Long.toString(next.incrementAndGet());
		synchronized (kept) {
			kept.put(id, new Kept(rendered, new ConcurrentHashMap<>()));
		}
		Reply.json(response, callback, HttpStatus.OK_200,
				new Shown(id, rendered.documents(), rendered.places(), rendered.errors(), null));
	}

	/** {@code /preview/ID/PATH}: one document of a kept rendering. */
	void document(String rest, Response response, Callback callback) {
		int slash = rest.indexOf('/');
		Kept state;
		synchronized (kept) {
			state = slash < 0 ? null : kept.get(rest.substring(0, slash));
		}
		String path = slash < 0 ? "" : rest.substring(slash + 1);
		boolean listed = state != null && state.rendered().documents().stream().anyMatch(entry -> entry.path().equals(path));
		String text;
		try {
			text = listed ? state.documents().computeIfAbsent(path, wanted -> preview.document(state.rendered().site(), wanted)) : null;
		} catch (RuntimeException cannotRender) {
			Reply.text(response, callback, HttpStatus.OK_200, "This document cannot be rendered from the text as it is ("
					+ cannotRender + "); the editor's diagnostics say what to fix.");
			return;
		}
		if (text == null) {
			Reply.text(response, callback, HttpStatus.NOT_FOUND_404, "This preview is no longer kept; the studio shows a newer one.");
			return;
		}
		String type = path.endsWith(".svg") ? "image/svg+xml; charset=utf-8"
				: path.endsWith(".html") ? "text/html; charset=utf-8"
				: path.endsWith(".json") ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
		Reply.bytes(response, callback, HttpStatus.OK_200, type, text.getBytes(StandardCharsets.UTF_8));
	}
}
