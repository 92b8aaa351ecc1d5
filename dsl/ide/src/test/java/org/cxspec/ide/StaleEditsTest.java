package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newer edits cancel stale work. The build of a large pasted text is held in the middle of its
 * parse while the editor sends three more edits; the test then lets it go and checks what a user
 * would see: the stale parse stopped there, the two edits in between were never built, and the
 * diagnostics that arrive belong to the newest text, labelled with its version. Holding the parse
 * (rather than racing it with the clock) makes each step certain.
 */
class StaleEditsTest {

	private static final String JOURNEY = "journey.cxspec";
	/** A name only the pasted text refers to: a finding that must never reach the editor. */
	private static final String STALE_NAME = "OnlyInThePaste";

	@TempDir
	Path workspace;

	@Test
	void aNewerEditStopsTheStaleParseAndSkipsTheEditsInBetween() throws Exception {
		HeldBuilds builds = new HeldBuilds();
		CountedWrites writes = new CountedWrites();
		LanguageServerHarness.workspace(workspace, Map.of("brand.cxspec", Specs.BRAND, JOURNEY, Specs.JOURNEY));
		try (LanguageServerHarness client = builds.connect(workspace, writes)) {
			client.initialize();
			client.open(JOURNEY);
			client.awaitVersion(JOURNEY, 1);
			client.awaitDiagnostics(JOURNEY, List::isEmpty, "the journey clean");

			// Version 2: a paste of 3,000 touchpoints, each delivering a value that does not exist.
			builds.holdNext(HeldBuilds.Point.PARSE);
			client.replace(JOURNEY, "    stage Repair", paste() + "    stage Repair");
			builds.awaitHeld();
			int publishedBefore = client.publications.size();
			int writesBefore = writes.count.get();

			// Versions 3 and 4 undo the paste in two steps; version 5 misspells a value.
			client.replace(JOURNEY, paste(), "");
			client.replace(JOURNEY, "delivers Ease\n            staffed by Glazier", "delivers Ease\n            staffed by Glazier ");
			client.replace(JOURNEY, "delivers Fairness, Ease", "delivers Fairnes, Ease");
			writes.awaitAtLeast(writesBefore + 3);
			builds.release();

			List<Diagnostic> newest = client.awaitDiagnostics(JOURNEY,
					diagnostics -> LanguageServerHarness.hasCode(diagnostics, "unresolved-reference"), "the misspelt value");
			assertTrue(newest.get(0).getMessage().getLeft().contains("did you mean Fairness?"), newest.get(0).getMessage().getLeft());
			assertEquals(List.of("stopped while parsing", "completed"), builds.awaitOutcomes(2),
					"the stale build stops in its parse; only the newest text (version 5) is built after it");

			List<PublishDiagnosticsParams> after = client.publications.subList(publishedBefore, client.publications.size());
			for (PublishDiagnosticsParams publication : after) {
				if (LanguageServerHarness.normal(publication.getUri()).equals(client.uri(JOURNEY))) {
					assertEquals(Integer.valueOf(5), publication.getVersion(), "published for a stale version: " + publication);
				}
				for (Diagnostic diagnostic : publication.getDiagnostics()) {
					assertFalse(diagnostic.getMessage().getLeft().contains(STALE_NAME), "a finding of the stale paste: " + diagnostic.getMessage());
				}
			}

			// The workspace is whole after the dropped build: hover explains a name, fixing the misspelling clears the finding.
			Hover hover = LanguageServerHarness.get(client.server.getTextDocumentService()
					.hover(new HoverParams(client.document(JOURNEY), client.at(JOURNEY, "delivers Ease", "delivers ".length()))));
			assertTrue(hover.getContents().getRight().getValue().contains("Getting it sorted with little effort"), hover.toString());
			client.replace(JOURNEY, "delivers Fairnes, Ease", "delivers Fairness, Ease");
			client.awaitDiagnostics(JOURNEY, List::isEmpty, "the journey clean again");
		}
	}

	/** 3,000 touchpoints, about 450 KB and 30,000 tokens: far more than one stretch between checks. */
	private static String paste() {
		StringBuilder paste = new StringBuilder();
		for (int i = 0; i < 3_000; i++) {
			paste.append("        touchpoint Pasted").append(i).append(" \"A pasted touchpoint\" {\n")
					.append("            channel phone\n")
					.append("            delivers ").append(STALE_NAME).append('\n')
					.append("        }\n");
		}
		return "    stage Pasted \"Pasted\" {\n" + paste + "    }\n";
	}
}
