package org.cxspec.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Spec inputs that are hard for one phase each, at a scale: long names for "did you mean",
 * many unresolved names, many files as one model, many stray lines, deep nesting, one huge
 * line, millions of one-character tokens; and, as the realistic case that must stay accepted,
 * the shipped examples joined. At 16x they are the cases of issue 9 (15 to 16 MB where it names
 * a size). One source for the worst-case benchmark and the fuzz corpus of the command line's tests.
 */
public final class HostileSpecs {

	/** One input family; {@code files} builds it at a scale (16 is the size), as file names and texts. */
	public record Case(String name, DoubleFunction<Map<String, String>> files) {
	}

	public static final List<Case> CASES = List.of(
			new Case("misspelt name of 8k chars x", scale -> one(longName(size(8_000, scale)))),
			new Case("unresolved names, 500 x", scale -> one(unresolved(size(500, scale)))),
			new Case("one-line files, 1,250 x", scale -> manyFiles(size(1_250, scale))),
			new Case("stray lines, 12,500 x", scale -> one(strays(size(12_500, scale)))),
			new Case("nested braces, 960 KB x", scale -> one("{".repeat(size(960_000, scale)))),
			new Case("closing braces, 960 KB x", scale -> one("}".repeat(size(960_000, scale)))),
			new Case("commas, 960 KB x", scale -> one(",".repeat(size(960_000, scale)))),
			new Case("full stops, 960 KB x", scale -> one(".".repeat(size(960_000, scale)))),
			new Case("minus signs, 960 KB x", scale -> one("-".repeat(size(960_000, scale)))),
			new Case("one-letter words, 960 KB x", scale -> one("x ".repeat(size(480_000, scale)))),
			new Case("stray words on one line, 640 KB x", scale -> one(strayLine(size(640_000, scale)))),
			new Case("the examples joined, 1 MB x", scale -> one(ShippedExamples.joined(size(1_000_000, scale)))));

	private HostileSpecs() {
	}

	private static int size(int unit, double scale) {
		return Math.max(2, (int) (unit * scale));
	}

	private static Map<String, String> one(String text) {
		return Map.of("spec.cxspec", text);
	}

	/** A value whose name is {@code length} letters, and a touchpoint delivering it with one letter wrong. */
	public static String longName(int length) {
		String name = "V" + "a".repeat(length - 1);
		String misspelt = "V" + "a".repeat(length / 2) + "b" + "a".repeat(length - 2 - length / 2);
		return journeyDelivering("value " + name + " \"v\" drives retention\n", misspelt);
	}

	/** {@code count} declared values and as many references one letter off, none resolving. */
	public static String unresolved(int count) {
		StringBuilder declarations = new StringBuilder();
		StringBuilder names = new StringBuilder();
		for (int i = 0; i < count; i++) {
			declarations.append("value Value").append(i).append(" \"v\" drives retention\n");
			names.append(i == 0 ? "" : ", ").append("Valeu").append(i);
		}
		return journeyDelivering(declarations.toString(), names.toString());
	}

	private static String journeyDelivering(String declarations, String delivered) {
		return declarations + "journey J \"j\" {\n    stage S \"s\" {\n        touchpoint T \"t\" {\n            delivers " + delivered
				+ "\n        }\n    }\n}\n";
	}

	/** One model of {@code count} files, one declaration each (the brand's file, then one role per file). */
	public static Map<String, String> manyFiles(int count) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put("brand.cxspec", "brand B \"b\" { promise \"p\" }\n");
		for (int i = 1; i < count; i++) {
			files.put("role" + i + ".cxspec", "role Role" + i + " \"r\"\n");
		}
		return files;
	}

	/** {@code count} lines of words that belong nowhere, inside a brand. */
	public static String strays(int count) {
		StringBuilder text = new StringBuilder("brand B \"b\" {\n    promise \"p\"\n");
		for (int i = 0; i < count; i++) {
			text.append("    some words that belong nowhere ").append(i).append('\n');
		}
		return text.append("}\n").toString();
	}

	/** About {@code bytes} bytes of stray words on one line. */
	public static String strayLine(int bytes) {
		StringBuilder text = new StringBuilder(bytes + 16);
		while (text.length() < bytes) {
			text.append("word ");
		}
		return text.append('\n').toString();
	}
}
