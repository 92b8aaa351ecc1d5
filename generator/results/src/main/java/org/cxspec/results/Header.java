package org.cxspec.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.config.ResponsesMapping;
import org.cxspec.config.ResponsesMapping.Field;
import org.cxspec.config.ResponsesMapping.Question;
import org.cxspec.config.ResponsesMapping.Shape;
import org.cxspec.config.ResponsesMapping.Written;
import org.cxspec.linking.Similarity;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;

/**
 * The header line of one export, matched against the mapping. A column the mapping names that
 * the export does not have is an error at its place in {@code cxspec.yaml}; a column the shape
 * needs and that is named nowhere is an error at the header, saying how to map it.
 */
final class Header {

	private final List<String> names;
	private final Map<String, Integer> exact = new HashMap<>();
	private final Map<String, Integer> loose = new HashMap<>();
	private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
	final List<Question> questions;
	final int[] questionColumns;

	Header(Path file, List<String> fields, ResponsesMapping mapping) throws BadInputException {
		names = new ArrayList<>(fields.size());
		for (int i = 0; i < fields.size(); i++) {
			String name = fields.get(i).strip();
			names.add(name);
			exact.putIfAbsent(name, i);
			loose.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
		}
		List<Field> required = mapping.shape() == Shape.LONG ? List.of(Field.DATE, Field.METRIC, Field.SCORE) : List.of(Field.DATE);
		for (Field field : Field.values()) {
			if (mapping.shape() == Shape.WIDE && (field == Field.METRIC || field == Field.SCORE)) {
				continue;
			}
			Written column = mapping.column(field);
			int index = find(column.text());
			if (index < 0 && (!column.isDefault() || required.contains(field))) {
				throw missing(file, mapping, column, field.key());
			}
			columns.put(field, index);
		}
		questions = mapping.questions();
		questionColumns = new int[questions.size()];
		for (int q = 0; q < questions.size(); q++) {
			questionColumns[q] = find(questions.get(q).column().text());
			if (questionColumns[q] < 0) {
				throw missing(file, mapping, questions.get(q).column(), "a question");
			}
		}
	}

	private BadInputException missing(Path file, ResponsesMapping mapping, Written column, String what) {
		List<String> close = Similarity.closest(column.text(), names, 1);
		String hint = close.isEmpty() ? "" : " (did you mean '" + close.get(0) + "'?)";
		if (column.isDefault()) {
			return new BadInputException(Locations.display(file) + ":1:1: no column '" + column.text() + "'" + hint + "; name the column"
					+ " that holds the " + what + " in cxspec.yaml under responses: columns: " + what + ":");
		}
		return new BadInputException(Locations.display(mapping.file()) + ":" + column.line() + ":" + column.column() + ": column '"
				+ column.text() + "' is not in " + Locations.display(file) + hint + "; its columns are: " + String.join(", ", names.stream().map(ResponsesReader::shorten).toList()));
	}

	private int find(String name) {
		Integer index = exact.get(name);
		if (index == null) {
			index = loose.get(name.toLowerCase(Locale.ROOT));
		}
		return index == null ? -1 : index;
	}

	/** The index of the column holding {@code field}, or -1 when this export has none. */
	int column(Field field) {
		return columns.getOrDefault(field, -1);
	}

	String name(int column) {
		return column < 0 || column >= names.size() ? "" : names.get(column);
	}

	int size() {
		return names.size();
	}
}
