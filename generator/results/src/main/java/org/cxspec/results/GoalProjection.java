package org.cxspec.results;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cxspec.results.Card.Group;

/**
 * Whether a co-creation goal is on track to reach its target by its deadline: a straight line
 * (least squares) through the figures of the last {@value #PERIODS} measured periods, read off at
 * the deadline. Deliberately simple, so a CX lead can check it by hand. No outlook is given
 * from fewer than {@value #MINIMUM_PERIODS} periods with enough answers, nor for a deadline that
 * is not a date ({@code 2027-Q1}, {@code 2027-03}, {@code 2027-03-31} or {@code 2027}).
 */
final class GoalProjection {

	static final int PERIODS = 6;
	static final int MINIMUM_PERIODS = 3;

	/** How the goal stands; {@code words} is what the text and Markdown scorecards say. */
	enum Outlook {
		REACHED("reached"), ON_TRACK("on track"), OFF_TRACK("off track"), MISSED("deadline passed, not reached"),
		UNKNOWN("no outlook");

		final String words;

		Outlook(String words) {
			this.words = words;
		}

		/** The id used in JSON and in the staff documents' labels: "on-track". */
		String id() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/** The outlook, the figure projected at the deadline ({@code NaN} when none) and how many periods it rests on. */
	record Projection(Outlook outlook, double projected, int periods, String why) {
	}

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
	private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private GoalProjection() {
	}

	/**
	 * {@code periods}: the card's periods (oldest first) with a figure; {@code target} null when
	 * the goal has none; {@code reached} whether the latest period meets it.
	 */
	static Projection of(List<Group> periods, Double target, boolean lowerIsBetter, boolean reached, String deadline, Instant now,
			double lowest, double highest) {
		if (target == null || periods.isEmpty()) {
			return new Projection(Outlook.UNKNOWN, Double.NaN, 0, target == null ? "no target" : "not measured yet");
		}
		Optional<Double> due = monthOf(deadline, true);
		double today = monthIndex(YearMonth.from(now.atOffset(ZoneOffset.UTC))) + now.atOffset(ZoneOffset.UTC).getDayOfMonth() / 31.0;
		if (reached) {
			return new Projection(Outlook.REACHED, Double.NaN, 0, "");
		}
		if (due.isPresent() && due.get() < today) {
			return new Projection(Outlook.MISSED, Double.NaN, 0, "");
		}
		if (due.isEmpty()) {
			return new Projection(Outlook.UNKNOWN, Double.NaN, 0, "the deadline is not a date");
		}
		List<Group> recent = periods.subList(Math.max(0, periods.size() - PERIODS), periods.size());
		if (recent.size() < MINIMUM_PERIODS) {
			return new Projection(Outlook.UNKNOWN, Double.NaN, recent.size(), "too few periods with enough answers");
		}
		double[] x = new double[recent.size()];
		double[] y = new double[recent.size()];
		for (int i = 0; i < recent.size(); i++) {
			x[i] = monthOf(recent.get(i).name(), false).orElse(Double.NaN);
			y[i] = recent.get(i).score().value();
		}
		double projected = straightLine(x, y, due.get());
		if (Double.isNaN(projected)) {
			return new Projection(Outlook.UNKNOWN, Double.NaN, recent.size(), "periods without a date");
		}
		if (!Double.isNaN(lowest) && !Double.isNaN(highest)) {
			projected = Math.max(lowest, Math.min(highest, projected));
		}
		boolean meets = lowerIsBetter ? projected <= target : projected >= target;
		return new Projection(meets ? Outlook.ON_TRACK : Outlook.OFF_TRACK, projected, recent.size(), "");
	}

	/** Least squares through the points, read off at {@code at}; NaN when the points do not make a line. */
	static double straightLine(double[] x, double[] y, double at) {
		int n = x.length;
		double meanX = 0;
		double meanY = 0;
		for (int i = 0; i < n; i++) {
			meanX += x[i] / n;
			meanY += y[i] / n;
		}
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			covariance += (x[i] - meanX) * (y[i] - meanY);
			variance += (x[i] - meanX) * (x[i] - meanX);
		}
		if (variance == 0 || Double.isNaN(variance)) {
			return Double.NaN;
		}
		return meanY + covariance / variance * (at - meanX);
	}

	/**
	 * A period or deadline as months since year 0: a period at its middle, a deadline at its end
	 * ({@code end}). Empty when the text is none of the shapes above.
	 */
	static Optional<Double> monthOf(String text, boolean end) {
		if (text == null) {
			return Optional.empty();
		}
		String written = text.strip();
		Matcher matcher;
		try {
			if ((matcher = QUARTER.matcher(written)).matches()) {
				double start = Integer.parseInt(matcher.group(1)) * 12.0 + (Integer.parseInt(matcher.group(2)) - 1) * 3;
				return Optional.of(start + (end ? 3 : 1.5));
			}
			if ((matcher = DAY.matcher(written)).matches()) {
				LocalDate day = LocalDate.parse(written);
				return Optional.of(monthIndex(YearMonth.from(day)) + day.getDayOfMonth() / (double) day.lengthOfMonth());
			}
			if ((matcher = MONTH.matcher(written)).matches()) {
				YearMonth month = YearMonth.parse(written);
				return Optional.of(monthIndex(month) + (end ? 1 : 0.5));
			}
			if ((matcher = YEAR.matcher(written)).matches()) {
				return Optional.of(Integer.parseInt(written) * 12.0 + (end ? 12 : 6));
			}
		} catch (java.time.DateTimeException notADate) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static double monthIndex(YearMonth month) {
		return month.getYear() * 12.0 + month.getMonthValue() - 1;
	}
}
