package org.cxspec.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.ClosedLoop;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;
import org.cxspec.model.Kinds;
import org.cxspec.parser.Blocks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** The words of a stray-text finding: what was found, where, and how the statement is written. */
final class StrayMessages {

	/** How each statement is written, keyed by the word it starts with. */
	private static final Map<String, String> SHAPES = Map.ofEntries(
			Map.entry("brand", "brand Name \"...\" { promise \"...\" }"),
			Map.entry("customer", "customer Name \"...\" { expects ... }"),
			Map.entry("value", "value Name \"...\" drives retention, advocacy"),
			Map.entry("metric", "metric Name \"...\" current 22 target 35 higher is better"),
			Map.entry("role", "role Name \"...\""),
			Map.entry("partner", "partner Name \"...\""),
			Map.entry("journey", "journey Name \"...\" for Customer { stage ... }"),
			Map.entry("cocreation", "cocreation Name \"...\" { ... }"),
			Map.entry("closed", "closed loop Name \"...\" { ... }"),
			Map.entry("promise", "promise \"...\""),
			Map.entry("differentiates", "differentiates from \"...\""),
			Map.entry("tight", "tight \"...\" for Value"),
			Map.entry("loose", "loose \"...\" within \"...\" example \"...\""),
			Map.entry("backstage", "backstage \"...\""),
			Map.entry("expects", "expects Name \"...\" scored 2.8 target 4.2 out of 5"),
			Map.entry("stage", "stage Name \"...\" { touchpoint ... }"),
			Map.entry("touchpoint", "touchpoint Name \"...\" { ... }"),
			Map.entry("channel", "channel phone (one word, or a text in double quotes)"),
			Map.entry("differentiating", "differentiating"),
			Map.entry("moment", "moment of truth"),
			Map.entry("delivers", "delivers Value, Value"),
			Map.entry("addresses", "addresses Expectation, Expectation"),
			Map.entry("staffed", "staffed by Role, Partner"),
			Map.entry("measured", "measured by Metric"),
			Map.entry("type", "type participation for self (or creation for self, participation for others, creation with others)"),
			Map.entry("goal", "goal \"...\" metric Metric target 2.8 by \"2027-Q1\""),
			Map.entry("owner", "owner Role"),
			Map.entry("involves", "involves Customer, Role"),
			Map.entry("method", "method feedback sessions, \"co-design workshops\""),
			Map.entry("rhythm", "rhythm community \"...\" business \"...\""),
			Map.entry("report", "report back \"...\""),
			Map.entry("when", "when Metric below 7 (or when \"...\")"),
			Map.entry("respond", "respond within 24 hours (a whole number of minutes, hours or days)"));

	private static final Set<String> TOP_LEVEL = Set.of("brand", "customer", "value", "metric", "role", "partner", "journey",
			"cocreation", "closed");

	/** Statements whose second word is the name of what they declare. */
	private static final Set<String> NAMED = Set.of("brand", "customer", "value", "metric", "role", "partner", "journey",
			"cocreation", "expects", "stage", "touchpoint");

	/** Where a statement keyword belongs, for "you wrote it in the wrong block" messages. */
	private static final Map<String, String> HOME = Map.ofEntries(
			Map.entry("touchpoint", "inside a stage of a journey"),
			Map.entry("stage", "inside a journey"),
			Map.entry("expects", "inside a customer block"),
			Map.entry("promise", "inside the brand block"),
			Map.entry("differentiates", "inside the brand block"),
			Map.entry("tight", "inside the brand block or a touchpoint"),
			Map.entry("loose", "inside the brand block or a touchpoint"),
			Map.entry("backstage", "inside the brand block or a touchpoint"),
			Map.entry("channel", "inside a touchpoint"),
			Map.entry("differentiating", "inside a touchpoint"),
			Map.entry("moment", "inside a touchpoint"),
			Map.entry("delivers", "inside a touchpoint"),
			Map.entry("addresses", "inside a touchpoint"),
			Map.entry("staffed", "inside a touchpoint"),
			Map.entry("measured", "inside a touchpoint"),
			Map.entry("type", "inside a cocreation block"),
			Map.entry("goal", "inside a cocreation block"),
			Map.entry("involves", "inside a cocreation block"),
			Map.entry("method", "inside a cocreation block"),
			Map.entry("rhythm", "inside a cocreation block"),
			Map.entry("report", "inside a cocreation block"),
			Map.entry("owner", "inside a cocreation block or a closed loop"),
			Map.entry("when", "inside a closed loop"),
			Map.entry("respond", "inside a closed loop"));

	private StrayMessages() {
	}

	/** The message for a run of stray words inside {@code block}; {@code keywords}: all words of the language. */
	static String describe(EObject block, List<String> words, Set<String> keywords) {
		String first = words.get(0);
		String where = block instanceof Model ? "" : " in " + Kinds.of(block) + " " + SimpleAttributeResolver.NAME_RESOLVER.apply(block);
		if (startsStatementIn(block, first)) {
			int namePosition = "closed".equals(first) ? 2 : NAMED.contains(first) ? 1 : -1;
			String name = namePosition > 0 && words.size() > namePosition ? words.get(namePosition) : null;
			String keywordAsName = name != null && keywords.contains(name)
					? " ('" + name + "' is a word of the language, so it cannot be a name: pick another one.)" : "";
			return "This " + first + " statement" + where + " cannot be read: write it as " + SHAPES.get(first) + "." + keywordAsName;
		}
		String home = HOME.get(first);
		if (block instanceof Model && "}".equals(first)) {
			return "This '}' closes no block: remove it, or check the braces of the declaration above.";
		}
		if (block instanceof Model) {
			return shown(first) + " cannot start a declaration" + (home == null
					? ": " + Blocks.expectedIn(null) + "."
					: ": a " + first + " statement belongs " + home + ". Declarations start with brand, customer, value, metric,"
							+ " role, partner, journey, cocreation or closed loop.");
		}
		return shown(first) + " is not a statement of " + where.substring(4) + ": " + Blocks.expectedIn(block) + "."
				+ (home == null ? "" : " (A " + first + " statement belongs " + home + ".)");
	}

	/** Words left over on the line of a declaration: its ending could not be read. */
	static String afterDeclaration(Declaration declaration, List<String> words) {
		String keyword = declaration instanceof ClosedLoop ? "closed" : declaration.eClass().getName().toLowerCase();
		String shape = SHAPES.getOrDefault(keyword, keyword + " Name \"...\"");
		String shownWords = String.join(" ", words);
		return "After " + Kinds.of(declaration) + " " + declaration.getName() + ", " + shown(shownWords.length() > 40
				? shownWords.substring(0, 37) + "..." : shownWords) + " cannot be read: write it as " + shape + ".";
	}

	private static boolean startsStatementIn(EObject block, String word) {
		if (block instanceof Model) {
			return TOP_LEVEL.contains(word);
		}
		String home = HOME.get(word);
		if (home == null) {
			return false;
		}
		return block instanceof Brand && home.contains("brand") || block instanceof Touchpoint && home.contains("touchpoint")
				|| block instanceof Customer && home.contains("customer") || block instanceof Journey && "stage".equals(word)
				|| block instanceof Stage && "touchpoint".equals(word) || block instanceof CoCreation && home.contains("cocreation")
				|| block instanceof ClosedLoop && home.contains("closed loop");
	}

	private static String shown(String word) {
		String oneLine = word.replaceAll("\\s+", " ");
		return oneLine.startsWith("\"") ? "The text " + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "...\"" : oneLine)
				: "'" + oneLine + "'";
	}
}
