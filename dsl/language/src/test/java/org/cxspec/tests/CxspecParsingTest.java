package org.cxspec.tests;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.PROGRAMME;
import static org.cxspec.testing.SpecFixture.assertClean;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.withDeclarations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cxspec.cxspec.Brand;
import org.cxspec.cxspec.CoCreation;
import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Metric;
import org.cxspec.cxspec.Model;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/** What a spec writer may write: any order, missing pieces, any language, Windows files, comments. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
public class CxspecParsingTest {

	@Inject
	private SpecFixture spec;

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecChecker checker;

	private Model parse(String text) {
		LoadedSpec loaded = spec.load(text);
		assertTrue(loaded.resources().get(0).getErrors().isEmpty(), () -> "syntax errors: " + loaded.resources().get(0).getErrors());
		return loaded.models().get(0);
	}

	private static <T> T first(Model model, Class<T> type) {
		return model.getDeclarations().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	@Test
	void topLevelDeclarationsMayComeInAnyOrder() {
		String reversed = """
				journey Visit "A visit to the shop" for Shoppers {
				    stage Pay "I pay" {
				        touchpoint Till "At the till" {
				            staffed by Clerk
				            delivers Ease
				        }
				    }
				}
				role Clerk "Shop clerk"
				metric CES "Customer Effort Score" current 3 target 2 lower is better
				value Ease "Little effort" drives retention
				customer Shoppers "People who shop with us" {
				    expects Quick "Served quickly" scored 4 target 4 out of 5
				}
				brand Shop "Corner Shop" {
				    differentiates from "shops that make you wait"
				    promise "Easy, every time."
				}
				""";
		assertClean(spec.check(reversed));
	}

	@Test
	void statementsInsideBlocksMayComeInAnyOrder() {
		String touchpoint = BASE.replace("""
				            delivers Ease
				            staffed by Clerk
				            /*TILL*/
				""", """
				            loose "How you chat" example "Ask about their day" within "Keep it short"
				            measured by CES
				            staffed by Clerk
				            tight "Say hello first" for Ease
				            moment of truth
				            backstage "Card reader"
				            delivers Ease
				            channel "in person"
				            addresses Quick
				            differentiating
				""");
		String programme = """
				cocreation Panel "Shopper panel" {
				    report back "A monthly note"
				    rhythm business "monthly review" community "weekly"
				    method interviews
				    involves Clerk, Shoppers
				    owner Clerk
				    goal "Less effort" by "2027-Q1" metric CES target 2
				    type creation for self
				}
				closed loop Followup "Follow up" {
				    owner Clerk
				    respond within 2 hours
				    when CES above 5
				}
				""";
		assertClean(spec.check(touchpoint + programme));
	}

	@Test
	void everyOptionalPieceMissingGivesConsistencyFindingsNeverSyntaxErrors() {
		String bare = """
				brand Shop "Corner Shop" {}
				customer Shoppers "People who shop" {}
				customer Tourists "Visitors" { expects Map "Find things" }
				value Ease "Little effort"
				metric CES "Customer Effort Score"
				role Clerk "Shop clerk"
				partner Courier "Delivery partner"
				journey Visit "A visit" {}
				journey Return "A return" { stage Bring "I bring it back" {} }
				journey Buy "A purchase" { stage Pick "I pick" { touchpoint Shelf "The shelf" {} } }
				journey Ask "A question" { stage Call "I call" { touchpoint Phone "Phone" { } } }
				cocreation Panel "Shopper panel" {}
				closed loop Followup "Follow up" {}
				""";
		List<Finding> findings = spec.check(bare);
		assertTrue(findings.stream().noneMatch(finding -> finding.ruleId().equals(Rule.SYNTAX_ERROR.id())
				|| finding.ruleId().equals(Rule.UNRESOLVED_REFERENCE.id())), SpecFixture.describe(findings));
		Set<String> rules = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
		for (Rule rule : List.of(Rule.MISSING_PROMISE, Rule.CUSTOMER_WITHOUT_EXPECTATIONS, Rule.EXPECTATION_UNSCORED,
				Rule.VALUE_NOT_DELIVERED, Rule.VALUE_DRIVES_NOTHING, Rule.METRIC_WITHOUT_TARGET, Rule.METRIC_WITHOUT_DIRECTION,
				Rule.ROLE_WITHOUT_TOUCHPOINTS, Rule.JOURNEY_WITHOUT_CUSTOMER, Rule.EMPTY_JOURNEY, Rule.COCREATION_WITHOUT_GOAL,
				Rule.COCREATION_WITHOUT_OWNER, Rule.CLOSED_LOOP_WITHOUT_OWNER)) {
			assertTrue(rules.contains(rule.id()), rule.id() + " missing from:\n" + SpecFixture.describe(findings));
		}
	}

	@Test
	void aByteOrderMarkAndWindowsLineEndingsKeepLinesAndColumnsRight() {
		String windows = "\uFEFF" + withDeclarations("value Warmth \"Being welcomed\" drives advocacy\n").replace("\n", "\r\n");
		Finding finding = assertOnly(spec.check(windows), Rule.VALUE_NOT_DELIVERED, "Warmth");
		assertEquals(22, finding.line());
		assertEquals(7, finding.column());
	}

	@Test
	void aByteOrderMarkInAFileDoesNotShiftTheFirstLine(@TempDir Path dir) throws Exception {
		byte[] text = BASE.replace("    promise \"Easy, every time.\"\n", "").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[text.length + 3];
		withBom[0] = (byte) 0xEF;
		withBom[1] = (byte) 0xBB;
		withBom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, withBom, 3, text.length);
		Path file = Files.write(dir.resolve("shop.cxspec"), withBom);
		Finding finding = assertOnly(checker.check(loader.load(List.of(file))), Rule.MISSING_PROMISE, "Shop");
		assertEquals(1, finding.line());
		assertEquals(7, finding.column());
	}

	@Test
	void windowsLineEndingsInsideATextAndAfterCommentsAreAccepted() {
		String windows = ("// a comment line\n" + BASE.replace("\"Easy, every time.\"", "\"Easy,\n every time.\"")).replace("\n", "\r\n");
		Model model = parse(windows);
		assertEquals("Easy,\r\n every time.", first(model, Brand.class).getPromises().get(0));
		assertClean(spec.check(windows));
	}

	@Test
	void accentsAndTypographicQuotesSurviveUnchanged() {
		String promise = "Één klant, één antwoord — “zonder gedoe”, ‘altijd’ déjà vu, 日本語 ✓";
		Model model = parse(BASE.replace("Easy, every time.", promise));
		assertEquals(promise, first(model, Brand.class).getPromises().get(0));
	}

	@Test
	void escapedQuotesAndBackslashesAreUnescaped() {
		Model model = parse(BASE.replace("\"Easy, every time.\"", "\"Say \\\"hello\\\" and use C:\\\\shop\""));
		assertEquals("Say \"hello\" and use C:\\shop", first(model, Brand.class).getPromises().get(0));
	}

	@Test
	void aTextMaySpanLines() {
		Model model = parse(BASE.replace("\"Easy, every time.\"", "\"Easy,\n    every time.\""));
		assertEquals("Easy,\n    every time.", first(model, Brand.class).getPromises().get(0));
	}

	@Test
	void commentsOfBothKindsAreIgnoredAnywhere() {
		String commented = "/* The corner shop.\n   Two lines. */\n" + BASE
				.replace("promise \"Easy, every time.\"", "promise /* inline */ \"Easy, every time.\" // why we exist")
				.replace("delivers Ease", "delivers /* the one value */ Ease // more later");
		assertClean(spec.check(commented));
		assertEquals("Easy, every time.", first(parse(commented), Brand.class).getPromises().get(0));
	}

	@Test
	void numbersMayBeNegativeAndDecimal() {
		Model model = parse(BASE.replace("current 3 target 2", "current -12 target 7.25")
				.replace("scored 4 target 4 out of 5", "scored 4.25 target 4.2 out of 10"));
		Metric metric = first(model, Metric.class);
		assertEquals(new BigDecimal("-12"), metric.getCurrent());
		assertEquals(0, new BigDecimal("7.25").compareTo(metric.getTarget()));
		Expectation expectation = first(model, Customer.class).getExpectations().get(0);
		assertEquals(0, new BigDecimal("4.25").compareTo(expectation.getScore()));
		assertEquals(0, new BigDecimal("10").compareTo(expectation.getScale()));
	}

	@Test
	void methodsMayBePlainWordsOrQuoted() {
		String programme = PROGRAMME.replace("method interviews",
				"method feedback sessions, \"co-design workshops\", interviews\n    method \"Idee\u00ebnbus\"");
		Model model = parse(withDeclarations(programme));
		assertEquals(List.of("feedback sessions", "co-design workshops", "interviews", "Idee\u00ebnbus"),
				first(model, CoCreation.class).getMethods());
		assertClean(spec.check(withDeclarations(programme)));
	}

	@Test
	void theCoCreationTypeIsKeptAsItsWords() {
		Model model = parse(withDeclarations(PROGRAMME.replace("participation for others", "creation with others")));
		assertEquals(List.of("creation with others"), first(model, CoCreation.class).getTypes());
	}

	@Test
	void anEmptyFileParsesAndOnlyMissesItsBrand() {
		assertOnly(spec.check(""), Rule.MISSING_PROMISE, "brand");
	}
}
