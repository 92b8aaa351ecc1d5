package org.cxspec.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;

import org.cxspec.load.SpecText;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The files of the spec folder over HTTP: list (with versions, which the page polls to see
 * changes made on disk), read, save (only over the version the page started from), create,
 * rename and delete. Every path goes through {@link SpecFolder}.
 */
final class FilesApi {

	private final SpecFolder folder;

	FilesApi(SpecFolder folder) {
		this.folder = folder;
	}

	record Listed(String path, String version) {
	}

	record Saved(boolean saved, String version, String text) {
	}

	void handle(String action, Request request, Response response, Callback callback) throws Exception {
		Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
		String path = query.getValue("path");
		String method = request.getMethod();
		try {
			switch (action + " " + method) {
			case "files GET" -> {
				Map<String, String> versions = folder.versions();
				List<Listed> listed = versions.entrySet().stream().map(entry -> new Listed(entry.getKey(), entry.getValue())).toList();
				Reply.json(response, callback, HttpStatus.OK_200, listed);
			}
			case "file GET" -> {
				SpecFolder.Versioned file = folder.read(path);
				Reply.json(response, callback, HttpStatus.OK_200, new Saved(true, file.version(), file.text()));
			}
			case "file PUT" -> {
				String base = query.getValue("base") == null ? "" : query.getValue("base");
				SpecFolder.SaveResult result = folder.save(path, base, body(request));
				SpecFolder.Versioned now = result.now();
				Reply.json(response, callback, result.saved() ? HttpStatus.OK_200 : HttpStatus.CONFLICT_409,
						new Saved(result.saved(), now == null ? "" : now.version(), now == null ? null : now.text()));
			}
			case "file DELETE" -> {
				folder.delete(path, query.getValue("base") == null ? "" : query.getValue("base"));
				Reply.json(response, callback, HttpStatus.OK_200, Map.of("deleted", path));
			}
			case "rename POST" -> {
				folder.rename(path, query.getValue("to"));
				Reply.json(response, callback, HttpStatus.OK_200, Map.of("renamed", path));
			}
			default -> Reply.text(response, callback, HttpStatus.NOT_FOUND_404, "no such request");
			}
		} catch (SpecFolder.Refused refused) {
			Reply.text(response, callback, HttpStatus.FORBIDDEN_403, refused.getMessage());
		} catch (NoSuchFileException gone) {
			Reply.text(response, callback, HttpStatus.NOT_FOUND_404, gone.getMessage() + ": no such file");
		} catch (FileAlreadyExistsException exists) {
			Reply.text(response, callback, HttpStatus.CONFLICT_409, exists.getMessage() + ": a file of that name exists");
		} catch (IOException cannotWrite) {
			Reply.text(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500,
					(path == null ? "" : path + ": ") + "cannot read or write (" + cannotWrite.getMessage() + ")");
		}
	}

	/** A request's text; too large a body is refused before it is read. */
	static String body(Request request) throws IOException, SpecFolder.Refused {
		if (request.getLength() > SpecText.MAX_BYTES * 2) {
			throw new SpecFolder.Refused("the request is too large for a spec");
		}
		String text = Content.Source.asString(request, StandardCharsets.UTF_8);
		if (text.length() > SpecText.MAX_BYTES * 2) {
			throw new SpecFolder.Refused("the request is too large for a spec");
		}
		return text;
	}
}
