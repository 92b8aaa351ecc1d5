package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Runs editors/vscode/test/grammar.test.js (vscode-textmate and vscode-oniguruma from npm): every
 * keyword of the grammar is scoped as a keyword in every example, nothing is left unscoped and no
 * string or comment stays open. Needs node and npm on the PATH (as .ci/run does); installs the
 * editor's npm packages on first run.
 */
class TextMateGrammarTest {

	private static final Path EDITOR = Path.of("../../editors/vscode").toAbsolutePath().normalize();

	@Test
	void theGrammarScopesEveryKeywordOfEveryExample() throws Exception {
		assumeTrue(onPath("npm") && onPath("node"), "node and npm are needed for the TextMate grammar test");
		if (!Files.isDirectory(EDITOR.resolve("node_modules/vscode-textmate"))) {
			run(List.of("npm", "ci", "--no-audit", "--no-fund"));
		}
		run(List.of("npm", "test"));
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(EDITOR.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(5, TimeUnit.MINUTES);
		assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
	}

	private static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
				.anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
	}
}
