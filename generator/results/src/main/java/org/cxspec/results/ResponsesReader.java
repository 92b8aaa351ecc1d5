package org.cxspec.results;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.cxspec.config.ResponsesMapping;
import org.cxspec.config.ResponsesMapping.Field;
import org.cxspec.config.ResponsesMapping.Question;
import org.cxspec.config.ResponsesMapping.Shape;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
import org.cxspec.results.Dates.When;
import org.cxspec.results.Problems.Place;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Streams survey exports into answers, row by row, never holding a file in memory. Long shape:
 * each row is one answer. Wide shape: each mapped question column of a row is one answer. A row
 * that cannot be used is counted with its reason and place; the rest of the file is still read.
 */
final class ResponsesReader {

	private static final Set<String> NOT_DONE = Set.of("", "no", "false", "0", "nee", "nein", "non", "-", "n");

	private final ResponsesMapping mapping;
	private final SpecNames names;
	private final Dates dates;
	private final Problems problems;
	long rowsRead;
	long rowsUsed;
	long rowsRejected;

	ResponsesReader(ResponsesMapping mapping, SpecNames names, Problems problems) {
		this.mapping = mapping;
		this.names = names;
		this.problems = problems;
		this.dates = new Dates(mapping.dateFormat(), mapping.zone(), mapping.period());
	}

	void read(Path file, Consumer<Answer> sink) throws BadInputException {
		long line = 1;
		try (CsvReader<CsvRecord> csv = CsvSource.open(file, mapping.delimiter())) {
			var records = csv.iterator();
			if (!records.hasNext()) {
				throw new BadInputException(Locations.display(file) + ": empty; expected a header line with the column names");
			}
			CsvRecord headerRecord = records.next();
			Header header = new Header(file, headerRecord.getFields(), mapping);
			Row row = new Row(file, header);
			while (records.hasNext()) {
				CsvRecord record = records.next();
				line = record.getStartingLineNumber();
				rowsRead++;
				row.reset(record);
				boolean used = mapping.shape() == Shape.LONG ? readLong(row, sink) : readWide(row, sink);
				rowsUsed += used ? 1 : 0;
				rowsRejected += row.rejected ? 1 : 0;
			}
		} catch (CsvParseException malformed) {
			throw new BadInputException(Locations.display(file) + ":" + line + ":1: cannot be read as CSV ("
					+ firstLine(malformed.getMessage()) + ")");
		} catch (UncheckedIOException unreadable) {
			String why = unreadable.getCause() instanceof CharacterCodingException ? "not UTF-8 text; export it as CSV UTF-8"
					: "cannot be read (" + unreadable.getCause().getClass().getSimpleName() + ")";
			throw new BadInputException(Locations.display(file) + ":" + (line + 1) + ":1: " + why);
		} catch (java.io.IOException unreadable) {
			throw new BadInputException(Locations.display(file) + ": cannot be read (" + unreadable.getClass().getSimpleName() + ")");
		}
	}

	private boolean readLong(Row row, Consumer<Answer> sink) {
		if (!row.hasEveryField()) {
			return false;
		}
		When when = row.date();
		Measure measure = row.named(Field.METRIC, "metric", names.measures.keySet()) ? names.measures.get(row.text(Field.METRIC)) : null;
		if (when == null || measure == null) {
			if (measure == null && !row.rejected) {
				if (row.text(Field.METRIC).isEmpty()) {
					row.reject(row.header.column(Field.METRIC), RejectReason.NO_METRIC, "no metric");
				} else {
					row.rejectQuietly(RejectReason.UNKNOWN_METRIC);
				}
			}
			return false;
		}
		Double score = row.score(row.header.column(Field.SCORE), measure);
		if (score == null) {
			return false;
		}
		sink.accept(row.answer(measure, row.touchpoint(null), when, score));
		return true;
	}

	private boolean readWide(Row row, Consumer<Answer> sink) {
		if (!row.hasEveryField()) {
			return false;
		}
		When when = row.date();
		if (when == null) {
			return false;
		}
		boolean used = false;
		for (int q = 0; q < row.header.questions.size(); q++) {
			Question question = row.header.questions.get(q);
			int column = row.header.questionColumns[q];
			if (row.field(column).isBlank()) {
				continue; // not asked, or not answered
			}
			Measure measure = names.measures.get(question.measures().text());
			Double score = row.score(column, measure);
			if (score != null) {
				String fixed = question.touchpoint() == null ? null : question.touchpoint().text();
				sink.accept(row.answer(measure, row.touchpoint(fixed), when, score));
				used = true;
			}
		}
		return used;
	}

	/** One record being read, with the helpers that find, check and reject its fields. */
	private final class Row {
		final Path file;
		final Header header;
		CsvRecord record;
		boolean rejected;

		Row(Path file, Header header) {
			this.file = file;
			this.header = header;
		}

		void reset(CsvRecord next) {
			record = next;
			rejected = false;
		}

