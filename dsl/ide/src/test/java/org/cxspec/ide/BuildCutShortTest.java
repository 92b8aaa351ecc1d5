package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every message that reaches the server's build thread cancels the build running then, not only
 * a newer edit: a save, a report of files changed on disk, new settings. Whatever cuts the build
 * of the newest text short, its findings still reach the editor. Each test deletes a freedom's
 * guardrail, holds the build of that edit at a point, sends the message, lets the build go and
 * waits for the finding, as a user waits for the squiggle.
 * <p>
 * Found in a real VS Code: a finding stayed on screen after "Revert File", because the editor's
 * report of an earlier save arrived as the build of the reverted text published.
 */
class BuildCutShortTest {

	private static final String BRAND = "brand.cxspec";
	private static final String GUARDRAIL = "        within \"Up to 100 euros, logged in the claim file\"\n";

	@TempDir
	Path workspace;

	@Test
	void aSaveRightAfterTypingShowsTheFindingsOfWhatWasTyped() throws Exception {
		assertFindingShown(HeldBuilds.Point.START, client -> {
			Files.writeString(workspace.resolve(BRAND), client.texts.get(client.uri(BRAND)));
			client.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(client.document(BRAND)));
		}, List.of("cancelled elsewhere", "completed"));
	}

	@Test
	void newSettingsRightAfterTypingShowTheFindingsOfWhatWasTyped() throws Exception {
		assertFindingShown(HeldBuilds.Point.START, client -> client.server.getWorkspaceService()
				.didChangeConfiguration(new DidChangeConfigurationParams(Map.of())), List.of("cancelled elsewhere", "completed"));
	}

	/**
	 * The report comes after the build's last check for newer messages, as it publishes: the build
	 * withholds its now stale findings yet ends normally, keeping its index as if the file were checked.
	 */
	@Test
	void aReportFromDiskAsTheBuildPublishesShowsTheFindingsAllTheSame() throws Exception {
		assertFindingShown(HeldBuilds.Point.PUBLICATION, client -> client.server.getWorkspaceService().didChangeWatchedFiles(
				new DidChangeWatchedFilesParams(List.of(new FileEvent(client.uri(BRAND), FileChangeType.Changed)))),
				List.of("completed", "completed"));
	}

	private interface Message {
		void send(LanguageServerHarness client) throws Exception;
	}

	private void assertFindingShown(HeldBuilds.Point where, Message cuttingShort, List<String> outcomes) throws Exception {
		HeldBuilds builds = new HeldBuilds();
		CountedWrites writes = new CountedWrites();
		LanguageServerHarness.workspace(workspace, Map.of(BRAND, Specs.BRAND, "journey.cxspec", Specs.JOURNEY));
		try (LanguageServerHarness client = builds.connect(workspace, writes)) {
			client.initialize();
			client.open(BRAND);
			client.awaitVersion(BRAND, 1);
			client.awaitDiagnostics(BRAND, List::isEmpty, "the brand clean");

			builds.holdNext(where);
			client.replace(BRAND, GUARDRAIL, "");
			builds.awaitHeld();
			int writesBefore = writes.count.get();
			cuttingShort.send(client);
			writes.awaitAtLeast(writesBefore + 1);
			builds.release();

			client.awaitDiagnostics(BRAND, diagnostics -> LanguageServerHarness.hasCode(diagnostics, "loose-without-guardrail"),
					"the finding for the freedom without its guardrail");
			assertEquals(outcomes, builds.awaitOutcomes(outcomes.size()), "how the held build and the one after it ended");
		}
	}
}
