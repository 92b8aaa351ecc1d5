package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.get;
import static org.cxspec.ide.LanguageServerHarness.hasCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rename touches a file the editor never opened; the editor writes that file straight to
 * disk and reports no change on disk, only the save of the open file. The server must read the
 * file it edited again, instead of keeping the old text and its false "No value is named" errors.
 */
class EditsOutsideTheEditorTest {

	@TempDir
	Path folder;

	@Test
	void aFileRenamedOnDiskIsReadAgainOnSave() throws Exception {
		try (LanguageServerHarness client = new LanguageServerHarness(LanguageServerHarness.workspace(folder,
				Map.of("brand.cxspec", Specs.BRAND, "journey.cxspec", Specs.JOURNEY)))) {
			client.initialize();
			client.open("brand.cxspec");
			client.awaitDiagnostics("brand.cxspec", List::isEmpty, "a clean brand file");
			WorkspaceEdit edit = get(client.server.getTextDocumentService().rename(new RenameParams(client.document("brand.cxspec"),
					client.at("brand.cxspec", "value Ease", 7), "Effortless")));
			Map<String, List<TextEdit>> changes = edit.getChanges();
			client.change(client.uri("brand.cxspec"), changes.get(changes.keySet().stream()
					.filter(uri -> uri.endsWith("brand.cxspec")).findFirst().orElseThrow()));
			// The journey, never opened: the server now sees its old links to Ease broken.
			client.awaitDiagnostics("journey.cxspec", found -> hasCode(found, "unresolved-reference"), "the journey's old links");
			String journeyUri = changes.keySet().stream().filter(uri -> uri.endsWith("journey.cxspec")).findFirst().orElseThrow();
			Path journey = folder.resolve("journey.cxspec");
			Files.writeString(journey, applied(Files.readString(journey), changes.get(journeyUri)));
			Files.writeString(folder.resolve("brand.cxspec"), client.texts.get(client.uri("brand.cxspec")));
			client.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(client.document("brand.cxspec")));
			client.awaitDiagnostics("journey.cxspec", List::isEmpty, "the journey read again after the save");
		}
	}

	private static String applied(String text, List<TextEdit> edits) {
		List<TextEdit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparing((TextEdit edit) -> LanguageServerHarness.offset(text, edit.getRange().getStart())).reversed());
		String result = text;
		for (TextEdit edit : sorted) {
			int start = LanguageServerHarness.offset(result, edit.getRange().getStart());
			int end = LanguageServerHarness.offset(result, edit.getRange().getEnd());
			result = result.substring(0, start) + edit.getNewText() + result.substring(end);
		}
		return result;
	}
}
