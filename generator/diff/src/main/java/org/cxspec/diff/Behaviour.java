package org.cxspec.diff;

import java.util.List;

import org.cxspec.model.Specs;

/** A tight standard or a loose freedom: they have no names, so they are matched by their text. */
record Behaviour(boolean tight, String text, List<String> protects, List<String> guardrails, List<String> examples) {

	/** Case, spacing and punctuation ignored, as the rules compare behaviours. */
	String key() {
		return Specs.behaviourKey(text);
	}
}
