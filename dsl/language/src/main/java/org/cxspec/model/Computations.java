package org.cxspec.model;

import java.math.BigDecimal;

import org.cxspec.cxspec.Computation;
import org.cxspec.cxspec.Mean;
import org.cxspec.cxspec.NetPromoter;
import org.cxspec.cxspec.TopBox;

/**
 * What a metric's {@code computed as} says about its figures: the range every computed value
 * lies in, and the range a single answer must lie in. One source for the validator, which
 * refuses unreachable targets, and for {@code cxspec results}, which rejects out-of-scale answers.
 */
public final class Computations {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Computations() {
	}

	/** The lowest figure the computation can produce (-100 for NPS, 0 for a share, the scale's bottom for a mean). */
	public static BigDecimal lowestFigure(Computation computation) {
		if (computation instanceof NetPromoter) {
			return HUNDRED.negate();
		}
		if (computation instanceof TopBox) {
			return BigDecimal.ZERO;
		}
		return computation instanceof Mean mean ? mean.getMin() : null;
	}

	/** The highest figure the computation can produce (100 for NPS and shares, the scale's top for a mean). */
	public static BigDecimal highestFigure(Computation computation) {
		return computation instanceof Mean mean ? mean.getMax() : HUNDRED;
	}

	/** The lowest answer on the scale (0 for NPS). */
	public static BigDecimal lowestAnswer(Computation computation) {
		if (computation instanceof NetPromoter) {
			return BigDecimal.ZERO;
		}
		return computation instanceof TopBox box ? box.getMin() : computation instanceof Mean mean ? mean.getMin() : null;
	}

	/** The highest answer on the scale (10 for NPS). */
	public static BigDecimal highestAnswer(Computation computation) {
		if (computation instanceof NetPromoter) {
			return BigDecimal.TEN;
		}
		return computation instanceof TopBox box ? box.getMax() : computation instanceof Mean mean ? mean.getMax() : null;
	}

	/** "a Net Promoter Score (-100 to 100)", for messages. */
	public static String describe(Computation computation) {
		if (computation instanceof NetPromoter) {
			return "a Net Promoter Score (-100 to 100)";
		}
		if (computation instanceof TopBox box) {
			return "a share of answers " + plain(box.getLow()) + " to " + plain(box.getHigh()) + " (0 to 100 %)";
		}
		return "a mean on " + plain(lowestAnswer(computation)) + " to " + plain(highestAnswer(computation));
	}

	public static String plain(BigDecimal number) {
		return number == null ? "?" : number.stripTrailingZeros().toPlainString();
	}
}
