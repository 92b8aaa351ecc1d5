package org.cxspec.generator.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Spec text as documents show it: one line, trimmed, never null. */
final class Texts {

	private Texts() {
	}

	/** Spec strings may span lines; in a document they read as one sentence. */
	static String clean(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ");
	}

	static List<String> clean(List<String> texts) {
		return texts.stream().filter(Objects::nonNull).map(Texts::clean).filter(text -> !text.isEmpty()).toList();
	}

	/** 2.8 stays "2.8", 22 stays "22"; absent is "". */
	static String number(BigDecimal number) {
		return number == null ? "" : number.toPlainString();
	}
}
