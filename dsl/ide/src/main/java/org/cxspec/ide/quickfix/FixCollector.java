package org.cxspec.ide.quickfix;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Collects the code actions for one diagnostic. */
final class FixCollector {
	final Diagnostic diagnostic;
	private final List<Either<Command, CodeAction>> actions;

	FixCollector(Diagnostic diagnostic, List<Either<Command, CodeAction>> actions) {
		this.diagnostic = diagnostic;
		this.actions = actions;
	}

	void add(String title, TextEdit edit, EObject edited) {
		CodeAction action = new CodeAction(title);
		action.setKind(CodeActionKind.QuickFix);
		action.setDiagnostics(List.of(diagnostic));
		action.setEdit(new WorkspaceEdit(Map.of(SpecFileText.of(edited).uri(), List.of(edit))));
		actions.add(Either.forRight(action));
	}
}
