package org.cxspec.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The language server driven by a real editor: headless Neovim (Debian's 0.7.2, or newer) runs
 * the README's Neovim 0.7-0.10 configuration and {@code nvim/driver.lua}, which opens the
 * shipped examples from one root (three specs), types, asks for what a user asks for and
 * writes what the editor got to a JSON file; each test here checks one thing a user would
 * notice. Skipped, saying so, where {@code nvim} is not installed ({@code .ci/setup-neovim.sh}
 * installs it).
 */
class NeovimClientTest {

	private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();
	private static final long NVIM_TIMEOUT_SECONDS = 600;

	@TempDir
	Path workspace;

	@TestFactory
	Stream<DynamicTest> aUserEditingSpecsInNeovim() throws Exception {
		Assumptions.assumeTrue(nvimInstalled(), "SKIPPED: nvim is not installed, so the Neovim end-to-end suite did not run"
				+ " (.ci/setup-neovim.sh installs it)");
		List<String> examples = copyExamples();
		Files.createDirectories(workspace.resolve(".git"));
		JsonObject steps = runNeovim(examples);
		List<DynamicTest> tests = new ArrayList<>();
		check(tests, steps, "examples clean", value -> {
			for (Map.Entry<String, JsonElement> file : value.getAsJsonObject().entrySet()) {
				assertEquals(0, file.getValue().getAsJsonArray().size(), file.getKey() + " opened from the root: " + file.getValue());
			}
		});
		check(tests, steps, "diagnostics appear and clear", value -> {
			JsonObject result = value.getAsJsonObject();
			assertTrue(strings(result.get("appeared")).contains("unresolved-reference"), result.toString());
			assertEquals("No value is named Sped: did you mean Speed?", result.get("message").getAsString());
			assertEquals(0, result.getAsJsonArray("after").size(), result.toString());
		});
		check(tests, steps, "newest text only", value -> {
			JsonObject result = value.getAsJsonObject();
			assertEquals(List.of(), strings(result.get("stale")), "diagnostics of the pasted text after the edit that took it out");
			assertEquals(List.of(), strings(result.get("codes")), result.toString());
			assertTrue(result.get("hover").getAsString().startsWith("**value Speed**"), result.toString());
		});
		check(tests, steps, "completion", value -> {
			List<String> labels = strings(value);
			assertTrue(labels.containsAll(List.of("tight", "loose", "delivers", "staffed")), labels.toString());
			assertTrue(labels.stream().allMatch(label -> Character.isLetter(label.charAt(0))), "punctuation offered: " + labels);
		});
		check(tests, steps, "hover everywhere", value -> {
			JsonObject result = value.getAsJsonObject();
			assertEquals(List.of(), strings(result.get("errors")));
			assertTrue(result.get("positions").getAsInt() > 2000, result.get("positions").toString());
			String pastTheEnd = result.getAsJsonObject("first_words").get("past the end").getAsString();
			assertFalse(pastTheEnd.contains("Exception") || pastTheEnd.contains("text was"), pastTheEnd);
			assertTrue(result.getAsJsonObject("first_words").get("ContactCentre").getAsString().startsWith("**partner ContactCentre**"),
					result.toString());
		});
		check(tests, steps, "hover explains a rule", value -> assertTrue(value.getAsJsonObject().get("text").getAsString()
				.contains("(`loose-without-guardrail`): Loose does not mean anything goes"), value.toString()));
		check(tests, steps, "definition", value -> {
			JsonObject location = value.getAsJsonObject();
			assertTrue(location.get("uri").getAsString().endsWith("/insurer-claims/brand.cxspec"), location.toString());
			assertEquals(lineOf("examples/insurer-claims/brand.cxspec", "value Care "), location.get("line").getAsInt());
		});
		check(tests, steps, "references", value -> {
			JsonObject files = value.getAsJsonObject();
			assertEquals(1, files.get("brand.cxspec").getAsInt(), files.toString());
			assertTrue(files.get("claims-journey.cxspec").getAsInt() > 0, files.toString());
			assertTrue(files.get("complaints-journey.cxspec").getAsInt() > 0, files.toString());
		});
		check(tests, steps, "outline", value -> {
			JsonObject kinds = value.getAsJsonObject();
			assertEquals(2, kinds.get("HomeClaim").getAsInt(), "journey: Module");
			assertEquals(3, kinds.get("TellYou").getAsInt(), "stage: Namespace");
			assertEquals(24, kinds.get("FirstNotification").getAsInt(), "touchpoint: Event");
		});
		check(tests, steps, "rename", value -> {
			JsonObject result = value.getAsJsonObject();
			assertTrue(result.get("prepared").isJsonObject(), "prepareRename answers a range: " + result);
			assertEquals("'not a name' cannot be a name: use letters, digits and _, starting with a letter, without spaces.",
					result.get("invalid").getAsString());
			assertTrue(result.get("taken").getAsString().startsWith("Speed is already the name of value Speed"), result.toString());
			assertEquals(Set.of("brand.cxspec", "claims-journey.cxspec", "complaints-journey.cxspec"), Set.copyOf(strings(result.get("files"))));
			for (Map.Entry<String, JsonElement> file : result.getAsJsonObject("after").entrySet()) {
				assertEquals(0, file.getValue().getAsJsonArray().size(), file.getKey() + " after the rename: " + file.getValue());
			}
			assertTrue(result.get("saved").getAsInt() > 0, "the renamed value is written in the unopened journey file");
		});
		check(tests, steps, "formatting", value -> {
			JsonObject result = value.getAsJsonObject();
			assertEquals(0, result.get("clean_edits").getAsInt(), "edits for an already formatted file");
			assertEquals(result.get("original").getAsString(), result.get("fixed").getAsString());
			assertEquals(result.get("original").getAsString(), result.get("range_fixed").getAsString(), "range formatting indents its first line");
			assertEquals("  owner ComplaintsManager", result.get("two_spaces").getAsString(), "the editor's tabSize 2");
		});
		check(tests, steps, "quick fixes", value -> {
			JsonObject result = value.getAsJsonObject();
			assertEquals(List.of(), strings(result.get("remaining")), result.toString());
			String text = result.get("text").getAsString();
			assertTrue(text.contains("respond within 24 hours") && text.contains("    owner "), text);
		});
		check(tests, steps, "registration", value -> assertEquals(List.of("workspace/didChangeWatchedFiles **/*.cxspec",
				"workspace/didChangeWatchedFiles **/cxspec.yaml"), strings(value)));
		check(tests, steps, "files on disk", value -> {
			JsonObject result = value.getAsJsonObject();
			assertEquals(List.of(), strings(result.get("created")));
			assertTrue(strings(result.get("changed")).contains("unresolved-reference"), result.toString());
			assertTrue(strings(result.get("deleted")).contains("unresolved-reference"), result.toString());
		});
		check(tests, steps, "cxspec.yaml changed", value -> {
			JsonObject severities = value.getAsJsonObject();
			assertEquals(2, severities.get("before").getAsInt(), "warning by default");
			assertEquals(3, severities.get("info").getAsInt(), "info once cxspec.yaml says so");
			assertEquals(0, severities.get("off").getAsInt(), "off after an edit of the same size in the same second");
			assertEquals(2, severities.get("removed").getAsInt(), "a warning again once cxspec.yaml is deleted");
		});
		check(tests, steps, "deleted behind the server", value -> assertTrue(strings(value).contains("unresolved-reference"),
				"diagnostics still published after a file was deleted without notice: " + value));
		return tests.stream();
	}

	private static void check(List<DynamicTest> tests, JsonObject steps, String step, Consumer<JsonElement> assertion) {
		tests.add(dynamicTest(step, () -> {
			JsonObject result = steps.getAsJsonObject(step);
			assertTrue(result != null, "the Neovim driver did not reach step '" + step + "'");
			assertTrue(result.get("ok").getAsBoolean(), () -> step + ": " + result.get("error"));
			assertion.accept(result.get("value"));
		}));
	}

	private JsonObject runNeovim(List<String> examples) throws IOException, InterruptedException {
		Path init = workspace.resolveSibling(workspace.getFileName() + "-init.lua");
		Path driver = workspace.resolveSibling(workspace.getFileName() + "-driver.lua");
		Path results = workspace.resolveSibling(workspace.getFileName() + "-results.json");
		Path log = workspace.resolveSibling(workspace.getFileName() + "-nvim.log");
		Files.writeString(init, readmeSnippet().replace("'/path/to/cxspec/cxspec', 'lsp'", serverCommand()));
		try (InputStream script = NeovimClientTest.class.getResourceAsStream("nvim/driver.lua")) {
			Files.write(driver, script.readAllBytes());
		}
		ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-u", init.toString(), "-i", "NONE", "-n", "-S", driver.toString())
				.directory(workspace.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.redirectInput(ProcessBuilder.Redirect.PIPE);
		nvim.environment().put("CXSPEC_WORKSPACE", workspace.toString());
		nvim.environment().put("CXSPEC_RESULTS", results.toString());
		nvim.environment().put("CXSPEC_EXAMPLES", String.join(",", examples));
		Process process = nvim.start();
		if (!process.waitFor(NVIM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		assertTrue(Files.exists(results), () -> "Neovim wrote no results; its output: " + read(log));
		return JsonParser.parseString(Files.readString(results)).getAsJsonObject().getAsJsonObject("steps");
	}

	/** The server as {@code cxspec lsp} runs it, from this build's classes. */
	private static String serverCommand() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return Stream.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lsp")
				.map(part -> "'" + part.replace("\\", "\\\\").replace("'", "\\'") + "'")
				.reduce((a, b) -> a + ", " + b).orElseThrow();
	}

	/** The README's Neovim 0.7-0.10 configuration, exactly as a user copies it. */
	private static String readmeSnippet() throws IOException {
		String readme = Files.readString(PROJECT.resolve("README.md"));
		Matcher block = Pattern.compile("Neovim 0\\.7 to 0\\.10, in `init\\.lua`:\\s*```lua\\n(.*?)```", Pattern.DOTALL).matcher(readme);
		assertTrue(block.find(), "README.md has no Neovim 0.7 to 0.10 snippet");
		return block.group(1);
	}

	private List<String> copyExamples() throws IOException {
		List<String> files = new ArrayList<>();
		Path examples = PROJECT.resolve("examples");
		try (Stream<Path> all = Files.walk(examples)) {
			for (Path file : all.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".cxspec")).sorted().toList()) {
				Path target = workspace.resolve(examples.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
				files.add(examples.relativize(file).toString().replace('\\', '/'));
			}
		}
		return files;
	}

	private static int lineOf(String file, String text) {
		try {
			List<String> lines = Files.readAllLines(PROJECT.resolve(file));
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).contains(text)) {
					return i;
				}
			}
			throw new AssertionError("'" + text + "' is not in " + file);
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static List<String> strings(JsonElement array) {
		List<String> strings = new ArrayList<>();
		if (array != null && array.isJsonArray()) {
			for (JsonElement element : (JsonArray) array) {
				strings.add(element.getAsString());
			}
		}
		return strings;
	}

	private static boolean nvimInstalled() {
		try {
			Process version = new ProcessBuilder("nvim", "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
		} catch (IOException | InterruptedException notThere) {
			return false;
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file) : "(none)";
		} catch (IOException e) {
			return e.toString();
		}
	}
}
