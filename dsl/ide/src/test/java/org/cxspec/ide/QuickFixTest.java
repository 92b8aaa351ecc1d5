package org.cxspec.ide;

import static org.cxspec.ide.LanguageServerHarness.get;
import static org.cxspec.ide.LanguageServerHarness.hasCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.load.Finding;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Injector;

/** Diagnostics as {@code cxspec validate} reports them, and each quick fix applied over JSON-RPC clears its diagnostic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuickFixTest {

	static final String BRAND = """
			brand Acme "Acme" {
			    promise "Simple and fair."
			    differentiates from "slow insurers"
			    tight "Use the customer's name"
			    loose "Fix a small problem on the spot"
			}

			customer Homeowners "Families insuring their home" {
			    expects QuickPayout "Paid within days" scored 4.5 target 4.2 out of 5
			}

			value Ease "Getting it sorted with little effort" drives retention
			value Fairness "Being treated fairly" drives advocacy

			metric NPS "Net Promoter Score" current 22 target 35 higher is better

			role Agent "Claims agent"

			cocreation Letters "Rewriting letters with customers" {
			    type creation with others
			    goal "Letters are easier to act on" metric NPS target 30 by "2027-Q1"
			    involves Homeowners, Agent
			    method interviews
			    rhythm community "two questions a week" business "monthly meeting"
			    report back "A monthly blog"
			}

			closed loop Detractors "Unhappy customers hear from us" {
			    when NPS below 7
			    respond within 3 days
			    owner Agent
			}
			""";

	static final String JOURNEY = """
			journey Claim "Making a claim" for Homeowners {
			    stage Report "I report the damage" {
			        touchpoint Phone "Reporting by phone" {
			            differentiating
			            delivers Ease
			            staffed by Agnet
			            tight "Say hello" for Ease
			            tight "Say the claim number" for Ease
			            tight "Say goodbye" for Ease
			        }
			    }
			}
			""";

	@TempDir
	static Path folder;

	private LanguageServerHarness client;

	@BeforeAll
	void start() throws Exception {
		client = new LanguageServerHarness(LanguageServerHarness.workspace(folder, Map.of("brand.cxspec", BRAND, "journey.cxspec", JOURNEY)));
		client.initialize();
		client.open("brand.cxspec");
		client.open("journey.cxspec");
		client.awaitDiagnostics("brand.cxspec", found -> hasCode(found, "value-not-delivered"), "the brand file's warnings");
		client.awaitDiagnostics("journey.cxspec", found -> hasCode(found, "unresolved-reference"), "the journey file's errors");
	}

	@AfterAll
	void stop() throws Exception {
		if (client != null) {
			client.close();
		}
	}

	@Test
	@Order(1)
	void diagnosticsAreExactlyWhatValidateReports() throws Exception {
		// The server runs in this JVM: registering another injector would take the language over from it.
		Injector injector = new CxspecStandaloneSetup().createInjector();
		List<Finding> findings = injector.getInstance(SpecChecker.class)
				.check(injector.getInstance(SpecLoader.class).load(List.of(folder.resolve("brand.cxspec"), folder.resolve("journey.cxspec"))));
		List<String> expected = new ArrayList<>();
		for (Finding finding : findings) {
			expected.add(finding.file().getFileName() + ":" + finding.line() + ":" + finding.column() + ": "
					+ finding.severityWord() + ": " + finding.message() + " [" + finding.ruleId() + "]");
		}
		List<String> published = new ArrayList<>();
		for (String file : List.of("brand.cxspec", "journey.cxspec")) {
			for (Diagnostic d : client.diagnostics.get(client.uri(file))) {
				String severity = switch (d.getSeverity()) {
				case Error -> "error";
				case Warning -> "warning";
				default -> "info";
				};
				published.add(file + ":" + (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1)
						+ ": " + severity + ": " + d.getMessage().getLeft() + " [" + d.getCode().getLeft() + "]");
			}
		}
		assertTrue(expected.size() >= 8, "the workspace is meant to break many rules: " + expected);
		assertEquals(expected.stream().sorted().toList(), published.stream().sorted().toList());
	}

	@ParameterizedTest(name = "{0}")
	@Order(2)
	@CsvSource({
			"loose-without-guardrail, brand.cxspec, Add a guardrail",
			"tight-without-value, brand.cxspec, Protect value Ease with this standard",
			"moment-unmeasured, journey.cxspec, Measure by metric NPS",
			"value-not-delivered, brand.cxspec, Deliver Fairness at touchpoint Phone",
			"cocreation-without-owner, brand.cxspec, Make Agent the owner",
			"slow-closed-loop, brand.cxspec, Respond within 24 hours",
			"unresolved-reference, journey.cxspec, Change to Agent",
			"scripted-touchpoint, journey.cxspec, Leave \"Say hello\" to staff judgement" })
	void theQuickFixClearsTheDiagnostic(String rule, String file, String title) throws Exception {
		Diagnostic diagnostic = client.awaitDiagnostics(file, found -> hasCode(found, rule), rule).stream()
				.filter(d -> rule.equals(d.getCode().getLeft())).findFirst().orElseThrow();
		CodeActionParams params = new CodeActionParams(client.document(file), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		List<Either<Command, CodeAction>> actions = get(client.server.getTextDocumentService().codeAction(params));
		CodeAction action = actions.stream().map(Either::getRight).filter(a -> a.getTitle().startsWith(title)).findFirst()
				.orElseThrow(() -> new AssertionError("no action '" + title + "' among "
						+ actions.stream().map(a -> a.getRight().getTitle()).toList()));
		client.apply(action.getEdit());
		String message = diagnostic.getMessage().getLeft();
		client.awaitDiagnostics(file, found -> found.stream().noneMatch(d -> message.equals(d.getMessage().getLeft())),
				"'" + message + "' gone");
		List<Diagnostic> after = client.diagnostics.get(client.uri(file));
		assertFalse(after.stream().anyMatch(d -> "syntax-error".equals(d.getCode().getLeft())), "the fix broke the syntax: " + after);
	}
}
