package org.cxspec.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What every part of {@code cxspec.yaml} is read with, so that all of it is equally strict and
 * every mistake is told the same way: {@code file:line:column: what is wrong}.
 */
abstract class YamlReading {

	protected final Path file;

	protected YamlReading(Path file) {
		this.file = file;
	}

	protected static boolean isEmpty(Node node) {
		return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
	}

	/** A mapping whose keys are each given once (YAML would silently keep the last one). */
	protected MappingNode mapping(Node node, String what) throws BadInputException {
		if (node instanceof MappingNode map) {
			Set<String> keys = new HashSet<>();
			for (NodeTuple entry : map.getValue()) {
				if (entry.getKeyNode() instanceof ScalarNode key && !keys.add(key.getValue())) {
					throw problem(key.getStartMark(), "'" + key.getValue() + "' is given twice: keep one");
				}
			}
			return map;
		}
		throw problem(node.getStartMark(), what + " must be a mapping of 'key: value' lines");
	}

	protected String scalar(Node node, String what) throws BadInputException {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw problem(node.getStartMark(), "expected " + what + " here");
	}

	protected int number(Node node, int minimum) throws BadInputException {
		String text = scalar(node, "a whole number");
		try {
			int value = Integer.parseInt(text.strip());
			if (value >= minimum) {
				return value;
			}
		} catch (NumberFormatException notANumber) {
			// told below
		}
		throw problem(node.getStartMark(), "'" + text + "' is not a whole number of at least " + minimum);
	}

	protected BadInputException problem(Mark mark, String message) {
		String where = mark == null ? "" : ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
		return new BadInputException(Locations.display(file) + where + ": " + message);
	}
}