		boolean hasEveryField() {
			int count = record.getFieldCount();
			if (count == header.size()) {
				return true;
			}
			String why = count < header.size() ? "has " + count + " fields where the header has " + header.size()
					: "has " + count + " fields where the header has " + header.size() + " (a delimiter in an unquoted text?)";
			rejectAt(1, count < header.size() ? RejectReason.TOO_FEW_FIELDS : RejectReason.TOO_MANY_FIELDS, "row " + why);
			return false;
		}

		String field(int column) {
			return column < 0 || column >= record.getFieldCount() ? "" : record.getField(column);
		}

		String text(Field field) {
			return field(header.column(field)).strip();
		}

		When date() {
			int column = header.column(Field.DATE);
			When when = dates.parse(field(column));
			if (when == null) {
				reject(column, RejectReason.UNPARSABLE_DATE, field(column).isBlank() ? "no date"
						: "date '" + shorten(field(column)) + "' is not " + (mapping.dateFormat() == null
								? "an ISO 8601 date (2026-03-31) or date-time" : "in the format " + mapping.dateFormat()));
			}
			return when;
		}

		/** Whether the field names one of {@code known}; if not, counted as unknown (with a close name). */
		boolean named(Field field, String kind, Set<String> known) {
			String name = text(field);
			if (name.isEmpty() || known.contains(name)) {
				return !name.isEmpty();
			}
			names(field, kind, name);
			return false;
		}

		private void names(Field field, String kind, String name) {
			int column = header.column(field);
			problems.unknown(kind, name, new Place(file, record.getStartingLineNumber(), columnOf(column), ""));
		}

		String touchpoint(String fixed) {
			String name = fixed != null ? fixed : text(Field.TOUCHPOINT);
			if (name.isEmpty()) {
				return null;
			}
			if (!names.touchpoints.containsKey(name)) {
				if (fixed == null) {
					names(Field.TOUCHPOINT, "touchpoint", name);
				}
				return null;
			}
			return name;
		}

		Double score(int column, Measure measure) {
			String text = field(column).strip();
			double score;
			try {
				score = Double.parseDouble(text.indexOf(',') >= 0 ? text.replace(',', '.') : text);
			} catch (NumberFormatException notANumber) {
				reject(column, text.isEmpty() ? RejectReason.NO_SCORE : RejectReason.SCORE_NOT_A_NUMBER,
						text.isEmpty() ? "no score" : "score '" + shorten(text) + "' is not a number");
				return null;
			}
			if (!Double.isFinite(score) || !measure.scale().accepts(score)) {
				reject(column, RejectReason.SCORE_OUTSIDE_THE_SCALE, "score " + Figures.number(score) + " is outside the scale of "
						+ measure.name() + " (" + measure.scale().describeAnswers() + ")");
				return null;
			}
			return score;
		}

		Answer answer(Measure measure, String touchpoint, When when, double score) {
			String segment = text(Field.SEGMENT);
			if (!segment.isEmpty() && !names.segments.containsKey(segment)) {
				names(Field.SEGMENT, "customer segment", segment);
				segment = "";
			}
			return new Answer(file, record.getStartingLineNumber(), measure, touchpoint, segment.isEmpty() ? null : segment, when,
					score, text(Field.RESPONDENT), text(Field.COMMENT),
					!NOT_DONE.contains(text(Field.FOLLOWED_UP).toLowerCase(Locale.ROOT)));
		}

		/** Rejected for a reason another finding already shows at its place (a name the spec does not have). */
		void rejectQuietly(RejectReason reason) {
			rejected = true;
			problems.reject(null, reason);
		}

		void reject(int column, RejectReason reason, String message) {
			rejectAt(columnOf(column), reason, message);
		}

		void rejectAt(int characterColumn, RejectReason reason, String message) {
			rejected = true;
			problems.reject(new Place(file, record.getStartingLineNumber(), characterColumn, message), reason);
		}

		/** The 1-based character column where field {@code index} starts (as written, quotes counted when needed). */
		int columnOf(int index) {
			int column = 1;
			for (int i = 0; i < index && i < record.getFieldCount(); i++) {
				String field = record.getField(i);
				column += field.length() + 1 + (needsQuotes(field) ? 2 + count(field, '"') : 0);
			}
			return column;
		}
	}

	private static boolean needsQuotes(String field) {
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c == '"' || c == ',' || c == ';' || c == '\n' || c == '\r' || c == '\t') {
				return true;
			}
		}
		return false;
	}

	private static int count(String text, char c) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			count += text.charAt(i) == c ? 1 : 0;
		}
		return count;
	}

	/** A text from an export on one line, without control characters (no terminal escapes). */
	static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").replaceAll("\\p{Cntrl}|\\p{Cf}", "").strip();
	}

	/** A text from an export, safe to print: one line, no control characters (no terminal escapes), at most 40 characters. */
	static String shorten(String text) {
		String oneLine = oneLine(text);
		return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
	}

	private static String firstLine(String text) {
		return text == null ? "" : text.strip().lines().findFirst().orElse("");
	}
}
