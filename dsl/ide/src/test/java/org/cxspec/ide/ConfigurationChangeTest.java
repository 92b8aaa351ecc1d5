package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.hasCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a cxspec.yaml re-checks every spec under the new configuration, open or not. */
class ConfigurationChangeTest {

	@TempDir
	Path folder;

	private LanguageServerHarness client;

	@AfterEach
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@Test
	void aChangedConfigurationReachesOpenAndClosedSpecs() throws Exception {
		client = new LanguageServerHarness(LanguageServerHarness.workspace(folder, Map.of("brand.cxspec", Specs.BRAND,
				"journey.cxspec", Specs.JOURNEY, "idle.cxspec", "role Idle \"Nobody's playbook\"\n")));
		client.initialize();
		client.open("idle.cxspec");
		client.awaitDiagnostics("idle.cxspec", found -> hasCode(found, "role-without-touchpoints"), "the idle role's info");

		saveConfig("rules:\n  role-without-touchpoints: off\n", FileChangeType.Created);
		client.awaitDiagnostics("idle.cxspec", List::isEmpty, "the finding switched off");

		saveConfig("rules:\n  role-without-touchpoints: error\n", FileChangeType.Changed);
		List<Diagnostic> found = client.awaitDiagnostics("idle.cxspec",
				now -> now.stream().anyMatch(d -> d.getSeverity() == DiagnosticSeverity.Error), "the finding as an error");
		assertEquals("role-without-touchpoints", found.get(0).getCode().getLeft());
	}

	private void saveConfig(String text, FileChangeType change) throws Exception {
		Path config = folder.resolve("cxspec.yaml");
		Files.writeString(config, text);
		// A file's modification time can stay the same within one second: make each save visible.
		Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + (change == FileChangeType.Created ? 0 : 2000)));
		client.server.getWorkspaceService().didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(config.toUri().toString(), change))));
	}
}
