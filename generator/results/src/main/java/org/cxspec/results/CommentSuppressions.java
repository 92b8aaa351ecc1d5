package org.cxspec.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.rules.Rule;
import org.cxspec.suppression.Suppression;
import org.cxspec.suppression.Suppressions;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The spec's {@code // cxspec-ignore} comments applied to results findings, as the language's
 * validator applies them to every other rule: a suppression covers the element right below it
 * and everything inside. The language's validator cannot judge whether a suppression of a
 * results rule is used (it never sees survey answers), so that is judged here.
 */
final class CommentSuppressions {

	/** A suppression and the file it is written in. */
	record Written(Resource resource, Suppression suppression) {
	}

	private final Map<Resource, List<Suppression>> byResource = new LinkedHashMap<>();
	private final Set<String> used = new HashSet<>();

	CommentSuppressions(List<Resource> resources) {
		for (Resource resource : resources) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
				List<Suppression> found = Suppressions.parse(xtext.getParseResult().getRootNode());
				if (!found.isEmpty()) {
					byResource.put(resource, found);
				}
			}
		}
	}

	/** Whether a comment silences {@code rule} at {@code element}; a silencing comment counts as used. */
	boolean silences(Rule rule, EObject element) {
		List<Suppression> suppressions = byResource.get(element.eResource());
		if (suppressions == null) {
			return false;
		}
		List<Suppression> silencing = Suppressions.silencing(suppressions, Suppressions.linesAround(element), rule.id());
		silencing.forEach(suppression -> used.add(key(element.eResource(), suppression, rule.id())));
		return !silencing.isEmpty();
	}

	/** Suppressions naming a results rule that silenced nothing in this run, with that rule. */
	List<Map.Entry<Written, Rule>> unused() {
		List<Map.Entry<Written, Rule>> unused = new ArrayList<>();
		byResource.forEach((resource, suppressions) -> {
			for (Suppression suppression : suppressions) {
				for (String id : suppression.ruleIds()) {
					Rule.byId(id).filter(rule -> rule.concern() == Rule.Concern.RESULTS)
							.filter(rule -> !used.contains(key(resource, suppression, id)))
							.ifPresent(rule -> unused.add(Map.entry(new Written(resource, suppression), rule)));
				}
			}
		});
		return unused;
	}

	private static String key(Resource resource, Suppression suppression, String ruleId) {
		return resource.getURI() + " " + suppression.line() + " " + ruleId;
	}
}
