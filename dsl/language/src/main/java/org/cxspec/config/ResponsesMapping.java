package org.cxspec.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The {@code responses:} section of a {@code cxspec.yaml}: how the columns of a survey export
 * map to answers. {@link #DEFAULTS} reads the long shape with the documented column names.
 * Every name the user wrote keeps its place in the YAML, so a column missing from an export
 * is reported where it was written.
 */
public record ResponsesMapping(Path file, Shape shape, Character delimiter, Map<Field, Written> columns,
		List<Question> questions, String dateFormat, ZoneId zone, Grouping period, int minimumAnswers, int maximumAgeDays,
		int currentTolerancePercent, Written followUpLog) {

	/** Long: one row per answer. Wide: one row per respondent, one column per question. */
	public enum Shape {
		LONG, WIDE
	}

	/** Periods of the scorecard's trend. */
	public enum Grouping {
		MONTH, QUARTER
	}

	/** What a column of an export can hold, with its default column name (the key in YAML). */
	public enum Field {
		DATE("date"), METRIC("metric"), SCORE("score"), TOUCHPOINT("touchpoint"), SEGMENT("segment"),
		RESPONDENT("respondent"), COMMENT("comment"), FOLLOWED_UP("followed-up");

		private final String key;

		Field(String key) {
			this.key = key;
		}

		public String key() {
			return key;
		}
	}

	/** A name as written in the configuration, with its 1-based line and column (0 when defaulted). */
	public record Written(String text, int line, int column) {
		public static Written byDefault(String text) {
			return new Written(text, 0, 0);
		}

		public boolean isDefault() {
			return line == 0;
		}
	}

	/** Wide shape: the column of one question, what it measures (a metric or an expectation) and where. */
	public record Question(Written column, Written measures, Written touchpoint) {
	}

	public static final int MINIMUM_ANSWERS = 5;

	public static final ResponsesMapping DEFAULTS = new ResponsesMapping(null, Shape.LONG, null, Map.of(), List.of(), null,
			ZoneId.of("UTC"), Grouping.MONTH, MINIMUM_ANSWERS, 90, 5, null);

	public ResponsesMapping {
		columns = Map.copyOf(columns);
		questions = List.copyOf(questions);
	}

	/** The column holding {@code field}: as configured, or by its default name. */
	public Written column(Field field) {
		return columns.getOrDefault(field, Written.byDefault(field.key()));
	}
}
