package org.cxspec.cli.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The shipped examples, mutated where a hostile or careless writer would: words, braces,
 * quotes and comment marks inserted, text cut out or repeated, odd characters pasted in. Every
 * mutant keeps the promises of {@link Promises} (formatting promises only where the formatter
 * has no open bug, or in the long run). jqwik shrinks a failing mutant to a small one.
 */
class MutatedSpecPropertiesTest {

	private static final List<String> SEEDS = seeds();

	private static final List<String> FRAGMENTS = List.of("{", "}", "\"", "/*", "*/", "//", "\n", "\r\n", "\r", "\uFEFF", "\u0000",
			"\u001b[2J", "\u0085", "\u202e", "\t", " ", "brand ", "touchpoint T \"t\" {", "stage ", "delivers ", "for ", "within ",
			"tight \"x\" ", "loose \"y\" ", "closed loop ", "cocreation ", "// cxspec-ignore value-not-delivered: x\n", "Fairnes",
			"scored 9 target 1 out of 5", "respond within 100000 hours", ",", "\\", "-", "1.5", "é", "日本", "\uD83D\uDE00");

	/** One edit: at a place (a fraction of the text), insert a fragment, cut some characters, or repeat a stretch. */
	record Mutation(int kind, double at, String fragment, int length) {
		String apply(String text) {
			int position = (int) (at * text.length());
			int end = Math.min(text.length(), position + length);
			return switch (kind) {
			case 0 -> text.substring(0, position) + fragment + text.substring(position);
			case 1 -> text.substring(0, position) + text.substring(end);
			default -> text.substring(0, end) + text.substring(position, end) + text.substring(end);
			};
		}
	}

	@Property
	void mutatedExamplesKeepEveryPromise(@ForAll("mutants") String spec) throws IOException {
		Path folder = Fuzz.write(Map.of("spec.cxspec", spec.getBytes(StandardCharsets.UTF_8)));
		try {
			Promises.hold(folder, Fuzz.LONG);
		} finally {
			Fuzz.delete(folder);
		}
	}

	@Provide
	Arbitrary<String> mutants() {
		Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.doubles().between(0, 1),
				Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(6)), Arbitraries.integers().between(1, 200))
				.as(Mutation::new);
		return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMinSize(1).ofMaxSize(6)).as((seed, edits) -> {
			String text = seed;
			for (Mutation edit : edits) {
				text = edit.apply(text);
			}
			return text;
		});
	}

	private static List<String> seeds() {
		Path examples = Path.of("../../examples").toAbsolutePath().normalize();
		try (Stream<Path> files = Files.walk(examples)) {
			return files.filter(file -> file.toString().endsWith(".cxspec")).sorted().map(file -> {
				try {
					return Files.readString(file);
				} catch (IOException unreadable) {
					throw new IllegalStateException(unreadable);
				}
			}).toList();
		} catch (IOException unreadable) {
			throw new IllegalStateException(unreadable);
		}
	}
}
