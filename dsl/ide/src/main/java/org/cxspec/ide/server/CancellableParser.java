package org.cxspec.ide.server;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.cxspec.parser.TokenBudgetParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The parser, made to stop within milliseconds when a newer edit arrives: lexing and parsing
 * check the server's build (RunningBuild) every {@value #CHECK_EVERY} tokens. A 5 MB paste is
 * about a million tokens and takes seconds to parse; without the checks a newer edit waited for
 * all of it. A stopped parse throws Xtext's cancellation out of resource loading: the build that
 * loaded it is dropped whole (its fresh resource set and copied index with it) and the text stays
 * queued, so the next build parses the newest text from the start. It is the command line's
 * parser otherwise, token budget included, so an editor refuses the same files.
 */
public class CancellableParser extends TokenBudgetParser {

	static final int CHECK_EVERY = 1024;

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource lexer = super.createLexer(stream);
		return new TokenSource() {
			private int lexed;

			@Override
			public Token nextToken() {
				if (++lexed % CHECK_EVERY == 0) {
					RunningBuild.checkCanceled();
				}
				return lexer.nextToken();
			}

			@Override
			public String getSourceName() {
				return lexer.getSourceName();
			}
		};
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		return new XtextTokenStream(tokenSource, getTokenDefProvider()) {
			private int consumed;

			@Override
			public void consume() {
				if (++consumed % CHECK_EVERY == 0) {
					RunningBuild.checkCanceled();
				}
				super.consume();
			}
		};
	}
}
