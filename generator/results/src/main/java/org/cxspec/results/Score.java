package org.cxspec.results;

/**
 * One figure of the scorecard: how many answers it rests on, the value and its margin of error
 * (95 %). Below the minimum number of answers it is "too few answers": shown without a value, so
 * that no one can be singled out and three answers do not read as truth.
 */
public record Score(long answers, double value, double margin, boolean tooFew) {

	static Score of(Tally tally, Scale scale, int minimum) {
		boolean tooFew = tally.count() < minimum;
		return new Score(tally.count(), tooFew ? Double.NaN : tally.figure(scale), tooFew ? Double.NaN : tally.margin(scale), tooFew);
	}

	public boolean hasValue() {
		return !tooFew && !Double.isNaN(value);
	}

	/** "42 ± 3.1", "3.4 ± 0.2", or "too few answers". */
	public String text() {
		if (answers == 0) {
			return "no answers";
		}
		if (!hasValue()) {
			return "too few answers";
		}
		return Figures.number(value) + (Double.isNaN(margin) ? "" : " ± " + Figures.number(margin));
	}

	public String valueText() {
		return hasValue() ? Figures.number(value) : "";
	}

	public String marginText() {
		return hasValue() ? Figures.number(margin) : "";
	}
}
