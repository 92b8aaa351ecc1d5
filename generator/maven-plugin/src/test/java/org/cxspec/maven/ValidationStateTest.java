package org.cxspec.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What makes the plugin validate again, and which files it picks. */
class ValidationStateTest {

	@TempDir
	Path project;

	Path spec;

	@BeforeEach
	void writeSpec() throws IOException {
		Files.createDirectories(project.resolve(".git"));
		spec = Files.writeString(Files.createDirectories(project.resolve("src/main/cxspec")).resolve("a.cxspec"), "value V \"v\"\n");
	}

	private String hash(String options) throws IOException {
		return ValidationState.hashOf(List.of(spec), null, null, options);
	}

	@Test
	void theHashChangesWithTheSpecsTheirConfigurationAndTheOptionsOnly() throws IOException {
		String first = hash("failOn error");
		assertEquals(first, hash("failOn error"));
		assertNotEquals(first, hash("failOn warning"));
		Files.writeString(spec, "value V \"v\" drives retention\n");
		String edited = hash("failOn error");
		assertNotEquals(first, edited);
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  value-not-delivered: off\n");
		String configured = hash("failOn error");
		assertNotEquals(edited, configured);
		Files.writeString(project.resolve("cxspec.yaml"), "rules:\n  value-not-delivered: info\n");
		assertNotEquals(configured, hash("failOn error"));
	}

	@Test
	void theStateIsReadBackAsWritten() throws IOException {
		new ValidationState("abc", true, "1 error, 0 warnings and 0 infos in 1 file.").write(project);
		ValidationState read = ValidationState.read(project).orElseThrow();
		assertEquals("abc", read.hash());
		assertTrue(read.failed());
		assertTrue(ValidationState.read(project.resolve("nowhere")).isEmpty());
	}

	@Test
	void includesAndExcludesAreRelativeToTheSourceFolder() throws Exception {
		Files.writeString(Files.createDirectories(project.resolve("src/main/cxspec/drafts")).resolve("b.cxspec"), "");
		Files.writeString(project.resolve("src/main/cxspec/notes.txt"), "");
		File folder = project.resolve("src/main/cxspec").toFile();
		assertEquals(List.of(spec, project.resolve("src/main/cxspec/drafts/b.cxspec")),
				SpecSources.collect(List.of(folder), new String[] { "**/*.cxspec" }, new String[0]));
		assertEquals(List.of(spec), SpecSources.collect(List.of(folder), new String[] { "**/*.cxspec" }, new String[] { "drafts/**" }));
		assertEquals(List.of(), SpecSources.collect(List.of(project.resolve("missing").toFile()), new String[] { "**/*.cxspec" }, null));
	}
}
