package org.cxspec.ide.server;

import org.cxspec.load.SpecChecker;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Publishes each diagnostic exactly as {@code cxspec validate} reports it: the rule id as the
 * code (syntax errors as {@code syntax-error}), the same severity and message.
 */
public class CxspecLanguageServer extends LanguageServerImpl {

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setCode(SpecChecker.ruleId(issue));
		diagnostic.setSource("cxspec");
		return diagnostic;
	}
}
