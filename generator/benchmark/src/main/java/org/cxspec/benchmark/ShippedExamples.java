package org.cxspec.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's shipped examples (examples/ at the repository root), joined into one file of a
 * given size: a spec as people write them, only large. Each copy has its names renamed, so the
 * copies do not clash and every reference resolves within its copy.
 */
public final class ShippedExamples {

	/** A declared name: the word after a keyword that starts a line and names something (not "value is" in a text). */
	private static final Pattern DECLARED = Pattern.compile(
			"^\\s*(?:brand|customer|value|metric|role|partner|journey|stage|touchpoint|cocreation|closed\\s+loop|expects)\\s+([A-Za-z_][A-Za-z_0-9]*)",
			Pattern.MULTILINE);

	private static List<String> examples;

	private ShippedExamples() {
	}

	/**
	 * At least {@code characters} characters of copies of every shipped example, each example's
	 * names renamed in each copy (an example is a model of its own: its names and references
	 * stay among its files).
	 */
	public static String joined(int characters) {
		List<String> examples = examples();
		List<Pattern> names = examples.stream().map(ShippedExamples::declaredNames).toList();
		StringBuilder text = new StringBuilder(characters + 100_000);
		for (int copy = 1; text.length() < characters; copy++) {
			for (int example = 0; example < examples.size(); example++) {
				String suffix = "E" + example + "C" + copy;
				text.append(names.get(example).matcher(examples.get(example)).replaceAll(found -> found.group(1) + suffix));
			}
		}
		return text.toString();
	}

	private static Pattern declaredNames(String example) {
		Set<String> names = new LinkedHashSet<>();
		Matcher declared = DECLARED.matcher(example);
		while (declared.find()) {
			names.add(declared.group(1));
		}
		return Pattern.compile("\\b(" + String.join("|", names) + ")\\b");
	}

	/** The text of each example folder, its files one after the other. */
	private static synchronized List<String> examples() {
		if (examples == null) {
			List<String> texts = new ArrayList<>();
			try (Stream<Path> folders = Files.list(folder())) {
				for (Path example : folders.filter(Files::isDirectory).sorted().toList()) {
					StringBuilder text = new StringBuilder();
					try (Stream<Path> files = Files.list(example)) {
						for (Path file : files.filter(file -> file.toString().endsWith(".cxspec")).sorted().toList()) {
							text.append(Files.readString(file)).append('\n');
						}
					}
					texts.add(text.toString());
				}
			} catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
			examples = List.copyOf(texts);
		}
		return examples;
	}

	/** examples/ of the repository this module was built in (its classes or jar are in generator/benchmark/target). */
	private static Path folder() {
		try {
			Path built = Path.of(ShippedExamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path root = built.getParent().getParent().getParent().getParent();
			Path folder = root.resolve("examples");
			if (!Files.isDirectory(folder.resolve("acme-claims"))) {
				throw new IllegalStateException("the shipped examples are not at " + folder);
			}
			return folder;
		} catch (URISyntaxException cannotHappen) {
			throw new IllegalStateException(cannotHappen);
		}
	}
}
