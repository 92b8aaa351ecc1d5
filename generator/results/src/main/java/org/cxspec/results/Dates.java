package org.cxspec.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cxspec.config.ResponsesMapping.Grouping;

/**
 * Answer times as exports write them: ISO 8601 dates and date-times (with or without offset,
 * 'T' or a space), or the pattern configured in {@code date-format}. A time without offset is in
 * the configured zone. Exports repeat the same few thousand dates, so parsed ones are remembered.
 */
final class Dates {

	/** A parsed answer time and the period it counts in. */
	record When(Instant instant, String period) {
	}

	private static final int REMEMBERED = 200_000;

	private final DateTimeFormatter pattern;
	private final ZoneId zone;
	private final Grouping grouping;
	private final Map<String, When> seen = new HashMap<>();

	Dates(String pattern, ZoneId zone, Grouping grouping) {
		this.pattern = pattern == null ? null : DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
		this.zone = zone;
		this.grouping = grouping;
	}

	/** The time, or null when the text is not a date this export can have. */
	When parse(String text) {
		When known = seen.get(text);
		if (known != null) {
			return known;
		}
		Instant instant = instant(text.strip());
		if (instant == null) {
			return null;
		}
		When when = new When(instant, period(instant, zone, grouping));
		if (seen.size() < REMEMBERED) {
			seen.put(text, when);
		}
		return when;
	}

	static String period(Instant instant, ZoneId zone, Grouping grouping) {
		LocalDate day = instant.atZone(zone).toLocalDate();
		return grouping == Grouping.QUARTER ? day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1)
				: String.format(Locale.ROOT, "%d-%02d", day.getYear(), day.getMonthValue());
	}

	private Instant instant(String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			if (pattern != null) {
				TemporalAccessor parsed = pattern.parseBest(text, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
				return toInstant(parsed);
			}
			return iso(text);
		} catch (DateTimeParseException unparsable) {
			return null;
		}
	}

	private Instant iso(String text) {
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay(zone).toInstant();
		}
		String normal = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
		char last = normal.charAt(normal.length() - 1);
		boolean offset = last == 'Z' || normal.lastIndexOf('+') > 10 || normal.lastIndexOf('-') > 10;
		return offset ? OffsetDateTime.parse(normal).toInstant() : LocalDateTime.parse(normal).atZone(zone).toInstant();
	}

	private Instant toInstant(TemporalAccessor parsed) {
		if (parsed instanceof ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (parsed instanceof LocalDateTime local) {
			return local.atZone(zone).toInstant();
		}
		return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
	}

	/** --now as the user types it: a date-time (with or without offset) or a date. */
	static Instant parseNow(String text, ZoneId zone) {
		Instant instant = new Dates(null, zone, Grouping.MONTH).instant(text.strip());
		if (instant == null) {
			throw new DateTimeParseException("not an ISO 8601 date or date-time", text, 0);
		}
		return instant;
	}
}
