package org.cxspec.generator.findings;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.Locations;
import org.cxspec.rules.Rule;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The findings a team has accepted for now, so that CI fails only on new ones. Entries are
 * keyed by file (relative to the baseline's folder), rule and message (which names the element),
 * with a count, never by line: moving text around does not make a finding new. Stored as JSON.
 */
public record Baseline(List<Entry> entries) {

	static final String FORMAT = "cxspec-baseline";
	static final int VERSION = 1;

	/** {@code count} findings of {@code rule} in {@code file} with this message. */
	public record Entry(String file, String rule, String message, int count) {

		Key key() {
			return Key.of(file, rule, message);
		}
	}

	/** What a run found compared with a baseline: the new findings, how many were known, and entries now gone. */
	public record Comparison(List<Finding> fresh, int known, List<Entry> gone) {
	}

	private record Key(String file, String rule, String message) implements Comparable<Key> {
		private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::rule)
				.thenComparing(Key::message);

		/**
		 * The results rules speak of figures that move with every survey export: their figures do
		 * not count, so a metric known to be off target stays known while its score moves.
		 */
		static Key of(String file, String rule, String message) {
			String identity = normalise(message);
			if (Rule.byId(rule).filter(known -> known.concern() == Rule.Concern.RESULTS).isPresent()) {
				identity = FIGURE.matcher(FIGURES_IN_BRACKETS.matcher(identity).replaceAll("(…)")).replaceAll("#");
			}
			return new Key(file, rule, identity);
		}

		@Override
		public int compareTo(Key other) {
			return ORDER.compare(this, other);
		}
	}

	public Baseline {
		entries = List.copyOf(entries);
	}

	/** Today's findings as a baseline to be stored in {@code baselineFile}. */
	public static Baseline of(List<Finding> findings, Path baselineFile) {
		Map<Key, Integer> counts = new TreeMap<>();
		Map<Key, String> written = new LinkedHashMap<>();
		for (Finding finding : findings) {
			Key key = keyOf(finding, baselineFile);
			counts.merge(key, 1, Integer::sum);
			written.putIfAbsent(key, normalise(finding.message()));
		}
		List<Entry> entries = new ArrayList<>();
		counts.forEach((key, count) -> entries.add(new Entry(key.file(), key.rule(), written.get(key), count)));
		return new Baseline(entries);
	}

	/** The entries of the rules {@code kept} says yes to: what a command that checks only those rules compares with. */
	public Baseline onlyRules(java.util.function.Predicate<String> kept) {
		return new Baseline(entries.stream().filter(entry -> kept.test(entry.rule())).toList());
	}

	/** Splits {@code findings} into new ones and known ones; entries with fewer findings than recorded are gone. */
	public Comparison compare(List<Finding> findings, Path baselineFile) {
		Map<Key, Integer> remaining = new LinkedHashMap<>();
		for (Entry entry : entries) {
			remaining.merge(entry.key(), entry.count(), Integer::sum);
		}
		List<Finding> fresh = new ArrayList<>();
		int known = 0;
		for (Finding finding : findings.stream().sorted(Finding.READING_ORDER).toList()) {
			Key key = keyOf(finding, baselineFile);
			int left = remaining.getOrDefault(key, 0);
			if (left > 0) {
				remaining.put(key, left - 1);
				known++;
			} else {
				fresh.add(finding);
			}
		}
		Map<Key, String> written = new LinkedHashMap<>();
		entries.forEach(entry -> written.putIfAbsent(entry.key(), entry.message()));
		List<Entry> gone = new ArrayList<>();
		remaining.forEach((key, left) -> {
			if (left > 0) {
				gone.add(new Entry(key.file(), key.rule(), written.get(key), left));
			}
		});
		return new Comparison(fresh, known, gone);
	}

	public String toJson() {
		List<Object> items = Json.list();
		for (Entry entry : entries) {
			items.add(Json.obj().put("file", entry.file()).put("rule", entry.rule()).put("message", entry.message())
					.put("count", entry.count()));
		}
		return Json.write(Json.obj().put("format", FORMAT).put("version", VERSION).put("findings", items));
	}

	private static Key keyOf(Finding finding, Path baselineFile) {
		Path folder = baselineFile.toAbsolutePath().normalize().getParent();
		Path file = finding.file().toAbsolutePath().normalize();
		String shown = folder != null && file.startsWith(folder) ? folder.relativize(file).toString() : file.toString();
		return Key.of(shown.replace('\\', '/'), finding.ruleId(), finding.message());
	}

	private static final Pattern FIGURES_IN_BRACKETS = Pattern.compile("\\([^()]*\\d[^()]*\\)");
	private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.:,-]\\d+)*");

	private static String normalise(String message) {
		return message.strip().replaceAll("\\s+", " ");
	}

	/** Reads a baseline written by {@code --write-baseline}; anything else is refused with file, line and column. */
	public static Baseline read(Path file) throws BadInputException {
		String shown = Locations.display(file);
		if (!Files.isRegularFile(file)) {
			throw new BadInputException(shown + ": no such baseline file (write one with --write-baseline)");
		}
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new BadInputException(shown + ": cannot read this baseline (" + unreadable.getClass().getSimpleName() + ")");
		}
		Node root;
		try {
			root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
		} catch (MarkedYAMLException invalid) {
			throw new BadInputException(shown + where(invalid.getProblemMark()) + ": not a cxspec baseline (invalid JSON: "
					+ invalid.getProblem() + ")");
		} catch (YAMLException invalid) {
			throw new BadInputException(shown + ": not a cxspec baseline (invalid JSON)");
		}
		if (root == null) {
			throw new BadInputException(shown + ": empty file, not a cxspec baseline (write one with --write-baseline)");
		}
		return new Reader(shown).baseline(root);
	}

	private static String where(Mark mark) {
		return mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
	}

	/** Walks the parsed document, naming the place of the first thing that is not as written by cxspec. */
	private record Reader(String shown) {

		Baseline baseline(Node root) throws BadInputException {
			Map<String, Node> fields = fields(root, "a cxspec baseline (a JSON object with \"format\": \"" + FORMAT + "\")");
			Node format = fields.get("format");
			if (format == null || !FORMAT.equals(text(format, "the format"))) {
				throw problem(format == null ? root : format, "not a cxspec baseline (no \"format\": \"" + FORMAT
						+ "\"; write one with --write-baseline)");
			}
			Node version = fields.get("version");
			if (version == null || !String.valueOf(VERSION).equals(text(version, "the version"))) {
				throw problem(version == null ? root : version, "baseline version not supported by this cxspec (expected "
						+ VERSION + "): write it again with --write-baseline");
			}
			if (!(fields.get("findings") instanceof SequenceNode list)) {
				throw problem(fields.getOrDefault("findings", root), "\"findings\" must be a list");
			}
			List<Entry> entries = new ArrayList<>();
			for (Node item : list.getValue()) {
				Map<String, Node> entry = fields(item, "a finding (file, rule, message, count)");
				String file = text(required(entry, "file", item), "file");
				String rule = text(required(entry, "rule", item), "rule");
				String message = normalise(text(required(entry, "message", item), "message"));
				String count = text(required(entry, "count", item), "count");
				if (!count.matches("[1-9][0-9]{0,8}")) {
					throw problem(entry.get("count"), "\"count\" must be a positive whole number");
				}
				entries.add(new Entry(file, rule, message, Integer.parseInt(count)));
			}
			return new Baseline(entries);
		}

		private Map<String, Node> fields(Node node, String what) throws BadInputException {
			if (!(node instanceof MappingNode mapping)) {
				throw problem(node, "expected " + what);
			}
			Map<String, Node> fields = new LinkedHashMap<>();
			for (NodeTuple tuple : mapping.getValue()) {
				fields.put(text(tuple.getKeyNode(), "a key"), tuple.getValueNode());
			}
			return fields;
		}

		private Node required(Map<String, Node> fields, String name, Node owner) throws BadInputException {
			Node node = fields.get(name);
			if (node == null) {
				throw problem(owner, "a finding without \"" + name + "\"");
			}
			return node;
		}

		private String text(Node node, String what) throws BadInputException {
			if (node instanceof ScalarNode scalar) {
				return scalar.getValue();
			}
			throw problem(node, "expected a value for " + what);
		}

		private BadInputException problem(Node node, String message) {
			return new BadInputException(shown + where(node.getStartMark()) + ": " + message);
		}
	}
}
