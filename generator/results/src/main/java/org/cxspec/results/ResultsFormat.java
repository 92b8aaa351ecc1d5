package org.cxspec.results;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;

/** The output formats of {@code cxspec results}. Every one renders the same {@link Measured}. */
public enum ResultsFormat {
	TEXT(TextResults::render), MARKDOWN(MarkdownResults::render), JSON(JsonResults::render), CSV(CsvResults::render);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private final Function<Measured, String> renderer;

	ResultsFormat(Function<Measured, String> renderer) {
		this.renderer = renderer;
	}

	public String render(Measured measured) {
		return renderer.apply(measured);
	}

	public static ResultsFormat of(String word) {
		return valueOf(word.strip().toUpperCase(Locale.ROOT));
	}

	/** "2026-11-28 10:00Z": minutes are precise enough for a follow-up, and the zone is never a guess. */
	static String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.truncatedTo(ChronoUnit.MINUTES));
	}

	/** "NPS (answers 0 to 10), higher is better; target 40, stated current 35". */
	static String heading(Card card) {
		StringBuilder out = new StringBuilder(card.unit());
		if (!card.scale().isEmpty()) {
			out.append(", answers ").append(card.scale());
		}
		out.append(card.lowerIsBetter() ? ", lower is better" : ", higher is better");
		if (!card.target().isEmpty()) {
			out.append("; target ").append(card.target());
		}
		if (!card.current().isEmpty()) {
			out.append(card.expectation() ? "; stated score " : "; stated current ").append(card.current());
		}
		return out.toString();
	}

	/** --now as the user types it: an ISO 8601 date-time (with or without offset; without, in {@code zone}) or a date. */
	public static Instant parseNow(String text, java.time.ZoneId zone) {
		return Dates.parseNow(text, zone);
	}

	static String periodWord(Measured measured) {
		return "quarter".equals(measured.period()) ? "Quarters" : "Months";
	}

	/** A goal's outlook for its deadline, as the text and Markdown scorecards say it. */
	static String outlook(Measured measured, GoalProgress goal) {
		return goal.outlookText(periodWord(measured).toLowerCase(java.util.Locale.ROOT));
	}
}
