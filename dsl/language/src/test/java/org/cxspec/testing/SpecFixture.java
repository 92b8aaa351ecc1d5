package org.cxspec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.cxspec.rules.Rule;

import com.google.inject.Inject;

/**
 * Runs the full validation (as the CLI does) over specs written inline, and builds them around
 * a minimal clean spec so that each test adds exactly the one mistake it is about.
 */
public class SpecFixture {

	/** Where the inline files pretend to live; names resolve across all files of one call. */
	public static final Path FOLDER = Path.of("/virtual/spec").toAbsolutePath();

	/**
	 * A complete spec that earns no finding at all, not even an info. Extra statements go in
	 * place of the markers: {@code /*BRAND*}{@code /} inside the brand, {@code /*TILL*}{@code /}
	 * inside touchpoint Till.
	 */
	public static final String BASE = """
			brand Shop "Corner Shop" {
			    promise "Easy, every time."
			    differentiates from "shops that make you wait"
			    /*BRAND*/
			}
			customer Shoppers "People who shop with us" {
			    expects Quick "Served quickly" scored 4 target 4 out of 5
			}
			value Ease "Little effort" drives retention
			metric CES "Customer Effort Score" current 3 target 2 lower is better
			role Clerk "Shop clerk"
			journey Visit "A visit to the shop" for Shoppers {
			    stage Pay "I pay" {
			        touchpoint Till "At the till" {
			            delivers Ease
			            staffed by Clerk
			            /*TILL*/
			        }
			    }
			}
			""";

	/** A co-creation programme that earns no finding when added to {@link #BASE}. */
	public static final String PROGRAMME = """
			cocreation Panel "Shopper panel" {
			    type participation for others
			    goal "Less effort at the till" metric CES target 2 by "2027-Q1"
			    owner Clerk
			    involves Shoppers, Clerk
			    method interviews
			    rhythm community "two questions a week" business "monthly review"
			    report back "A monthly note on what changed"
			}
			""";

	/** A closed loop that earns no finding when added to {@link #BASE}. */
	public static final String LOOP = """
			closed loop Followup "Unhappy shoppers hear from us" {
			    when CES above 5
			    respond within 24 hours
			    owner Clerk
			}
			""";

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecChecker checker;

	/** The base with {@code statements} written inside the brand. */
	public static String inBrand(String statements) {
		return BASE.replace("/*BRAND*/", statements);
	}

	/** The base with {@code statements} written inside touchpoint Till. */
	public static String inTill(String statements) {
		return BASE.replace("/*TILL*/", statements);
	}

	/** The base followed by more top-level declarations. */
	public static String withDeclarations(String declarations) {
		return BASE + "\n" + declarations;
	}

	/** Findings of one spec file. */
	public List<Finding> check(String text) {
		return checkFiles("spec.cxspec", text);
	}

	/** Findings of one model spread over files: name, text, name, text... */
	public List<Finding> checkFiles(String... namesAndTexts) {
		Map<Path, String> texts = new LinkedHashMap<>();
		for (int i = 0; i < namesAndTexts.length; i += 2) {
			texts.put(FOLDER.resolve(namesAndTexts[i]), namesAndTexts[i + 1]);
		}
		return check(texts);
	}

	public List<Finding> check(Map<Path, String> texts) {
		return checker.check(load(texts));
	}

	public LoadedSpec load(Map<Path, String> texts) {
		return loader.loadTexts(texts);
	}

	public LoadedSpec load(String text) {
		return load(Map.of(FOLDER.resolve("spec.cxspec"), text));
	}

	/**
	 * Asserts that the findings are exactly {@code count} findings of {@code rule}, at its default
	 * severity, each naming {@code element} in its message. Nothing else may be reported, so a
	 * test proves the rule fires on its own mistake and nowhere else.
	 */
	public static List<Finding> assertOnly(List<Finding> findings, Rule rule, int count, String element) {
		assertEquals(count, findings.size(), () -> "expected " + count + " finding(s) of " + rule.id() + ", got:\n" + describe(findings));
		for (Finding finding : findings) {
			assertEquals(rule.id(), finding.ruleId(), () -> describe(findings));
			assertEquals(rule.defaultSeverity(), finding.severity(), () -> describe(findings));
			assertTrue(finding.message().contains(element), () -> "message does not name " + element + ": " + finding.message());
		}
		return findings;
	}

	/** Asserts exactly one finding, of {@code rule}, naming {@code element}; returns it. */
	public static Finding assertOnly(List<Finding> findings, Rule rule, String element) {
		return assertOnly(findings, rule, 1, element).get(0);
	}

	public static void assertClean(List<Finding> findings) {
		assertTrue(findings.isEmpty(), () -> "expected no finding, got:\n" + describe(findings));
	}

	public static List<Finding> ofRule(List<Finding> findings, Rule rule) {
		return findings.stream().filter(finding -> finding.ruleId().equals(rule.id())).toList();
	}

	public static void assertNone(List<Finding> findings, Rule rule) {
		assertTrue(ofRule(findings, rule).isEmpty(), () -> "expected no " + rule.id() + ", got:\n" + describe(findings));
	}

	public static String describe(List<Finding> findings) {
		return findings.stream()
				.map(finding -> finding.file().getFileName() + ":" + finding.line() + ":" + finding.column() + " "
						+ finding.severityWord() + " [" + finding.ruleId() + "] " + finding.message())
				.collect(Collectors.joining("\n"));
	}
}
