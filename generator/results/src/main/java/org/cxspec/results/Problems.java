package org.cxspec.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What could not be used while reading: rejected rows (counted by reason; the first few of each
 * file kept with their place, so a broken export of a million rows does not print a million
 * lines) and names the spec does not have (counted, with the first place each was seen).
 */
final class Problems {

	static final int KEPT_PER_FILE = 20;

	/** A place in an export: 1-based line and column. */
	record Place(Path file, long line, int column, String message) {
	}

	/** A name the spec does not have: what kind of name, how often, first seen where. */
	static final class Unknown {
		final String kind;
		final String name;
		final Place first;
		long count;

		Unknown(String kind, String name, Place first) {
			this.kind = kind;
			this.name = name;
			this.first = first;
		}
	}

	final Map<String, Long> rejectedBecause = new TreeMap<>();
	final List<Place> rejected = new ArrayList<>();
	final Map<String, Unknown> unknown = new LinkedHashMap<>();
	private final Map<Path, Integer> keptPerFile = new LinkedHashMap<>();

	/** Counts a rejected row under {@code reason}; {@code place} may be null when another finding already points at it. */
	void reject(Place place, RejectReason reason) {
		rejectedBecause.merge(reason.text(), 1L, Long::sum);
		if (place == null) {
			return;
		}
		int kept = keptPerFile.getOrDefault(place.file(), 0);
		if (kept < KEPT_PER_FILE) {
			rejected.add(place);
			keptPerFile.put(place.file(), kept + 1);
		}
	}

	void unknown(String kind, String name, Place place) {
		unknown.computeIfAbsent(kind + "\u0000" + name, key -> new Unknown(kind, name, place)).count++;
	}

	long rejectedCount() {
		return rejectedBecause.values().stream().mapToLong(Long::longValue).sum();
	}
}
