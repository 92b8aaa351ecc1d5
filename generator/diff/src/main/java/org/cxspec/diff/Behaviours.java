package org.cxspec.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cxspec.diff.ElementDelta.PropertyDelta;

/**
 * Matches the standards and freedoms of one place (the brand, a touchpoint) across versions by
 * their text, as they have no names: the same words (ignoring case and punctuation) are the same
 * behaviour, even when it turned from freedom into standard; words that are
 * {@linkplain Wordings alike} are the same behaviour reworded. What is left was withdrawn or is new.
 */
final class Behaviours {

	private Behaviours() {
	}

	static List<BehaviourDelta> compare(List<Behaviour> before, List<Behaviour> after) {
		Behaviour[] partner = new Behaviour[after.size()];
		boolean[] oldMatched = new boolean[before.size()];
		matchSameText(before, after, partner, oldMatched, true);
		matchSameText(before, after, partner, oldMatched, false);
		matchAlike(before, after, partner, oldMatched, true);
		matchAlike(before, after, partner, oldMatched, false);
		List<BehaviourDelta> deltas = new ArrayList<>();
		for (int j = 0; j < after.size(); j++) {
			BehaviourDelta delta = partner[j] == null ? BehaviourDelta.added(after.get(j)) : details(partner[j], after.get(j));
			if (delta != null) {
				deltas.add(delta);
			}
		}
		for (int i = 0; i < before.size(); i++) {
			if (!oldMatched[i]) {
				deltas.add(BehaviourDelta.removed(before.get(i)));
			}
		}
		return deltas;
	}

	/** Same words: first of the same kind (standard, freedom), then across kinds. */
	private static void matchSameText(List<Behaviour> before, List<Behaviour> after, Behaviour[] partner, boolean[] oldMatched,
			boolean sameKind) {
		Map<String, List<Integer>> unmatchedOld = new HashMap<>();
		for (int i = 0; i < before.size(); i++) {
			if (!oldMatched[i]) {
				unmatchedOld.computeIfAbsent(before.get(i).key(), key -> new ArrayList<>()).add(i);
			}
		}
		for (int j = 0; j < after.size(); j++) {
			if (partner[j] != null) {
				continue;
			}
			List<Integer> candidates = unmatchedOld.getOrDefault(after.get(j).key(), List.of());
			for (int c = 0; c < candidates.size(); c++) {
				int i = candidates.get(c);
				if (!oldMatched[i] && (before.get(i).tight() == after.get(j).tight()) == sameKind) {
					partner[j] = before.get(i);
					oldMatched[i] = true;
					break;
				}
			}
		}
	}

	private static void matchAlike(List<Behaviour> before, List<Behaviour> after, Behaviour[] partner, boolean[] oldMatched,
			boolean sameKind) {
		List<Integer> olds = new ArrayList<>();
		List<Integer> news = new ArrayList<>();
		for (int i = 0; i < before.size(); i++) {
			if (!oldMatched[i]) {
				olds.add(i);
			}
		}
		for (int j = 0; j < after.size(); j++) {
			if (partner[j] == null) {
				news.add(j);
			}
		}
		for (boolean tight : new boolean[] { true, false }) {
			List<Integer> left = olds.stream().filter(i -> !oldMatched[i] && before.get(i).tight() == tight).toList();
			List<Integer> right = news.stream().filter(j -> partner[j] == null && after.get(j).tight() == (sameKind == tight)).toList();
			List<Wordings.Pair> pairs = Wordings.pairs(left.stream().map(i -> before.get(i).text()).toList(),
					right.stream().map(j -> after.get(j).text()).toList());
			for (Wordings.Pair pair : pairs) {
				int i = left.get(pair.left());
				int j = right.get(pair.right());
				partner[j] = before.get(i);
				oldMatched[i] = true;
			}
		}
	}

	/** What changed in a behaviour found in both versions; null when nothing did. */
	private static BehaviourDelta details(Behaviour before, Behaviour after) {
		PropertyDelta protects = ValueLists.compare("protects", before.protects(), after.protects(), false);
		PropertyDelta guardrails = ValueLists.compare("within", before.guardrails(), after.guardrails(), true);
		PropertyDelta examples = ValueLists.compare("example", before.examples(), after.examples(), true);
		boolean sameWords = before.text().equals(after.text());
		if (sameWords && before.tight() == after.tight() && protects == null && guardrails == null && examples == null) {
			return null;
		}
		List<String> examplesAdded = new ArrayList<>(examples == null ? List.of() : examples.added());
		List<String> examplesRemoved = new ArrayList<>(examples == null ? List.of() : examples.removed());
		if (examples != null) {
			examples.reworded().forEach(reworded -> {
				examplesRemoved.add(reworded.before());
				examplesAdded.add(reworded.after());
			});
		}
		if (before.tight() != after.tight()) {
			// A standard has no guardrails or examples, a freedom protects no value: what the
			// conversion takes away goes without saying.
			return new BehaviourDelta(before, after, added(protects), after.tight() ? removed(protects) : List.of(),
					added(guardrails), List.of(), List.of(), List.copyOf(examplesAdded), List.of());
		}
		return new BehaviourDelta(before, after, added(protects), removed(protects), added(guardrails), removed(guardrails),
				guardrails == null ? List.of() : guardrails.reworded(), List.copyOf(examplesAdded), List.copyOf(examplesRemoved));
	}

	private static List<String> added(PropertyDelta delta) {
		return delta == null ? List.of() : delta.added();
	}

	private static List<String> removed(PropertyDelta delta) {
		return delta == null ? List.of() : delta.removed();
	}
}
