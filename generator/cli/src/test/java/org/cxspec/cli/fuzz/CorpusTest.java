package org.cxspec.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cxspec.benchmark.HostileSpecs;
import org.cxspec.benchmark.ShippedExamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The inputs issue 9 found or worried about, through validate and format: every build at the
 * smallest size, the long run ({@code -Dcxspec.fuzz=long}) at the sizes measured in the issue,
 * within the time target.
 */
class CorpusTest {

	private static final String BRAND = "brand A \"a\" {\n    promise \"p\"\n}\n";

	/** Small specs, each one way of being odd. */
	static final Map<String, byte[]> ODD = new LinkedHashMap<>();

	static {
		odd("empty", "");
		odd("only spaces and newlines", "  \n\n\t\n");
		odd("byte order mark at the start", "\uFEFF" + BRAND);
		odd("byte order mark inside", "value V \"v\"\n\uFEFFvalue W \"w\"\n");
		odd("mixed line endings", "brand A \"a\" {\r\n    promise \"p\"\n}\r\nvalue V \"v\" drives retention\r\n");
		odd("lone carriage returns", "brand A \"a\" {\r    promise \"p\"\r}\r");
		odd("block comment over lines", "/* one\n   two */\n" + BRAND);
		odd("comment without space", "//x\n" + BRAND);
		odd("terminal escapes and bidi in text", "brand A \"\u001b]0;owned\u0007\u202e\" {\n    promise \"p\u0085q\u2028r\"\n}\n");
		odd("stray words only", "just some words\nand more words\n");
		odd("unclosed string", "brand A \"a {\n    promise \"p\"\n");
		odd("unclosed comment", BRAND + "/* never closed\n");
		odd("suppression inside a description", "role R \"r\n// cxspec-ignore role-without-touchpoints: no\n\" role S \"s\"\n");
		odd("NUL byte", "brand A \"a\u0000\" { }\n");
		odd("deep parentheses and braces", "brand A \"a\" " + "{".repeat(5_000) + "}".repeat(5_000) + "\n");
		odd("a name of 10,000 letters", "value " + "V".repeat(10_000) + " \"v\"\n");
		odd("keywords without anything", "brand customer value metric role partner journey stage touchpoint cocreation closed loop\n");
		odd("numbers out of range", "customer C \"c\" {\n    expects E \"e\" scored 99999999999999999999 target -1 out of 0\n}\n");
		ODD.put("not UTF-8", new byte[] { 'v', 'a', 'l', 'u', 'e', ' ', (byte) 0xC3, (byte) 0x28, '\n' });
	}

	private static void odd(String name, String text) {
		ODD.put(name, text.getBytes(StandardCharsets.UTF_8));
	}

	@TestFactory
	Stream<DynamicTest> oddSpecsKeepEveryPromise() {
		return ODD.entrySet().stream().map(odd -> DynamicTest.dynamicTest(odd.getKey(),
				() -> check(Map.of("spec.cxspec", odd.getValue()), true)));
	}

	@TestFactory
	Stream<DynamicTest> hostileSizesKeepEveryPromise() {
		List<DynamicTest> tests = new ArrayList<>();
		for (HostileSpecs.Case hostile : HostileSpecs.CASES.stream().filter(hostile -> Fuzz.chosen(hostile.name())).toList()) {
			tests.add(DynamicTest.dynamicTest(hostile.name() + " " + Fuzz.SCALE, () -> {
				Map<String, byte[]> files = new LinkedHashMap<>();
				hostile.files().apply(Fuzz.SCALE).forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8)));
				check(files, true);
			}));
		}
		return tests.stream();
	}

	/**
	 * A spec as people write them, only large (16 MB in the long run): never refused, read
	 * without a syntax error. Every other input above may be refused (exit 2) but must say why.
	 */
	@Test
	void theShippedExamplesJoinedAreReadAsASpec() throws Exception {
		int characters = (int) (1_000_000 * Fuzz.SCALE);
		Path folder = Fuzz.write(Map.of("joined.cxspec", ShippedExamples.joined(characters).getBytes(StandardCharsets.UTF_8)));
		try {
			CliRun validate = CliRun.of("validate", "--format", "json", folder.toString());
			assertTrue(validate.exit() == 0 || validate.exit() == 1, validate::toString);
			assertFalse(validate.out().contains("\"syntax-error\""), validate::toString);
			CliRun format = CliRun.of("format", "--check", folder.toString());
			assertTrue(format.exit() == 0 || format.exit() == 1, format::toString);
			assertFalse(format.err().contains("not formatted"), format::toString);
		} finally {
			Fuzz.delete(folder);
		}
	}

	private static void check(Map<String, byte[]> files, boolean checkFormatting) throws Exception {
		Path folder = Fuzz.write(files);
		try {
			Promises.hold(folder, checkFormatting);
		} finally {
			Fuzz.delete(folder);
		}
	}
}
