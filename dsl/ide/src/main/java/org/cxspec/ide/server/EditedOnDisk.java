package org.cxspec.ide.server;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.UriExtensions;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Files the server's own workspace edits (a rename, a quick fix) touch while the editor does not
 * have them open. Some editors write such files straight to disk and never open them, and not
 * every editor reports changes on disk: the server then kept their old text (six false "No
 * value is named Equity" errors after a rename). Each such file is read again at the next build
 * or save once its time stamp or size on disk has changed.
 */
@Singleton
public class EditedOnDisk {

	private record Seen(long modified, long size) {
		static Seen of(URI uri) {
			File file = new File(uri.toFileString());
			return new Seen(file.lastModified(), file.length());
		}
	}

	private final Map<URI, Seen> tracked = new ConcurrentHashMap<>();

	@Inject
	private UriExtensions uris;

	/** Remembers the files of an edit the editor does not have open. */
	public void track(WorkspaceEdit edit, Predicate<URI> isOpen) {
		if (edit == null) {
			return;
		}
		List<String> touched = new ArrayList<>();
		if (edit.getChanges() != null) {
			touched.addAll(edit.getChanges().keySet());
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(change -> change.isLeft()).map(change -> change.getLeft())
					.map(TextDocumentEdit::getTextDocument).forEach(document -> touched.add(document.getUri()));
		}
		for (String raw : touched) {
			URI uri = uris.toUri(raw);
			if (uri.isFile() && !isOpen.test(uri)) {
				tracked.put(uri, Seen.of(uri));
			}
		}
	}

	/** The tracked files whose content on disk changed since their edit was handed out; no longer tracked. */
	public List<URI> changed() {
		List<URI> changed = new ArrayList<>();
		tracked.forEach((uri, seen) -> {
			if (!Seen.of(uri).equals(seen) && tracked.remove(uri, seen)) {
				changed.add(uri);
			}
		});
		return changed;
	}
}
