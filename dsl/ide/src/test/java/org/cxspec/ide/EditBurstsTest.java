package org.cxspec.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.cxspec.CxspecStandaloneSetup;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/**
 * A person at work in an editor: bursts of typing, saves, the editor's reports of files changed on
 * disk, hovers and completions, sent without waiting for the server, so that each message may
 * arrive in the middle of any step of the build before it. After each burst, once the server is
 * done, what the user sees must be right: the findings are the ones {@code cxspec validate}
 * reports for the same texts, and a rename changes exactly the name where it is written now
 * (the server's model is the editor's text). The order of the messages is drawn at random; a
 * failure names the seed, and {@code -Dbursts.seed=N} replays that order (the timing may differ).
 * <p>
 * It found a save right after typing leaving the findings of the typed text unpublished; the
 * deterministic cases of what it finds are in {@link BuildCutShortTest}.
 */
class EditBurstsTest {

	private static final Path EXAMPLE = Path.of("../../examples/insurer-claims");
	private static final String BRAND = "brand.cxspec";
	private static final String GUARDRAIL = "        within \"Up to 250 pounds per case, logged in the case notes with the reason\"\n";
	private static final String LOOSE = "        loose \"Put right";

	@TempDir
	Path workspace;

	@TempDir
	Path mirror;

	private LanguageServerHarness client;
	private boolean guardrailDeleted;
	private boolean misspelt;

	@Test
	void afterEachBurstTheFindingsAndARenameAgreeWithTheText() throws Exception {
		Map<String, String> texts = Findings.specTexts(EXAMPLE);
		// The server runs in this JVM: registering another injector would take the language over from it.
		Injector validate = new CxspecStandaloneSetup().createInjector();
		long seed = Long.getLong("bursts.seed", System.nanoTime());
		Random random = new Random(seed);
		try (LanguageServerHarness opened = new LanguageServerHarness(LanguageServerHarness.workspace(workspace, texts))) {
			client = opened;
			client.initialize();
			client.open(BRAND);
			client.awaitVersion(BRAND, 1);
			for (int round = 1; round <= Integer.getInteger("bursts.rounds", 60); round++) {
				StringBuilder burst = new StringBuilder();
				for (int message = random.nextInt(6); message >= 0; message--) {
					burst.append(send(random.nextInt(7))).append(' ');
					if (random.nextBoolean()) {
						Thread.sleep(random.nextInt(30)); // a pause, so that the next message meets the build at another step
					}
				}
				String after = "seed " + seed + ", burst " + round + " (" + burst.toString().strip() + ")";
				List<String> expected = expected(validate);
				assertEquals(expected, Findings.settled(expected, () -> Findings.lines(client.diagnostics.getOrDefault(client.uri(BRAND), List.of()))),
						"the findings of " + BRAND + " after " + after);
				assertRenameHitsTheName(after);
			}
		}
	}

	/** Sends one message as an editor would; returns what it was. */
	private String send(int kind) throws Exception {
		String uri = client.uri(BRAND);
		String text = client.texts.get(uri);
		switch (kind) {
		case 0 -> {
			if (guardrailDeleted) {
				int lineEnd = text.indexOf('\n', text.indexOf(LOOSE)) + 1;
				client.change(uri, List.of(new TextEdit(new Range(LanguageServerHarness.position(text, lineEnd),
						LanguageServerHarness.position(text, lineEnd)), GUARDRAIL)));
			} else {
				client.replace(BRAND, GUARDRAIL, "");
			}
			guardrailDeleted = !guardrailDeleted;
			return guardrailDeleted ? "delete-guardrail" : "restore-guardrail";
		}
		case 1, 2 -> {
			client.replace(BRAND, misspelt ? "for Clarty" : "for Clarity", misspelt ? "for Clarity" : "for Clarty");
			misspelt = !misspelt;
			return misspelt ? "misspell" : "correct";
		}
		case 3 -> {
			Files.writeString(workspace.resolve(BRAND), text);
			client.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(client.document(BRAND)));
			return "save";
		}
		case 4 -> {
			client.server.getWorkspaceService().didChangeWatchedFiles(
					new DidChangeWatchedFilesParams(List.of(new FileEvent(uri, FileChangeType.Changed))));
			return "changed-on-disk";
		}
		case 5 -> {
			client.server.getTextDocumentService().hover(new HoverParams(client.document(BRAND), client.at(BRAND, "value Clarity", 7)));
			return "hover";
		}
		default -> {
			client.server.getTextDocumentService().completion(new CompletionParams(client.document(BRAND), client.at(BRAND, "value Clarity", 7)));
			return "complete";
		}
		}
	}

	/** Renaming the value Clarity: every edit must cover the name as the texts have it now. */
	private void assertRenameHitsTheName(String after) throws Exception {
		WorkspaceEdit edit = LanguageServerHarness.get(client.server.getTextDocumentService().rename(
				new RenameParams(client.document(BRAND), client.at(BRAND, "value Clarity", "value ".length()), "Plainness")));
		assertFalse(edit.getChanges().isEmpty(), "the rename changes nothing after " + after);
		edit.getChanges().forEach((raw, edits) -> {
			String uri = LanguageServerHarness.normal(raw);
			String text = client.texts.containsKey(uri) ? client.texts.get(uri) : onDisk(uri);
			for (TextEdit each : edits) {
				String replaced = text.substring(LanguageServerHarness.offset(text, each.getRange().getStart()),
						LanguageServerHarness.offset(text, each.getRange().getEnd()));
				assertEquals("Clarity", replaced, "a rename edit of " + uri + " at " + each.getRange().getStart() + " after " + after);
			}
		});
	}

	private String onDisk(String uri) {
		try {
			return Files.readString(Path.of(java.net.URI.create(uri)));
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** What validate reports for the brand, with the other files as they are on disk. */
	private List<String> expected(Injector validate) throws Exception {
		Map<String, String> texts = Findings.specTexts(workspace);
		texts.put(BRAND, client.texts.get(client.uri(BRAND)));
		return Findings.reported(validate, mirror, texts).get(BRAND);
	}
}
