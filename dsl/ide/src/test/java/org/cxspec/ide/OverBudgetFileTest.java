package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cxspec.parser.TokenBudgetParser;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of more tokens than cxspec reads (a paste of millions of braces) is shown in the editor
 * as one diagnostic where reading stopped; the server keeps answering, and the file is read
 * again once it is back within the budget.
 */
class OverBudgetFileTest {

	@TempDir
	Path folder;

	@Test
	void theServerShowsTheRefusalAndKeepsAnswering() throws Exception {
		String pasted = "{".repeat(TokenBudgetParser.MAX_TOKENS + 1_000);
		try (LanguageServerHarness client = new LanguageServerHarness(LanguageServerHarness.workspace(folder,
				Map.of("brand.cxspec", Specs.BRAND, "pasted.cxspec", pasted)))) {
			client.initialize();
			client.open("pasted.cxspec");
			List<Diagnostic> shown = client.awaitDiagnostics("pasted.cxspec",
					found -> found.stream().anyMatch(d -> d.getMessage().getLeft().startsWith("This file has more than")),
					"the refusal of the pasted file");
			Diagnostic refusal = shown.stream().filter(d -> d.getMessage().getLeft().startsWith("This file has more than")).findFirst().orElseThrow();
			assertEquals("syntax-error", refusal.getCode().getLeft());
			assertEquals(0, refusal.getRange().getStart().getLine());
			assertEquals(TokenBudgetParser.MAX_TOKENS, refusal.getRange().getStart().getCharacter());

			client.open("brand.cxspec");
			Hover hover = get(client.server.getTextDocumentService().hover(
					new HoverParams(client.document("brand.cxspec"), client.at("brand.cxspec", "AcmeInsurance", 2))));
			assertNotNull(hover, "hover on the brand file while the pasted file is open");
			FormattingOptions options = new FormattingOptions(4, true);
			assertTrue(get(client.server.getTextDocumentService().formatting(
					new DocumentFormattingParams(client.document("pasted.cxspec"), options))).isEmpty(),
					"a refused file is not formatted");

			client.replace("pasted.cxspec", pasted, "value Calm \"Feeling calm\" drives retention\n");
			client.awaitDiagnostics("pasted.cxspec",
					found -> found.stream().noneMatch(d -> d.getMessage().getLeft().startsWith("This file has more than")),
					"the file read again once within the budget");
		}
	}
}
