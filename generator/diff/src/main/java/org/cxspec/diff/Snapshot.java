package org.cxspec.diff;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.load.Finding;
import org.cxspec.load.Locations;

/**
 * One version of a spec, read for comparison: its elements by kind and key, in text order, its
 * findings, and how its files are shown. Far smaller than the loaded model it is read from, so a
 * version can be compared after its model is gone: two large versions need not be held at once.
 */
public record Snapshot(String label, EnumMap<Kind, LinkedHashMap<String, Element>> elements, List<Finding> findings,
		Map<Path, String> shownFiles) {

	/** The file as the user should see it in a message ("main:specs/brand.cxspec" for a git version). */
	String shown(Path file) {
		String shown = shownFiles.get(file);
		return shown != null ? shown : Locations.display(file);
	}

	Map<String, Element> of(Kind kind) {
		return elements.getOrDefault(kind, new LinkedHashMap<>());
	}

	Element brand() {
		return of(Kind.BRAND).values().stream().findFirst().orElse(null);
	}
}
