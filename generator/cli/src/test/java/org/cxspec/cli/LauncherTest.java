package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cxspec} launcher script itself, run by bash: it caps Java's heap at 1.5 GB, a user
 * can change that with CXSPEC_JAVA_OPTS (or a heap size already set in JAVA_TOOL_OPTIONS), and
 * an input too large for the heap ends in one line and exit 2. The script is copied into a
 * folder of its own with a small jar in the place of the built one (tests run before the jar
 * is built); that jar's manifest points at this build's classes.
 */
class LauncherTest {

	@TempDir
	Path temp;

	private static Path script() {
		Path examples = Path.of(System.getProperty("cxspec.examples", "../../examples"));
		return examples.toAbsolutePath().normalize().resolveSibling("cxspec");
	}

	/** A copy of the launcher whose "built jar" starts {@code mainClass} with the test classpath. */
	private Path launcher(Class<?> mainClass) throws IOException {
		Path copy = temp.resolve("cxspec");
		Files.copy(script(), copy, StandardCopyOption.COPY_ATTRIBUTES);
		Path jar = temp.resolve("generator/cli/target/cxspec.jar");
		Files.createDirectories(jar.getParent());
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
		manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream empty = new JarOutputStream(out, manifest)) {
			// the manifest is all it needs
		}
		return copy;
	}

	private record Run(int exit, String out, String err) {
	}

	private Run run(Path launcher, Map<String, String> environment, String... args) throws Exception {
		String[] command = new String[args.length + 2];
		command[0] = "bash";
		command[1] = launcher.toString();
		System.arraycopy(args, 0, command, 2, args.length);
		ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
		builder.environment().remove("CXSPEC_JAVA_OPTS");
		builder.environment().remove("JAVA_TOOL_OPTIONS");
		builder.environment().remove("_JAVA_OPTIONS");
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		builder.redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile());
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) { // only turns a hang into a failure
			process.destroyForcibly();
			throw new AssertionError("the launcher did not finish");
		}
		return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt")), Files.readString(temp.resolve("err.txt")));
	}

	private static long maxHeapMb(Run run) {
		assertEquals(0, run.exit(), run.err());
		return Long.parseLong(run.out().strip().replace("max-heap-mb ", ""));
	}

	@Test
	void theHeapIsCappedAtOnePointFiveGigabytesUnlessTheUserSaysOtherwise() throws Exception {
		Path launcher = launcher(HeapProbe.class);
		long capped = maxHeapMb(run(launcher, Map.of(), "validate"));
		assertTrue(capped > 1200 && capped <= 1536, "capped at 1.5 GB: " + capped + " MB");
		long raised = maxHeapMb(run(launcher, Map.of("CXSPEC_JAVA_OPTS", "-Xmx3g -Dunused=1"), "validate"));
		assertTrue(raised > 2500 && raised <= 3072, "CXSPEC_JAVA_OPTS=-Xmx3g: " + raised + " MB");
		long kept = maxHeapMb(run(launcher, Map.of("JAVA_TOOL_OPTIONS", "-Xmx256m"), "validate"));
		assertTrue(kept <= 256, "a heap size in JAVA_TOOL_OPTIONS is kept: " + kept + " MB");
	}

	@Test
	void anInputTooLargeForTheHeapIsOneLineAndExitTwo() throws Exception {
		Path launcher = launcher(Main.class);
		StringBuilder spec = new StringBuilder(Specs.CLEAN);
		for (int i = 0; spec.length() < 12_000_000; i++) {
			spec.append("value V").append(i).append(" \"Value ").append(i).append("\" drives retention\n");
		}
		Path big = temp.resolve("big.cxspec");
		Files.writeString(big, spec, StandardCharsets.UTF_8);
		Run run = run(launcher, Map.of("CXSPEC_JAVA_OPTS", "-Xmx48m"), "validate", big.toString());
		assertEquals(2, run.exit(), run.out() + run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("cxspec: out of memory"), run.err());
		assertTrue(run.err().contains("CXSPEC_JAVA_OPTS=-Xmx4g"), "says how to give Java more memory: " + run.err());
	}
}
