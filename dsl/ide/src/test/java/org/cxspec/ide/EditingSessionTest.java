package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.get;
import static org.cxspec.ide.LanguageServerHarness.hasCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** An editing session over JSON-RPC on a spec split over two files, feature by feature. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditingSessionTest {

	@TempDir
	static Path folder;

	private LanguageServerHarness client;

	@BeforeAll
	void start() throws Exception {
		client = new LanguageServerHarness(LanguageServerHarness.workspace(folder,
				Map.of("brand.cxspec", Specs.BRAND, "journey.cxspec", Specs.JOURNEY)));
		client.initialize();
		client.open("brand.cxspec");
		client.open("journey.cxspec");
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "a clean brand file");
		client.awaitDiagnostics("journey.cxspec", List::isEmpty, "a clean journey file");
	}

	@AfterAll
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@Test
	void anEditInOneFileChangesAndClearsTheDiagnosticsOfAnother() throws Exception {
		client.replace("journey.cxspec", "delivers Fairness, Ease", "delivers Ease");
		List<Diagnostic> brand = client.awaitDiagnostics("brand.cxspec", found -> hasCode(found, "value-not-delivered"),
				"value Fairness undelivered");
		Diagnostic undelivered = brand.stream().filter(d -> "value-not-delivered".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		assertEquals(DiagnosticSeverity.Warning, undelivered.getSeverity());
		assertTrue(undelivered.getMessage().getLeft().startsWith("Value Fairness is delivered by no touchpoint"), undelivered.getMessage().getLeft());

		client.replace("journey.cxspec", "delivers Ease", "delivers Fairness, Ease");
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "the warning gone again");
	}

	@Test
	void renamingADeclarationBreaksTheLinksOfTheFilesThatUseIt() throws Exception {
		client.replace("brand.cxspec", "value Ease ", "value Easy ");
		List<Diagnostic> journey = client.awaitDiagnostics("journey.cxspec", found -> hasCode(found, "unresolved-reference"),
				"the journey's links to Ease broken");
		String message = journey.stream().filter(d -> "unresolved-reference".equals(d.getCode().getLeft())).findFirst().orElseThrow()
				.getMessage().getLeft();
		assertTrue(message.contains("did you mean Easy?"), message);
		client.replace("brand.cxspec", "value Easy ", "value Ease ");
		client.awaitDiagnostics("journey.cxspec", List::isEmpty, "the links restored");
	}

	@Test
	void aTightStandardTypedInOneFileConflictsWithAFreedomInAnother() throws Exception {
		String tight = "tight \"Arrive within four hours of the call\"";
		String same = "tight \"Fix a small problem on the spot, without asking a manager\"";
		client.replace("journey.cxspec", tight, same);
		client.awaitDiagnostics("brand.cxspec", found -> hasCode(found, "tight-loose-conflict"), "the conflict on the brand's freedom");
		client.replace("journey.cxspec", same, tight);
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "the conflict gone");
	}

	@Test
	void typingADescriptionKeepsEveryFilesDiagnostics() throws Exception {
		client.replace("journey.cxspec", "\"Settlement letter\"", "\"Settlement letter, sent by post\"");
		client.replace("journey.cxspec", "delivers Fairness, Ease", "delivers Ease");
		client.awaitDiagnostics("brand.cxspec", found -> hasCode(found, "value-not-delivered"), "value Fairness undelivered");
		client.replace("journey.cxspec", "\"Settlement letter, sent by post\"", "\"Settlement letter\"");
		Thread.sleep(300);
		assertTrue(hasCode(client.diagnostics.get(client.uri("brand.cxspec")), "value-not-delivered"),
				"an edit of the journey file that concerns no other file leaves the brand file's warning");
		client.replace("journey.cxspec", "delivers Ease", "delivers Fairness, Ease");
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "the warning gone again");
	}

	@Test
	void aTypoIsAnUnresolvedReferenceWithSuggestionsAndASyntaxErrorIsReported() throws Exception {
		client.replace("journey.cxspec", "staffed by Glazier", "staffed by Glazer");
		List<Diagnostic> found = client.awaitDiagnostics("journey.cxspec", d -> hasCode(d, "unresolved-reference"), "the typo");
		assertTrue(found.get(0).getMessage().getLeft().contains("did you mean Glazier?"), found.get(0).getMessage().getLeft());
		client.replace("journey.cxspec", "staffed by Glazer", "staffed by Glazier");
		client.awaitDiagnostics("journey.cxspec", List::isEmpty, "the typo fixed");

		client.replace("journey.cxspec", "channel visit", "channel visit }}");
		client.awaitDiagnostics("journey.cxspec", d -> hasCode(d, "syntax-error"), "a syntax error");
		client.replace("journey.cxspec", "channel visit }}", "channel visit");
		client.awaitDiagnostics("journey.cxspec", List::isEmpty, "the syntax error fixed");
	}

	@Test
	void completionOffersEveryValueWithItsDescription() throws Exception {
		CompletionParams params = new CompletionParams(client.document("journey.cxspec"), client.at("journey.cxspec", "delivers Ease\n", 9));
		Either<List<CompletionItem>, CompletionList> result = get(client.server.getTextDocumentService().completion(params));
		List<CompletionItem> items = result.isLeft() ? result.getLeft() : result.getRight().getItems();
		Map<String, String> details = items.stream().collect(Collectors.toMap(CompletionItem::getLabel,
				item -> String.valueOf(item.getDetail()), (a, b) -> a));
		assertTrue(details.keySet().containsAll(Set.of("Fairness", "Ease")), details.toString());
		assertEquals("value: Getting it sorted with little effort", details.get("Ease"));
		assertFalse(details.containsKey("NPS"), "a metric is not a value: " + details);

		CompletionParams keyword = new CompletionParams(client.document("journey.cxspec"), client.at("journey.cxspec", "            channel letter", 12));
		Either<List<CompletionItem>, CompletionList> keywords = get(client.server.getTextDocumentService().completion(keyword));
		List<String> labels = (keywords.isLeft() ? keywords.getLeft() : keywords.getRight().getItems()).stream().map(CompletionItem::getLabel).toList();
		assertTrue(labels.containsAll(List.of("delivers", "measured", "tight", "loose")), labels.toString());
	}

	@Test
	void hoverTellsWhatANameIsAndWhereItIsUsed() throws Exception {
		Hover hover = get(client.server.getTextDocumentService().hover(new HoverParams(client.document("brand.cxspec"),
				client.at("brand.cxspec", "value Ease", 7))));
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("value Ease"), text);
		assertTrue(text.contains("Getting it sorted with little effort"), text);
		assertTrue(text.contains("touchpoint GlassRepair: delivers it"), text);
		assertTrue(text.contains("touchpoint PhoneReport (tight standard): protects it"), text);
	}

	@Test
	void hoverOnADiagnosticExplainsItsRule() throws Exception {
		client.replace("brand.cxspec", "value Ease \"Getting it sorted with little effort\" drives retention",
				"value Ease \"Getting it sorted with little effort\"");
		client.awaitDiagnostics("brand.cxspec", d -> hasCode(d, "value-drives-nothing"), "value-drives-nothing");
		Hover hover = get(client.server.getTextDocumentService().hover(new HoverParams(client.document("brand.cxspec"),
				client.at("brand.cxspec", "value Ease", 7))));
		String text = hover.getContents().getRight().getValue();
		assertTrue(text.contains("`value-drives-nothing`"), text);
		client.replace("brand.cxspec", "value Ease \"Getting it sorted with little effort\"",
				"value Ease \"Getting it sorted with little effort\" drives retention");
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "clean again");
	}

	@Test
	void definitionAndReferencesCrossFiles() throws Exception {
		var definition = get(client.server.getTextDocumentService().definition(new DefinitionParams(client.document("journey.cxspec"),
				client.at("journey.cxspec", "staffed by Agent", 12))));
		List<? extends Location> targets = definition.getLeft();
		assertEquals(1, targets.size());
		assertEquals(client.uri("brand.cxspec"), LanguageServerHarness.normal(targets.get(0).getUri()));
		assertEquals(client.at("brand.cxspec", "role Agent", 0).getLine(), targets.get(0).getRange().getStart().getLine());

		ReferenceParams references = new ReferenceParams(client.document("brand.cxspec"), client.at("brand.cxspec", "value Ease", 7),
				new ReferenceContext(false));
		List<? extends Location> uses = get(client.server.getTextDocumentService().references(references));
		assertEquals(6, uses.size(), uses.toString()); // three delivers, three tight standards
		assertTrue(uses.stream().allMatch(use -> LanguageServerHarness.normal(use.getUri()).equals(client.uri("journey.cxspec"))));
	}

	@Test
	void outlineAndWorkspaceSymbols() throws Exception {
		List<Either<SymbolInformation, DocumentSymbol>> symbols = get(client.server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(client.document("journey.cxspec"))));
		DocumentSymbol journey = symbols.get(0).getRight();
		assertEquals("HomeClaim", journey.getName());
		assertEquals(SymbolKind.Module, journey.getKind());
		assertEquals(List.of("Report", "Repair", "Settle"), journey.getChildren().stream().map(DocumentSymbol::getName).toList());
		assertEquals(SymbolKind.Namespace, journey.getChildren().get(0).getKind());
		assertEquals("PhoneReport", journey.getChildren().get(0).getChildren().get(0).getName());
		assertEquals(SymbolKind.Event, journey.getChildren().get(0).getChildren().get(0).getKind());

		Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>> found = get(client.server.getWorkspaceService()
				.symbol(new WorkspaceSymbolParams("Glass")));
		List<String> names = found.isLeft() ? found.getLeft().stream().map(SymbolInformation::getName).toList()
				: found.getRight().stream().map(WorkspaceSymbol::getName).toList();
		assertTrue(names.contains("GlassRepair"), names.toString());
	}

	@Test
	void renameUpdatesEveryFile() throws Exception {
		WorkspaceEdit edit = get(client.server.getTextDocumentService().rename(new RenameParams(client.document("brand.cxspec"),
				client.at("brand.cxspec", "value Ease", 7), "Effortless")));
		Map<String, List<TextEdit>> changes = edit.getChanges() != null ? edit.getChanges()
				: edit.getDocumentChanges().stream().map(Either::getLeft).collect(Collectors.toMap(
						change -> change.getTextDocument().getUri(), change -> change.getEdits().stream().map(Either::getLeft).toList()));
		Map<String, Integer> perFile = changes.entrySet().stream()
				.collect(Collectors.toMap(e -> LanguageServerHarness.normal(e.getKey()), e -> e.getValue().size()));
		assertEquals(Map.of(client.uri("brand.cxspec"), 1, client.uri("journey.cxspec"), 6), perFile);
		assertTrue(changes.values().stream().flatMap(List::stream).allMatch(e -> e.getNewText().equals("Effortless")));
	}

	@Test
	void formattingRestoresTheLayout() throws Exception {
		String before = client.texts.get(client.uri("brand.cxspec"));
		client.replace("brand.cxspec", "role Agent \"Claims agent\"\n", "role   Agent \"Claims agent\"    ");
		client.replace("brand.cxspec", "    owner ComplaintsManager\n}", "owner ComplaintsManager }");
		List<? extends TextEdit> edits = get(client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(client.document("brand.cxspec"), new FormattingOptions(4, true))));
		client.change(client.uri("brand.cxspec"), List.copyOf(edits));
		assertEquals(before, client.texts.get(client.uri("brand.cxspec")));
		assertEquals(List.of(), get(client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(client.document("brand.cxspec"), new FormattingOptions(4, true)))),
				"no edits for a formatted file");
		List<? extends TextEdit> tabs = get(client.server.getTextDocumentService()
				.formatting(new DocumentFormattingParams(client.document("brand.cxspec"), new FormattingOptions(4, false))));
		assertTrue(!tabs.isEmpty() && tabs.stream().allMatch(edit -> edit.getNewText().replace("\n", "").chars().allMatch(c -> c == '\t')),
				"an editor that indents with tabs gets tabs: " + tabs);
		client.awaitDiagnostics("brand.cxspec", List::isEmpty, "clean after formatting");
	}

	@Test
	void foldingAndSemanticHighlighting() throws Exception {
		List<FoldingRange> ranges = get(client.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(client.document("journey.cxspec"))));
		assertTrue(ranges.size() >= 7, "journey, three stages, three touchpoints: " + ranges);

		SemanticTokens tokens = get(client.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(client.document("journey.cxspec"))));
		List<String> legend = client.initialized.getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
		List<Integer> data = tokens.getData();
		Set<String> types = new java.util.HashSet<>();
		for (int i = 3; i < data.size(); i += 5) {
			types.add(legend.get(data.get(i)));
		}
		assertTrue(types.containsAll(Set.of("enumMember", "property", "class", "function", "namespace")), types.toString());
	}
}
