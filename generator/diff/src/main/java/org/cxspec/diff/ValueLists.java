package org.cxspec.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cxspec.diff.ElementDelta.PropertyDelta;
import org.cxspec.diff.ElementDelta.Reworded;

/** Compares the values of one statement in two versions, in the order they are written. */
final class ValueLists {

	private ValueLists() {
	}

	/**
	 * Values only before, values only after, and (for texts) those reworded: a removed text and an
	 * added one that are {@linkplain Wordings alike} are one value reworded. Null when nothing changed.
	 */
	static PropertyDelta compare(String property, List<String> before, List<String> after, boolean texts) {
		Set<String> old = new LinkedHashSet<>(before);
		Set<String> now = new LinkedHashSet<>(after);
		List<String> removed = new ArrayList<>(old);
		removed.removeAll(now);
		List<String> added = new ArrayList<>(now);
		added.removeAll(old);
		if (removed.isEmpty() && added.isEmpty()) {
			return null;
		}
		List<Reworded> reworded = new ArrayList<>();
		if (texts) {
			List<Wordings.Pair> pairs = Wordings.pairs(removed, added);
			List<String> pairedRemoved = new ArrayList<>();
			List<String> pairedAdded = new ArrayList<>();
			for (Wordings.Pair pair : pairs) {
				reworded.add(new Reworded(removed.get(pair.left()), added.get(pair.right())));
				pairedRemoved.add(removed.get(pair.left()));
				pairedAdded.add(added.get(pair.right()));
			}
			removed.removeAll(pairedRemoved);
			added.removeAll(pairedAdded);
		}
		return new PropertyDelta(property, List.copyOf(removed), List.copyOf(added), List.copyOf(reworded));
	}
}
