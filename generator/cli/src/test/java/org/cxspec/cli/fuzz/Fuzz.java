package org.cxspec.cli.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Settings of the fuzz harness. Every build runs the corpus at its smallest size and a few
 * mutated specs; {@code -Dcxspec.fuzz=long} (generator/benchmark/run.sh fuzz) runs the corpus at
 * the sizes of issue 9 with a time bound per input size, and many more mutants.
 */
final class Fuzz {

	/** The long run, on demand. */
	static final boolean LONG = "long".equals(System.getProperty("cxspec.fuzz"));

	/** The scale of the hostile inputs: 16 is the size the issue measured; every build, a 1,024th of it. */
	static final double SCALE = LONG ? 16 : 1.0 / 64;

	private Fuzz() {
	}

	/** The target of issue 9: any accepted input up to 16 MB in under 10 s; small ones in 2 s. */
	static long millisAllowed(long characters) {
		return Math.min(10_000, 2_000 + characters / 2_000);
	}

	/** Writes the files into a fresh folder. */
	static Path write(Map<String, byte[]> files) throws IOException {
		Path folder = Files.createTempDirectory("cxspec-fuzz");
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Files.write(folder.resolve(file.getKey()), file.getValue());
		}
		return folder;
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
