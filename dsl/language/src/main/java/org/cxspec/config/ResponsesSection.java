package org.cxspec.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cxspec.config.ResponsesMapping.Field;
import org.cxspec.config.ResponsesMapping.Grouping;
import org.cxspec.config.ResponsesMapping.Question;
import org.cxspec.config.ResponsesMapping.Shape;
import org.cxspec.config.ResponsesMapping.Written;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code responses:} section of a {@code cxspec.yaml} as strictly as the rest of it:
 * an unknown key, shape or delimiter is an error with file, line and column. {@link ConfigReader}
 * runs it too, so a typo in the mapping is caught by every command, not only by {@code results}.
 */
public final class ResponsesSection extends YamlReading {

	public static final String KEY = "responses";

	private ResponsesSection(Path file) {
		super(file);
	}

	/** The mapping in {@code configFile}, or the defaults when it has no responses section. */
	public static ResponsesMapping read(Path configFile) throws BadInputException {
		String text;
		try {
			text = Files.readString(configFile, StandardCharsets.UTF_8);
		} catch (IOException unreadable) {
			throw new BadInputException(Locations.display(configFile) + ": cannot read this configuration file ("
					+ unreadable.getClass().getSimpleName() + ")");
		}
		ConfigReader.parse(configFile, text); // everything else in the file must be right too
		Node root;
		try {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			root = new Yaml(options).compose(new StringReader(text));
		} catch (YAMLException invalid) {
			throw new BadInputException(Locations.display(configFile) + ": not valid YAML");
		}
		if (root instanceof MappingNode map) {
			for (NodeTuple entry : map.getValue()) {
				if (entry.getKeyNode() instanceof ScalarNode key && KEY.equals(key.getValue())) {
					return parse(configFile, entry.getValueNode());
				}
			}
		}
		return withFile(configFile, ResponsesMapping.DEFAULTS);
	}

	/** Parses the value of the {@code responses} key. */
	static ResponsesMapping parse(Path file, Node node) throws BadInputException {
		return new ResponsesSection(file).mapping(node);
	}

	private static ResponsesMapping withFile(Path file, ResponsesMapping m) {
		return new ResponsesMapping(file, m.shape(), m.delimiter(), m.columns(), m.questions(), m.dateFormat(), m.zone(),
				m.period(), m.minimumAnswers(), m.maximumAgeDays(), m.currentTolerancePercent(), m.followUpLog());
	}

	private ResponsesMapping mapping(Node node) throws BadInputException {
		ResponsesMapping d = ResponsesMapping.DEFAULTS;
		if (isEmpty(node)) {
			return withFile(file, d);
		}
		Shape shape = d.shape();
		Character delimiter = d.delimiter();
		Map<Field, Written> columns = new EnumMap<>(Field.class);
		List<Question> questions = new ArrayList<>();
		String dateFormat = d.dateFormat();
		ZoneId zone = d.zone();
		Grouping period = d.period();
		int minimum = d.minimumAnswers();
		int maxAge = d.maximumAgeDays();
		int tolerance = d.currentTolerancePercent();
		Written log = null;
		for (NodeTuple entry : mapping(node, "'responses'").getValue()) {
			String key = scalar(entry.getKeyNode(), "a key");
			Node value = entry.getValueNode();
			switch (key) {
			case "shape" -> shape = choice(value, Shape.class, "long or wide");
			case "delimiter" -> delimiter = delimiter(value);
			case "columns" -> columns = columns(value);
			case "questions" -> questions = questions(value);
			case "date-format" -> dateFormat = dateFormat(value);
			case "time-zone" -> zone = zone(value);
			case "period" -> period = choice(value, Grouping.class, "month or quarter");
			case "minimum-answers" -> minimum = number(value, 1);
			case "maximum-age-days" -> maxAge = number(value, 0);
			case "current-tolerance-percent" -> tolerance = number(value, 0);
			case "follow-up-log" -> log = written(value, "a CSV file of answers already followed up");
			default -> throw problem(entry.getKeyNode().getStartMark(), "unknown key '" + key + "' in 'responses': use shape,"
					+ " delimiter, columns, questions, date-format, time-zone, period, minimum-answers, maximum-age-days,"
					+ " current-tolerance-percent or follow-up-log");
			}
		}
		if (shape == Shape.WIDE && questions.isEmpty()) {
			throw problem(node.getStartMark(), "the wide shape needs 'questions': which column holds which metric");
		}
		if (shape == Shape.LONG && !questions.isEmpty()) {
			throw problem(node.getStartMark(), "'questions' are for the wide shape: add 'shape: wide', or map the metric column");
		}
		return new ResponsesMapping(file, shape, delimiter, columns, questions, dateFormat, zone, period, minimum, maxAge, tolerance,
				log);
	}

