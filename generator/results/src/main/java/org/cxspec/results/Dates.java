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

	private static final int REMEMBERED = 50_000;

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
		When when = new When(instant, period(instant));
		if (seen.size() < REMEMBERED) {
			seen.put(text, when);
		}
		return when;
	}

	private final Map<Integer, String> periods = new HashMap<>();

	private String period(Instant instant) {
		LocalDate day = instant.atZone(zone).toLocalDate();
		return periods.computeIfAbsent(day.getYear() * 12 + day.getMonthValue() - 1,
				key -> period(day.getYear(), day.getMonthValue(), grouping));
	}

	static String period(int year, int month, Grouping grouping) {
		return grouping == Grouping.QUARTER ? year + "-Q" + ((month - 1) / 3 + 1)
				: year + (month < 10 ? "-0" : "-") + month;
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
		Instant quick = plain(text);
		if (quick != null) {
			return quick;
		}
		if (text.length() == 10) {
			return LocalDate.parse(text).atStartOfDay(zone).toInstant();
		}
		String normal = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
		char last = normal.charAt(normal.length() - 1);
		boolean offset = last == 'Z' || normal.lastIndexOf('+') > 10 || normal.lastIndexOf('-') > 10;
		return offset ? OffsetDateTime.parse(normal).toInstant() : LocalDateTime.parse(normal).atZone(zone).toInstant();
	}

	/**
	 * The shapes exports write most, {@code 2026-03-31}, {@code 2026-03-31 14:05} and
	 * {@code 2026-03-31T14:05:09} (no fraction, no offset), read without the general parser: a
	 * million answers have hundreds of thousands of distinct times. Null for anything else.
	 */
	private Instant plain(String text) {
		int length = text.length();
		if (length != 10 && length != 16 && length != 19 || text.charAt(4) != '-' || text.charAt(7) != '-') {
			return null;
		}
		int year = digits(text, 0, 4);
		int month = digits(text, 5, 2);
		int day = digits(text, 8, 2);
		int hour = 0;
		int minute = 0;
		int second = 0;
		if (length > 10) {
			char separator = text.charAt(10);
			if (separator != 'T' && separator != ' ' || text.charAt(13) != ':' || length == 19 && text.charAt(16) != ':') {
				return null;
			}
			hour = digits(text, 11, 2);
			minute = digits(text, 14, 2);
			second = length == 19 ? digits(text, 17, 2) : 0;
		}
		if ((year | month | day | hour | minute | second) < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone).toInstant();
		} catch (java.time.DateTimeException notADate) {
			return null;
		}
	}

	private static int digits(String text, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + c - '0';
		}
		return value;
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
