package org.cxspec.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the README promises for any input, checked through the command line's entry point
 * ({@code Main.run}) on files in a folder: validate and format end with 0, 1 or 2 and never a
 * stack trace; format changes only spacing, formats a file only once, and leaves a file it
 * refuses as it was. Time bounds apply in the long run only (see {@link Fuzz#LONG}).
 */
final class Promises {

	private static final Set<Integer> EXITS = Set.of(0, 1, 2);

	static {
		if (Fuzz.LONG) {
			warmUp(); // the first run sets the language up and compiles it: not the input's cost
		}
	}

	private Promises() {
	}

	private static void warmUp() {
		try {
			// Two files and a misspelt name: the paths of a many-file model and of "did you mean" get compiled too.
			Path folder = Fuzz.write(Map.of("warm.cxspec", "brand A \"a\" {\n    promise \"p\"\n}\n".getBytes(StandardCharsets.UTF_8),
					"more.cxspec", ("value Value \"v\" drives retention\njourney J \"j\" {\n    stage S \"s\" {\n        touchpoint T \"t\" {\n"
							+ "            delivers Valeu\n        }\n    }\n}\n").getBytes(StandardCharsets.UTF_8)));
			for (int i = 0; i < 20; i++) {
				CliRun.of("validate", folder.toString());
				CliRun.of("format", "--check", folder.toString());
			}
			Fuzz.delete(folder);
		} catch (IOException cannotWarmUp) {
			throw new IllegalStateException(cannotWarmUp);
		}
	}

	/** Validate and format (check, then in place, then again) the spec folder; asserts every promise. */
	static void hold(Path folder, boolean checkFormatting) throws IOException {
		Map<Path, String> before = texts(folder);
		long bytes = before.values().stream().mapToLong(String::length).sum();
		CliRun validate = CliRun.of("validate", "--format", "json", folder.toString());
		assertCleanExit(validate, "validate");
		CliRun check = CliRun.of("format", "--check", folder.toString());
		assertCleanExit(check, "format --check");
		assertEquals(before, texts(folder), "format --check changed a file");
		CliRun format = CliRun.of("format", folder.toString());
		assertCleanExit(format, "format");
		if (Fuzz.LONG) {
			String[] names = { "validate", "format --check", "format" };
			CliRun[] runs = { validate, check, format };
			for (int i = 0; i < runs.length; i++) {
				long bound = Fuzz.millisAllowed(bytes, before.size());
				CliRun run = runs[i];
				String name = names[i];
				System.out.printf("%s: %d ms of processor time, bound %d ms (%d characters, %d files)%n", name,
						run.millis(), bound, bytes, before.size());
				assertTrue(run.millis() <= bound, () -> name + " took " + run.millis() + " ms for " + bytes + " characters, over " + bound + " ms");
			}
		}
		if (!checkFormatting) {
			return;
		}
		Map<Path, String> after = texts(folder);
		for (Map.Entry<Path, String> file : before.entrySet()) {
			String formatted = after.get(file.getKey());
			assertEquals(words(file.getValue()), words(formatted), () -> "format changed more than spacing in " + file.getKey());
		}
		if (format.exit() == 0) {
			CliRun again = CliRun.of("format", folder.toString());
			assertCleanExit(again, "format, a second time");
			assertEquals(after, texts(folder), "formatting a formatted file changed it again");
		}
	}

	private static void assertCleanExit(CliRun run, String what) {
		assertTrue(EXITS.contains(run.exit()), () -> what + ": exit " + run.exit());
		assertFalse(run.printedStackTrace(), () -> what + " printed a stack trace:\n" + run);
		if (run.exit() == 2) {
			assertTrue(!run.err().isBlank() && run.err().lines().count() <= 3, () -> what + ": exit 2 must say why, in a line:\n" + run);
		}
	}

	/** The text without any whitespace: what format must keep. */
	static String words(String text) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\uFEFF').forEach(kept::appendCodePoint);
		return kept.toString();
	}

	/** UTF-8 where the bytes are, else one character per byte: a file that is not UTF-8 still compares. */
	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException notUtf8) {
			return new String(bytes, StandardCharsets.ISO_8859_1);
		}
	}

	private static Map<Path, String> texts(Path folder) throws IOException {
		Map<Path, String> texts = new HashMap<>();
		try (var files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				texts.put(file, decode(Files.readAllBytes(file)));
			}
		}
		return texts;
	}
}
