package org.cxspec.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.cxspec.cxspec.CxspecFactory;
import org.cxspec.cxspec.Model;
import org.cxspec.parser.antlr.CxspecParser;
import org.cxspec.parser.antlr.internal.InternalCxspecLexer;
import org.cxspec.rules.Rule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.ParseException;
import org.eclipse.xtext.parser.ParseResult;

/**
 * The language's parser, with a budget of tokens per file. Every word, sign and space costs a
 * token and nodes of the parse tree, so a file of millions of one-character tokens (15 MB of
 * '{' or of "x ") would not fit the 1.5 GB heap that a 16 MB spec written by hand needs a
 * fraction of. The tokens are counted as the lexer makes them, before anything is parsed; a
 * file over the budget is not parsed but refused with one syntax error where the budget ran
 * out (the command line turns it into a refusal, exit 2; an editor shows it as a diagnostic).
 * Always parses whole files: the budget holds for the whole text, never for an edited region.
 */
public class TokenBudgetParser extends CxspecParser {

	/**
	 * Tokens per file, spaces and comments included. The shipped examples average 9 characters a
	 * token, so a 16 MB spec written like them has about 1.9 million; the budget leaves room for
	 * specs written far more densely, and its worst case (every token a stray sign) still fits
	 * the heap target: see the README, "Hostile inputs".
	 */
	public static final int MAX_TOKENS = 4_500_000;

	/** A parse stopped by the budget, with what to tell the user and where (1-based); the model is empty. */
	public static final class Refused extends ParseResult {
		private final String message;
		private final int line;
		private final int column;

		Refused(EObject model, ICompositeNode root, String message, Token where) {
			super(model, root, true);
			this.message = message;
			this.line = where.getLine();
			this.column = where.getCharPositionInLine() + 1;
		}

		/** "LINE:COLUMN: message", for a refusal on the command line. */
		public String located() {
			return line + ":" + column + ": " + message;
		}
	}

	private static final class OverBudget extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Token token;

		OverBudget(Token token) {
			super(null, null, false, false);
			this.token = token;
		}
	}

	/** The language's lexer, counting; a lexer still, so that its own error messages reach the parser. */
	private static final class CountingLexer extends InternalCxspecLexer {
		private int count;

		@Override
		public Token nextToken() {
			Token token = super.nextToken();
			if (++count > MAX_TOKENS && token.getType() != Token.EOF) {
				throw new OverBudget(token);
			}
			return token;
		}
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		CountingLexer lexer = new CountingLexer();
		lexer.setCharStream(stream);
		return lexer;
	}

	/** Only whole files are parsed: an edit is parsed again with the whole text, budget and all. */
	@Override
	protected boolean isReparseSupported() {
		return false;
	}

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLexerState) {
		try {
			return super.doParse(ruleName, in, builder, initialLexerState);
		} catch (ParseException failed) {
			if (failed.getCause() instanceof OverBudget over) {
				return refused(in, over.token);
			}
			throw failed;
		}
	}

	private IParseResult refused(CharStream in, Token token) {
		String text = in.substring(0, in.size() - 1);
		int offset = ((org.antlr.runtime.CommonToken) token).getStartIndex();
		String message = "This file has more than " + String.format("%,d", MAX_TOKENS) + " words, signs and spaces, the most cxspec"
				+ " reads in one file (a 16 MB spec written by hand has about 2 million); nothing from here on was read:"
				+ " remove what was pasted by mistake, or split the spec into several files in one folder.";
		NodeModelBuilder builder = createNodeModelBuilder();
		ICompositeNode root = builder.newRootNode(text);
		Model model = CxspecFactory.eINSTANCE.createModel();
		builder.associateWithSemanticElement(root, model);
		EObject anyText = getGrammarAccess().getANY_OTHERRule();
		if (offset > 0) {
			builder.newLeafNode(0, offset, anyText, false, null, root);
		}
		builder.newLeafNode(offset, text.length() - offset, anyText, false, new SyntaxErrorMessage(message, Rule.SYNTAX_ERROR.id()), root);
		return new Refused(model, root, message, token);
	}
}
