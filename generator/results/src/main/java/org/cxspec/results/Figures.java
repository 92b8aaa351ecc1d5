package org.cxspec.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are written everywhere: one decimal at most, no trailing zeros, no locale surprises. */
final class Figures {

	private Figures() {
	}

	static String number(double value) {
		if (Double.isNaN(value)) {
			return "";
		}
		if (Double.isInfinite(value)) {
			return value > 0 ? "inf" : "-inf";
		}
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		String text = rounded.toPlainString();
		return "-0".equals(text) ? "0" : text;
	}
}
