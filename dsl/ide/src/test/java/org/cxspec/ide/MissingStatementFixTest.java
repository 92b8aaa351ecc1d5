package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.get;
import static org.cxspec.ide.LanguageServerHarness.hasCode;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quick fixes that add a missing statement: each, applied over JSON-RPC, clears its diagnostic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissingStatementFixTest {

	static final String SPEC = """
			brand Acme "Acme" {
			    tight "Use the customer's name" for Ease
			}

			customer Homeowners "Families insuring their home" {
			    expects QuickPayout "Paid within days" scored 3.5 target 4.2 out of 5
			}

			value Ease "Getting it sorted with little effort"
			metric NPS "Net Promoter Score" current 22 target 35
			role Agent "Claims agent"
			role Idle "Nobody's playbook yet"

			cocreation Letters "Rewriting letters with customers" {
			    owner Agent
			}

			closed loop Detractors "Unhappy customers hear from us" {
			    respond within 24 hours
			    owner Agent
			}

			journey Claim "Making a claim" {
			    stage Report "I report the damage" {
			        touchpoint Phone "Reporting by phone" {
			            differentiating
			            moment of truth
			            measured by NPS
			            tight "Say hello" for Ease
			            loose "Comfort the caller" within "No promises about amounts"
			        }
			    }
			}
			""";

	@TempDir
	static Path folder;

	private LanguageServerHarness client;

	@BeforeAll
	void start() throws Exception {
		client = new LanguageServerHarness(LanguageServerHarness.workspace(folder, Map.of("spec.cxspec", SPEC)));
		client.initialize();
		client.open("spec.cxspec");
		client.awaitDiagnostics("spec.cxspec", found -> hasCode(found, "value-drives-nothing"), "the spec's findings");
	}

	@AfterAll
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"value-drives-nothing, Drives retention",
			"metric-without-direction, Higher is better",
			"differentiating-without-value, Deliver value Ease here",
			"loose-without-staff, Staffed by Agent",
			"expectation-not-addressed, Address QuickPayout at touchpoint Phone",
			"role-without-touchpoints, Staff touchpoint Phone with Idle",
			"journey-without-customer, For customer Homeowners",
			"cocreation-without-type, Type: creation with others",
			"cocreation-without-goal, Add a goal",
			"cocreation-without-customers, Involve customer Homeowners",
			"cocreation-without-rhythm, Add a rhythm",
			"cocreation-without-report-back, Add report back",
			"closed-loop-without-trigger, Add a trigger" })
	void theFixClearsTheDiagnostic(String rule, String title) throws Exception {
		Diagnostic diagnostic = client.awaitDiagnostics("spec.cxspec", found -> hasCode(found, rule), rule).stream()
				.filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		CodeActionParams params = new CodeActionParams(client.document("spec.cxspec"), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = get(client.server.getTextDocumentService().codeAction(params));
		CodeAction action = actions.stream().map(Either::getRight).filter(a -> a.getTitle().startsWith(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no action '" + title + "' among "
						+ actions.stream().map(a -> a.getRight().getTitle()).toList()));
		client.apply(action.getEdit());
		String message = diagnostic.getMessage().getLeft();
		client.awaitDiagnostics("spec.cxspec", found -> found.stream().noneMatch(d -> message.equals(d.getMessage().getLeft())),
				"'" + message + "' gone");
		List<Diagnostic> after = client.diagnostics.get(client.uri("spec.cxspec"));
		assertFalse(after.stream().anyMatch(d -> "syntax-error".equals(d.getCode().getLeft())),
				"the fix broke the syntax: " + after + "\n" + client.texts.get(client.uri("spec.cxspec")));
	}
}
