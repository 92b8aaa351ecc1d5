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
import org.cxspec.linking.Similarity;
import org.cxspec.model.Kinds;
import org.cxspec.parser.Blocks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** The words of a stray-text finding: what was found, where, and how the statement is written. */
final class StrayMessages {

	/** How a statement is written, and the block it belongs in (null for declarations). */
	private record Statement(String shape, String home) {
	}

	/** Statements of more than one word, by their first. */
	private static final Map<String, String> WHOLE_KEYWORD = Map.of("closed", "closed loop", "differentiates", "differentiates from",
			"moment", "moment of truth", "staffed", "staffed by", "measured", "measured by", "report", "report back");

	/** Every statement, keyed by the word it starts with. */
	private static final Map<String, Statement> STATEMENTS = Map.ofEntries(
			statement("brand", "brand Name \"...\" { promise \"...\" }", null),
			statement("customer", "customer Name \"...\" { expects ... }", null),
			statement("value", "value Name \"...\" drives retention, advocacy", null),
			statement("metric", "metric Name \"...\" current 22 target 35 higher is better", null),
			statement("role", "role Name \"...\"", null),
			statement("partner", "partner Name \"...\"", null),
			statement("journey", "journey Name \"...\" for Customer { stage ... }", null),
			statement("cocreation", "cocreation Name \"...\" { ... }", null),
			statement("closed", "closed loop Name \"...\" { ... }", null),
			statement("promise", "promise \"...\"", "inside the brand block"),
			statement("differentiates", "differentiates from \"...\"", "inside the brand block"),
			statement("tight", "tight \"...\" for Value", "inside the brand block or a touchpoint"),
			statement("loose", "loose \"...\" within \"...\" example \"...\"", "inside the brand block or a touchpoint"),
			statement("backstage", "backstage \"...\"", "inside the brand block or a touchpoint"),
			statement("expects", "expects Name \"...\" scored 2.8 target 4.2 out of 5", "inside a customer block"),
			statement("stage", "stage Name \"...\" { touchpoint ... }", "inside a journey"),
			statement("touchpoint", "touchpoint Name \"...\" { ... }", "inside a stage of a journey"),
			statement("channel", "channel phone (one word, or a text in double quotes)", "inside a touchpoint"),
			statement("differentiating", "differentiating", "inside a touchpoint"),
			statement("moment", "moment of truth", "inside a touchpoint"),
			statement("delivers", "delivers Value, Value", "inside a touchpoint"),
			statement("addresses", "addresses Expectation, Expectation", "inside a touchpoint"),
			statement("staffed", "staffed by Role, Partner", "inside a touchpoint"),
			statement("measured", "measured by Metric", "inside a touchpoint"),
			statement("type", "type participation for self (or creation for self, participation for others, creation with others)", "inside a cocreation block"),
			statement("goal", "goal \"...\" metric Metric target 2.8 by \"2027-Q1\"", "inside a cocreation block"),
			statement("owner", "owner Role", "inside a cocreation block or a closed loop"),
			statement("involves", "involves Customer, Role", "inside a cocreation block"),
			statement("method", "method feedback sessions, \"co-design workshops\"", "inside a cocreation block"),
			statement("rhythm", "rhythm community \"...\" business \"...\"", "inside a cocreation block"),
			statement("report", "report back \"...\"", "inside a cocreation block"),
			statement("when", "when Metric below 7 (or when \"...\")", "inside a closed loop"),
			statement("respond", "respond within 24 hours (a whole number of minutes, hours or days)", "inside a closed loop"));

	private static final Set<String> TOP_LEVEL = Set.of("brand", "customer", "value", "metric", "role", "partner", "journey",
			"cocreation", "closed");

	/** Statements whose second word is the name of what they declare. */
	private static final Set<String> NAMED = Set.of("brand", "customer", "value", "metric", "role", "partner", "journey",
			"cocreation", "expects", "stage", "touchpoint");

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
			return "This " + first + " statement" + where + " cannot be read: write it as " + STATEMENTS.get(first).shape() + "." + keywordAsName;
		}
		String home = home(first);
		if (block instanceof Model && "}".equals(first)) {
			return "This '}' closes no block: remove it, or check the braces of the declaration above.";
		}
		if (block instanceof Model) {
			return shown(first) + " cannot start a declaration" + (home == null
					? ": " + didYouMean(block, first) + Blocks.expectedIn(null) + "."
					: ": a " + first + " statement belongs " + home + ". Declarations start with brand, customer, value, metric,"
							+ " role, partner, journey, cocreation or closed loop.");
		}
		return shown(first) + " is not a statement of " + where.substring(4) + ": " + didYouMean(block, first) + Blocks.expectedIn(block) + "."
				+ (home == null ? "" : " (A " + first + " statement belongs " + home + ".)");
	}

	/** Words left over on the line of a declaration: its ending could not be read. */
	static String afterDeclaration(Declaration declaration, List<String> words) {
		String keyword = declaration instanceof ClosedLoop ? "closed" : declaration.eClass().getName().toLowerCase();
		String shape = STATEMENTS.containsKey(keyword) ? STATEMENTS.get(keyword).shape() : keyword + " Name \"...\"";
		String shownWords = String.join(" ", words);
		return "After " + Kinds.of(declaration) + " " + declaration.getName() + ", " + shown(shownWords.length() > 40
				? shownWords.substring(0, 37) + "..." : shownWords) + " cannot be read: write it as " + shape + ".";
	}

	private static boolean startsStatementIn(EObject block, String word) {
		if (block instanceof Model) {
			return TOP_LEVEL.contains(word);
		}
		String home = home(word);
		if (home == null) {
			return false;
		}
		return block instanceof Brand && home.contains("brand") || block instanceof Touchpoint && home.contains("touchpoint")
				|| block instanceof Customer && home.contains("customer") || block instanceof Journey && "stage".equals(word)
				|| block instanceof Stage && "touchpoint".equals(word) || block instanceof CoCreation && home.contains("cocreation")
				|| block instanceof ClosedLoop && home.contains("closed loop");
	}

	/** "did you mean tight? Otherwise " for a misspelt statement word that fits this block; empty if none is close. */
	private static String didYouMean(EObject block, String word) {
		if (STATEMENTS.containsKey(word) || word.startsWith("\"")) {
			return "";
		}
		List<String> fitting = STATEMENTS.keySet().stream().filter(keyword -> startsStatementIn(block, keyword)).sorted().toList();
		List<String> closest = Similarity.closest(word, fitting, 1);
		return closest.isEmpty() ? "" : "did you mean " + WHOLE_KEYWORD.getOrDefault(closest.get(0), closest.get(0)) + "? Otherwise ";
	}

	private static Map.Entry<String, Statement> statement(String keyword, String shape, String home) {
		return Map.entry(keyword, new Statement(shape, home));
	}

	private static String home(String word) {
		Statement statement = STATEMENTS.get(word);
		return statement == null ? null : statement.home();
	}

	private static String shown(String word) {
		String oneLine = word.replaceAll("\\s+", " ");
		return oneLine.startsWith("\"") ? "The text " + (oneLine.length() > 40 ? oneLine.substring(0, 37) + "...\"" : oneLine)
				: "'" + oneLine + "'";
	}
}
