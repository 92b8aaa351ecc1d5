package org.cxspec.parser;

import static org.cxspec.testing.SpecFixture.BASE;
import static org.cxspec.testing.SpecFixture.assertOnly;
import static org.cxspec.testing.SpecFixture.inTill;
import static org.cxspec.testing.SpecFixture.ofRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.cxspec.load.Finding;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Inject;

/** Typical mistakes get a message in plain words, at the right place, never ANTLR's vocabulary. */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class SyntaxErrorMessagesTest {

	private static final Pattern PARSER_JARGON = Pattern.compile(
			"RULE_|mismatched input|extraneous input|missing EOF|no viable alternative|<EOF>|expecting|token");

	@Inject
	private SpecFixture spec;

	/** The syntax errors of a text, each checked for plain words. */
	private List<Finding> syntaxErrors(String text) {
		List<Finding> errors = ofRule(spec.check(text), Rule.SYNTAX_ERROR);
		assertFalse(errors.isEmpty(), "expected a syntax error");
		for (Finding error : errors) {
			assertEquals(Severity.ERROR, error.severity());
			assertFalse(PARSER_JARGON.matcher(error.message()).find(), "parser jargon in: " + error.message());
		}
		return errors;
	}

	private static void assertMentions(Finding finding, String... words) {
		for (String word : words) {
			assertTrue(finding.message().contains(word), () -> "\"" + word + "\" not in: " + finding.message());
		}
	}

	@Test
	void aMissingDescriptionNamesTheElementAndShowsTheShape() {
		List<Finding> errors = syntaxErrors(BASE.replace("role Clerk \"Shop clerk\"", "role Clerk"));
		Finding error = errors.get(0);
		assertMentions(error, "Clerk", "description", "double quotes");
		assertTrue(error.line() == 11 || error.line() == 12, SpecFixture.describe(errors));
	}

	@Test
	void anUnknownStatementInATouchpointIsReportedWhereItIsWritten() {
		List<Finding> errors = syntaxErrors(inTill("smile broadly"));
		Finding error = errors.get(0);
		assertEquals(17, error.line());
		assertMentions(error, "smile", "touchpoint Till");
	}

	@Test
	void anUnclosedStringIsSaidPlainly() {
		List<Finding> errors = syntaxErrors(BASE + "role Manager \"Store manager\n");
		assertMentions(errors.get(0), "not closed", "\"");
		assertEquals(21, errors.get(0).line());
	}

	@Test
	void anUnclosedBlockAtTheEndOfTheFileSaysTheFileEndsTooEarly() {
		String text = BASE.substring(0, BASE.lastIndexOf('}'));
		List<Finding> errors = syntaxErrors(text);
		assertMentions(errors.get(0), "ends too early", "journey Visit", "'}'");
	}

	@Test
	void aTouchpointAtTopLevelSaysHowDeclarationsStart() {
		List<Finding> errors = syntaxErrors(BASE + "touchpoint Door \"The door\" { delivers Ease }\n");
		Finding error = errors.get(0);
		assertEquals(21, error.line());
		assertMentions(error, "touchpoint", "brand", "journey");
	}

	@Test
	void aSingleQuotedStringSaysToUseDoubleQuotes() {
		List<Finding> errors = syntaxErrors(BASE.replace("role Clerk \"Shop clerk\"", "role Clerk 'Shop clerk'"));
		assertTrue(errors.stream().anyMatch(error -> error.message().contains("double quotes")), SpecFixture.describe(errors));
		assertEquals(11, errors.get(0).line());
	}

	@Test
	void anUnclosedCommentIsSaidPlainly() {
		List<Finding> errors = syntaxErrors(BASE + "/* a note\n");
		assertMentions(errors.get(0), "comment", "*/");
	}

	@Test
	void aBrokenFileStillGetsTheConsistencyFindingsTheRestEarns() {
		String text = BASE.replace("role Clerk \"Shop clerk\"", "role Clerk \"Shop clerk\"\nrole Manager 'Store manager'")
				+ "value Warmth \"Being welcomed\" drives advocacy\n";
		List<Finding> findings = spec.check(text);
		assertFalse(ofRule(findings, Rule.SYNTAX_ERROR).isEmpty(), SpecFixture.describe(findings));
		assertOnly(ofRule(findings, Rule.VALUE_NOT_DELIVERED), Rule.VALUE_NOT_DELIVERED, "Warmth");
	}

	@Test
	void anErrorInOneFileLeavesTheOtherFilesChecked() {
		List<Finding> findings = spec.checkFiles("a.cxspec", BASE, "b.cxspec",
				"value Warmth \"Being welcomed\" drives advocacy\nrole Manager\n");
		assertEquals(1, ofRule(findings, Rule.VALUE_NOT_DELIVERED).size(), SpecFixture.describe(findings));
		assertTrue(ofRule(findings, Rule.SYNTAX_ERROR).stream().allMatch(f -> f.file().endsWith("b.cxspec")), SpecFixture.describe(findings));
	}

	/** Slips inside a block: the message names the block the writer is in. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"creation for others       | participation for others | creation for others    | co-creation programme Panel",
			"lower better              | lower is better          | lower better           | metric CES",
			"staffed without by        | staffed by Clerk         | staffed Clerk          | touchpoint Till",
			"moment truth              | /*TILL*/                 | moment truth           | touchpoint Till",
			"text without statement    | /*TILL*/                 | \"Be kind\"            | touchpoint Till",
			"drives an unknown outcome | drives retention         | drives loyalty         | value Ease",
			"word in a number          | current 3                | current 3.x            | metric CES",
			"expects without name      | expects Quick            | expects                | customer segment Shoppers" })
	void aSlipInsideABlockNamesTheBlock(String mistake, String correct, String wrong, String block) {
		String text = (SpecFixture.withDeclarations(SpecFixture.PROGRAMME)).replace(correct, wrong);
		Finding error = syntaxErrors(text).get(0);
		assertMentions(error, block);
		assertFalse(error.message().contains("null"), error.message());
	}
}
