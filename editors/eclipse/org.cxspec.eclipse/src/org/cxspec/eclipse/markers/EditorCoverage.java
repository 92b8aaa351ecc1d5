package org.cxspec.eclipse.markers;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;

/**
 * Which spec files an editor's language server (run by LSP4E) reports on. LSP4E marks those
 * files itself, so the project check leaves them alone and removes its own markers there: each
 * finding shows once. When that server stops, the project check takes them back.
 */
public final class EditorCoverage {

	private static final Map<Path, Object> COVERED = new ConcurrentHashMap<>();

	private EditorCoverage() {
	}

	public static void cover(Object owner, String uri) {
		Path file = pathOf(uri);
		if (file != null && COVERED.put(file, owner) == null) {
			for (IFile resource : filesAt(file)) {
				SpecMarkers.clearLater(resource);
			}
		}
	}

	public static void release(Object owner) {
		COVERED.entrySet().removeIf(entry -> {
			if (entry.getValue() != owner) {
				return false;
			}
			for (IFile resource : filesAt(entry.getKey())) {
				ProjectChecks.schedule(resource.getProject());
			}
			return true;
		});
	}

	public static boolean isCovered(Path file) {
		return COVERED.containsKey(file);
	}

	static Path pathOf(String uri) {
		try {
			return Path.of(URI.create(uri)).toAbsolutePath().normalize();
		} catch (RuntimeException e) {
			return null;
		}
	}

	static IFile[] filesAt(Path file) {
		return ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri());
	}
}
