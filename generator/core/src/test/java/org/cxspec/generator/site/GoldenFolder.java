package org.cxspec.generator.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Rendered documents against a folder of golden files: the same set of documents, each byte for
 * byte. With {@code -Dgolden.update=true} the folder is written from the rendering instead.
 */
public final class GoldenFolder {

	private GoldenFolder() {
	}

	/** Checks {@code rendered} (path -> text) against {@code folder}; {@code name} says which rendering failed. */
	public static void assertMatches(Path folder, Map<String, String> rendered, String name) throws IOException {
		if (Boolean.getBoolean("golden.update")) {
			refresh(folder, rendered);
			return;
		}
		assertTrue(Files.isDirectory(folder), "no golden files in " + folder + ": run with -Dgolden.update=true");
		assertEquals(new TreeSet<>(files(folder)), new TreeSet<>(rendered.keySet()), "the set of documents changed");
		for (Map.Entry<String, String> document : rendered.entrySet()) {
			assertEquals(Files.readString(folder.resolve(document.getKey()), StandardCharsets.UTF_8), document.getValue(),
					name + "/" + document.getKey() + " differs from its golden file");
		}
	}

	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(file -> folder.relativize(file).toString().replace('\\', '/')).toList();
		}
	}

	private static void refresh(Path folder, Map<String, String> rendered) throws IOException {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> walk = Files.walk(folder)) {
				walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
		for (Map.Entry<String, String> document : rendered.entrySet()) {
			Path file = folder.resolve(document.getKey());
			Files.createDirectories(file.getParent());
			Files.writeString(file, document.getValue(), StandardCharsets.UTF_8);
		}
	}
}
