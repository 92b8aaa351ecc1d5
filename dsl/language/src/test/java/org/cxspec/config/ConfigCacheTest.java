package org.cxspec.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.cxspec.load.BadInputException;
import org.cxspec.rules.Rule;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edited cxspec.yaml is obeyed at once, even when its time stamp and size stay the same. */
class ConfigCacheTest {

	@TempDir
	Path project;

	private final ProjectConfigs configs = new ProjectConfigs();

	private Path spec;
	private Path config;

	@BeforeEach
	void project() throws IOException {
		Files.createDirectories(project.resolve(".git"));
		spec = Files.writeString(project.resolve("acme.cxspec"), "value Fast \"Fast\"\n");
		config = project.resolve(ProjectConfig.FILE_NAME);
	}

	@Test
	void anEditWithinTheSameSecondKeepingTheSizeIsSeen() throws Exception {
		Files.writeString(config, "rules:\n  value-not-delivered: error\n");
		FileTime stamp = Files.getLastModifiedTime(config);
		assertEquals(Severity.ERROR, severity());
		Files.writeString(config, "rules:\n  value-not-delivered: info \n");
		Files.setLastModifiedTime(config, stamp);
		assertEquals(Severity.INFO, severity());
	}

	@Test
	void evictingReadsTheFileAgainAndAnUnchangedFileIsNotParsedTwice() throws Exception {
		Files.writeString(config, "rules:\n  value-not-delivered: error\n");
		ProjectConfig first = configs.forSpecFile(spec);
		assertTrue(first == configs.forSpecFile(spec), "the same text gives the same parsed configuration");
		configs.evict(config);
		ProjectConfig again = configs.forSpecFile(spec);
		assertTrue(first != again, "evicted, so parsed again");
		assertEquals(first, again);
	}

	@Test
	void aHugeConfigurationIsRefusedWithoutParsingIt() throws Exception {
		Files.writeString(config, "# " + "x".repeat(2_000_000) + "\n");
		BadInputException refused = assertThrows(BadInputException.class, () -> configs.forSpecFile(spec));
		assertTrue(refused.getMessage().contains("cxspec.yaml: a configuration file of over 1 MB is not read"), refused.getMessage());
	}

	private Severity severity() throws BadInputException {
		return configs.forSpecFile(spec).severityOf(Rule.VALUE_NOT_DELIVERED, spec);
	}
}
