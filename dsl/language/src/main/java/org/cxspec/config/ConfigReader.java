package org.cxspec.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.cxspec.config.ProjectConfig.PathRules;
import org.cxspec.config.ProjectConfig.Thresholds;
import org.cxspec.linking.Similarity;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a {@code cxspec.yaml}. Strict: an unknown key, rule id or severity is an error naming
 * the file, line and column, so a typo never silently leaves a rule at its default. Values are
 * read as written (YAML's {@code off} stays the word "off", not a boolean).
 */
public final class ConfigReader extends YamlReading {

	/** Rules a configuration cannot change: past them the tool cannot read the spec at all. */
	private static final List<Rule> FIXED = List.of(Rule.SYNTAX_ERROR, Rule.UNRESOLVED_REFERENCE);

	private ConfigReader(Path file) {
		super(file);
	}

	public static ProjectConfig read(Path file) throws BadInputException {
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(Locations.display(file) + ": no such configuration file");
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new BadInputException(Locations.display(file) + ": cannot read this configuration file ("
					+ unreadable.getClass().getSimpleName() + ")");
		}
		return parse(file, text);
	}

	/** Parses {@code text} as the content of {@code file} (which names the folder globs are relative to). */
	public static ProjectConfig parse(Path file, String text) throws BadInputException {
		return new ConfigReader(file).parse(text);
	}

	private ProjectConfig parse(String text) throws BadInputException {
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(options).compose(new StringReader(text));
		} catch (MarkedYAMLException invalid) {
			Mark mark = invalid.getProblemMark() != null ? invalid.getProblemMark() : invalid.getContextMark();
			throw problem(mark, "not valid YAML: " + firstLine(invalid.getProblem() != null ? invalid.getProblem() : invalid.getMessage()));
		} catch (YAMLException invalid) {
			throw new BadInputException(Locations.display(file) + ": not valid YAML: " + firstLine(invalid.getMessage()));
		}
		if (root == null) {
			return new ProjectConfig(file, Map.of(), List.of(), ProjectConfig.DEFAULTS.thresholds());
		}
		Map<Rule, Severity> rules = Map.of();
		List<PathRules> paths = List.of();
		Thresholds thresholds = ProjectConfig.DEFAULTS.thresholds();
		for (NodeTuple entry : mapping(root, "the configuration").getValue()) {
			String key = scalar(entry.getKeyNode(), "a key");
			if (isEmpty(entry.getValueNode())) {
				continue; // a key whose entries are all commented out
			}
			switch (key) {
			case "rules" -> rules = severities(entry.getValueNode());
			case "paths" -> paths = pathRules(entry.getValueNode());
			case "thresholds" -> thresholds = thresholds(entry.getValueNode());
			case ResponsesSection.KEY -> ResponsesSection.parse(file, entry.getValueNode()); // read by `cxspec results`
			default -> throw problem(entry.getKeyNode().getStartMark(),
					"unknown key '" + key + "': use rules, paths, thresholds or responses");
			}
		}
		return new ProjectConfig(file, rules, paths, thresholds);
	}

	private Map<Rule, Severity> severities(Node node) throws BadInputException {
		Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
		for (NodeTuple entry : mapping(node, "'rules' (rule id: error, warning, info or off)").getValue()) {
			Rule rule = rule(entry.getKeyNode());
			severities.put(rule, severity(entry.getValueNode()));
		}
		return severities;
	}

	private Rule rule(Node node) throws BadInputException {
		String id = scalar(node, "a rule id");
		Rule rule = Rule.byId(id).orElse(null);
		if (rule == null) {
			List<String> close = Similarity.closest(id, Arrays.stream(Rule.values()).map(Rule::id).toList(), 1);
			throw problem(node.getStartMark(), "unknown rule '" + id + "'"
					+ (close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)") + ": `cxspec rules` lists them all");
		}
		if (FIXED.contains(rule)) {
			throw problem(node.getStartMark(), "rule '" + id + "' cannot be configured: past it the spec cannot be read");
		}
		return rule;
	}

	private Severity severity(Node node) throws BadInputException {
		String word = scalar(node, "a severity (error, warning, info or off)");
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "error" -> Severity.ERROR;
		case "warning" -> Severity.WARNING;
		case "info" -> Severity.INFO;
		case "off" -> Severity.IGNORE;
		default -> throw problem(node.getStartMark(), "unknown severity '" + word + "': use error, warning, info or off");
		};
	}

	private List<PathRules> pathRules(Node node) throws BadInputException {
		if (!(node instanceof SequenceNode list)) {
			throw problem(node.getStartMark(), "'paths' must be a list of entries with 'files' and 'rules' or 'thresholds'");
		}
		List<PathRules> result = new ArrayList<>();
		for (Node item : list.getValue()) {
			List<String> globs = null;
			Map<Rule, Severity> rules = Map.of();
			Thresholds thresholds = ProjectConfig.DEFAULTS.thresholds();
			boolean overrides = false;
			for (NodeTuple entry : mapping(item, "an entry of 'paths' (files:, rules:, thresholds:)").getValue()) {
				String key = scalar(entry.getKeyNode(), "a key");
				switch (key) {
				case "files" -> globs = globs(entry.getValueNode());
				case "rules" -> {
					rules = severities(entry.getValueNode());
					overrides = true;
				}
				case "thresholds" -> {
					thresholds = thresholds(entry.getValueNode());
					overrides = true;
				}
				default -> throw problem(entry.getKeyNode().getStartMark(), "unknown key '" + key
						+ "' in 'paths': use files, rules and thresholds");
				}
			}
			if (globs == null || globs.isEmpty() || !overrides) {
				throw problem(item.getStartMark(), "an entry of 'paths' needs both 'files' (globs) and 'rules' or 'thresholds'");
			}
			result.add(new PathRules(globs, rules, thresholds));
		}
		return result;
	}

	private List<String> globs(Node node) throws BadInputException {
		List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
		List<String> globs = new ArrayList<>();
		for (Node item : items) {
			String glob = scalar(item, "a glob such as 'legacy/**'");
			try {
				java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
			} catch (IllegalArgumentException invalid) {
				throw problem(item.getStartMark(), "invalid glob '" + glob + "': " + firstLine(invalid.getMessage()));
			}
			globs.add(glob);
		}
		return globs;
	}

	private Thresholds thresholds(Node node) throws BadInputException {
		OptionalInt scripted = OptionalInt.empty();
		OptionalInt hours = OptionalInt.empty();
		for (NodeTuple entry : mapping(node, "'thresholds'").getValue()) {
			String key = scalar(entry.getKeyNode(), "a key");
			switch (key) {
			case "scripted-touchpoint-tights" -> scripted = OptionalInt.of(number(entry.getValueNode(), 1));
			case "closed-loop-max-hours" -> hours = OptionalInt.of(number(entry.getValueNode(), 1));
			default -> throw problem(entry.getKeyNode().getStartMark(), "unknown threshold '" + key
					+ "': use scripted-touchpoint-tights or closed-loop-max-hours");
			}
		}
		return new Thresholds(scripted, hours);
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
	}
}
