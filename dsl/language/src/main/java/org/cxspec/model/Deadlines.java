package org.cxspec.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Goal deadlines: a quarter ({@code 2027-Q1}) or a calendar date ({@code 2027-03-31}). */
public final class Deadlines {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private Deadlines() {
	}

	public static boolean isValid(String deadline) {
		return lastDay(deadline) != null;
	}

	/** The last day the deadline allows, or null when it is not a quarter or a real date. */
	public static LocalDate lastDay(String deadline) {
		if (deadline == null) {
			return null;
		}
		String text = deadline.strip();
		Matcher quarter = QUARTER.matcher(text);
		if (quarter.matches()) {
			LocalDate firstOfLastMonth = LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3, 1);
			return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
		}
		if (DATE.matcher(text).matches()) {
			try {
				return LocalDate.parse(text);
			} catch (DateTimeException notARealDate) {
				return null;
			}
		}
		return null;
	}
}
