package org.cxspec.parser;

import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.MissingTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.UnwantedTokenException;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Syntax errors in the words of the people who write specs: what was found, where (in which
 * block), and what may come there, instead of ANTLR's token names.
 */
public class CxspecSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(describe(context), Rule.SYNTAX_ERROR.id());
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		String message = context.getValueConverterException() == null ? context.getDefaultMessage()
				: context.getValueConverterException().getMessage();
		return new SyntaxErrorMessage(message, Rule.SYNTAX_ERROR.id());
	}

	private String describe(IParserErrorContext context) {
		RecognitionException problem = context.getRecognitionException();
		String[] tokenNames = context.getTokenNames();
		EObject block = context.getCurrentContext();
		String where = Blocks.where(block);
		if (problem == null) {
			return LexerMessages.translate(context.getDefaultMessage());
		}
		Token found = problem instanceof UnwantedTokenException unwanted ? unwanted.getUnexpectedToken() : problem.token;
		String foundText = Tokens.describe(found, tokenNames);
		String capitalFound = Character.toUpperCase(foundText.charAt(0)) + foundText.substring(1);
		boolean missing = problem instanceof MissingTokenException;
		if (missing || problem instanceof MismatchedTokenException && !(problem instanceof UnwantedTokenException)) {
			int expecting = missing ? ((MissingTokenException) problem).getMissingType() : ((MismatchedTokenException) problem).expecting;
			if (expecting == Token.EOF) {
				return capitalFound + " cannot start a declaration: " + Blocks.expectedIn(null) + "." + Tokens.hint(found, tokenNames, -1);
			}
			String description = Blocks.missingDescription(block, expecting, tokenNames);
			if (description != null) {
				return description + "; found " + foundText + " instead.";
			}
			if (found != null && found.getType() == Token.EOF) {
				return "The file ends too early" + where + ": expected " + Tokens.expected(expecting, tokenNames) + ".";
			}
			return "Expected " + Tokens.expected(expecting, tokenNames) + where + (missing ? " before " : ", but found ") + foundText
					+ "." + Tokens.hint(found, tokenNames, expecting);
		}
		if (found != null && found.getType() == Token.EOF) {
			return "The file ends too early" + where + ": " + Blocks.expectedIn(block) + ".";
		}
		return capitalFound + " is not expected here" + where + ": "
				+ Blocks.expectedIn(block) + "." + Tokens.hint(found, tokenNames, -1);
	}
}