	private Map<Field, Written> columns(Node node) throws BadInputException {
		Map<Field, Written> columns = new EnumMap<>(Field.class);
		for (NodeTuple entry : mapping(node, "'columns' (what: column name)").getValue()) {
			String key = scalar(entry.getKeyNode(), "a key");
			Field field = null;
			for (Field candidate : Field.values()) {
				if (candidate.key().equals(key)) {
					field = candidate;
				}
			}
			if (field == null) {
				throw problem(entry.getKeyNode().getStartMark(), "unknown column key '" + key + "': use date, metric, score,"
						+ " touchpoint, segment, respondent, comment or followed-up");
			}
			columns.put(field, written(entry.getValueNode(), "a column name"));
		}
		return columns;
	}

	private List<Question> questions(Node node) throws BadInputException {
		List<Question> questions = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (NodeTuple entry : mapping(node, "'questions' (column: metric, or column: {metric: ..., touchpoint: ...})").getValue()) {
			Written column = written(entry.getKeyNode(), "a column name");
			if (!seen.add(column.text())) {
				throw problem(entry.getKeyNode().getStartMark(), "column '" + column.text() + "' is mapped twice: keep one");
			}
			Node value = entry.getValueNode();
			if (value instanceof ScalarNode) {
				questions.add(new Question(column, written(value, "a metric or expectation name"), null));
				continue;
			}
			Written measures = null;
			Written touchpoint = null;
			for (NodeTuple part : mapping(value, "a question (metric:, touchpoint:)").getValue()) {
				String key = scalar(part.getKeyNode(), "a key");
				switch (key) {
				case "metric", "expectation" -> measures = written(part.getValueNode(), "a metric or expectation name");
				case "touchpoint" -> touchpoint = written(part.getValueNode(), "a touchpoint name");
				default -> throw problem(part.getKeyNode().getStartMark(), "unknown key '" + key
						+ "' in a question: use metric (or expectation) and touchpoint");
				}
			}
			if (measures == null) {
				throw problem(value.getStartMark(), "question '" + column.text() + "' needs 'metric': the metric or expectation it measures");
			}
			questions.add(new Question(column, measures, touchpoint));
		}
		return questions;
	}

	private Character delimiter(Node node) throws BadInputException {
		String text = scalar(node, "a delimiter");
		return switch (text) {
		case ",", "comma" -> ',';
		case ";", "semicolon" -> ';';
		case "\t", "tab" -> '\t';
		case "auto" -> null;
		default -> throw problem(node.getStartMark(), "unknown delimiter '" + text + "': use ',', ';', tab or auto");
		};
	}

	private String dateFormat(Node node) throws BadInputException {
		String pattern = scalar(node, "a date pattern such as dd-MM-yyyy");
		try {
			DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
			return pattern;
		} catch (IllegalArgumentException invalid) {
			throw problem(node.getStartMark(), "'" + pattern + "' is not a date pattern: e.g. dd-MM-yyyy or dd/MM/yyyy HH:mm");
		}
	}

	private ZoneId zone(Node node) throws BadInputException {
		String text = scalar(node, "a time zone such as Europe/Amsterdam");
		try {
			return ZoneId.of(text);
		} catch (DateTimeException invalid) {
			throw problem(node.getStartMark(), "unknown time zone '" + text + "': e.g. Europe/Amsterdam or UTC");
		}
	}

	private <E extends Enum<E>> E choice(Node node, Class<E> type, String words) throws BadInputException {
		String text = scalar(node, words);
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException unknown) {
			throw problem(node.getStartMark(), "unknown value '" + text + "': use " + words);
		}
	}

	private Written written(Node node, String what) throws BadInputException {
		String text = scalar(node, what);
		if (text.isBlank()) {
			throw problem(node.getStartMark(), "expected " + what + " here, not an empty text");
		}
		return new Written(text, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
	}
}
