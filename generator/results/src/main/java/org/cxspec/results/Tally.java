package org.cxspec.results;

/**
 * Running counts of the answers in one cell of the scorecard: enough for every computation and
 * its margin of error, in constant memory however many answers stream past.
 */
final class Tally {

	private long count;
	private double sum;
	private double sumOfSquares;
	private long promoters;
	private long detractors;
	private long inBox;

	void add(Scale scale, double answer) {
		count++;
		sum += answer;
		sumOfSquares += answer * answer;
		switch (scale.kind()) {
		case NET_PROMOTER -> {
			if (answer >= 9) {
				promoters++;
			} else if (answer <= 6) {
				detractors++;
			}
		}
		case TOP_BOX -> {
			if (answer >= scale.boxLow() && answer <= scale.boxHigh()) {
				inBox++;
			}
		}
		case MEAN -> {
			// sum and sumOfSquares are all a mean needs
		}
		}
	}

	long count() {
		return count;
	}

	/** The figure: NPS = % promoters (9-10) - % detractors (0-6); share = % in the box; or the mean. */
	double figure(Scale scale) {
		if (count == 0) {
			return Double.NaN;
		}
		return switch (scale.kind()) {
		case NET_PROMOTER -> 100.0 * (promoters - detractors) / count;
		case TOP_BOX -> 100.0 * inBox / count;
		case MEAN -> sum / count;
		};
	}

	/**
	 * Half the width of the 95 % confidence interval (normal approximation): for NPS from the
	 * variance of a +1/0/-1 answer, for a share from p(1-p), for a mean from the sample variance.
	 */
	double margin(Scale scale) {
		if (count < 2) {
			return Double.NaN;
		}
		double n = count;
		double variance = switch (scale.kind()) {
		case NET_PROMOTER -> {
			double p = promoters / n;
			double d = detractors / n;
			yield 10_000 * (p + d - (p - d) * (p - d));
		}
		case TOP_BOX -> {
			double p = inBox / n;
			yield 10_000 * p * (1 - p);
		}
		case MEAN -> Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
		};
		return 1.96 * Math.sqrt(variance / n);
	}
}
