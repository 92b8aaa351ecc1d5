package org.cxspec.parser;

import static org.cxspec.testing.SpecFixture.ofRule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecLoader;
import org.cxspec.rules.Rule;
import org.cxspec.testing.SpecFixture;
import org.cxspec.tests.CxspecInjectorProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Inject;

/**
 * A file of more tokens than the budget is refused where the budget runs out, before it is
 * parsed; a file within it is read as usual, however dense.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(CxspecInjectorProvider.class)
class TokenBudgetTest {

	@Inject
	private SpecFixture spec;

	@Inject
	private SpecLoader loader;

	@TempDir
	Path folder;

	@Test
	void aFileOverTheBudgetIsOneSyntaxErrorWhereTheBudgetRanOut() {
		String text = "brand A \"a\" {\n    promise \"p\"\n}\n" + "{".repeat(TokenBudgetParser.MAX_TOKENS);
		List<Finding> errors = ofRule(spec.check(text), Rule.SYNTAX_ERROR);
		assertEquals(1, errors.size(), SpecFixture.describe(errors));
		Finding refusal = errors.get(0);
		// Tokens before the run: 'brand' ' ' 'A' ' ' '"a"' ' ' '{' '\n    ' 'promise' ' ' '"p"' '\n' '}' '\n' = 14.
		assertEquals(4, refusal.line(), SpecFixture.describe(errors));
		assertEquals(TokenBudgetParser.MAX_TOKENS - 14 + 1, refusal.column(), SpecFixture.describe(errors));
		assertTrue(refusal.message().startsWith("This file has more than 4,500,000 words, signs and spaces"), refusal.message());
	}

	@Test
	void aFileOfExactlyTheBudgetIsRead() {
		LoadedSpec loaded = spec.load(",".repeat(TokenBudgetParser.MAX_TOKENS));
		XtextResource resource = (XtextResource) loaded.resources().get(0);
		assertFalse(resource.getParseResult() instanceof TokenBudgetParser.Refused);
		assertEquals(TokenBudgetParser.MAX_TOKENS, resource.getParseResult().getRootNode().getLength());
	}

	@Test
	void theCommandLineRefusesAFileOverTheBudgetInOneLine() throws Exception {
		Path file = Files.writeString(folder.resolve("pasted.cxspec"), "x ".repeat(TokenBudgetParser.MAX_TOKENS));
		BadInputException refused = assertThrows(BadInputException.class, () -> loader.load(List.of(file)));
		assertTrue(refused.getMessage().matches(".*pasted\\.cxspec:1:4500001: This file has more than 4,500,000 words.*"),
				refused.getMessage());
		assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
	}

	@Test
	void theRefusalKeepsTheWholeTextSoNothingIsLost() {
		String text = "y ".repeat(TokenBudgetParser.MAX_TOKENS) + "the end";
		XtextResource resource = (XtextResource) spec.load(text).resources().get(0);
		assertInstanceOf(TokenBudgetParser.Refused.class, resource.getParseResult());
		assertEquals(text, resource.getParseResult().getRootNode().getText());
	}
}
