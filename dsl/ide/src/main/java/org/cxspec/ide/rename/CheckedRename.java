package org.cxspec.ide.rename;

import java.util.Set;
import java.util.regex.Pattern;

import org.cxspec.ide.server.WorkspaceSpecIndexProvider;
import org.cxspec.model.Kinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.rename.RenameService2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

import com.google.inject.Inject;

/**
 * Renames only to a name the spec can hold: a word of letters, digits and underscores that is
 * not a statement word, and not already the name of another element of the same spec (that
 * would make a duplicate). A refused name comes back as an error message the editor shows.
 */
public class CheckedRename extends RenameService2 {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private WorkspaceSpecIndexProvider workspace;

	@Override
	public WorkspaceEdit rename(Options options) {
		RenameParams params = options.getRenameParams();
		String newName = params.getNewName() == null ? "" : params.getNewName().strip();
		String refusal = options.getLanguageServerAccess().doSyncRead(params.getTextDocument().getUri(),
				context -> refusal((XtextResource) context.getResource(), context.getDocument(), params, newName));
		if (refusal != null) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, refusal, null));
		}
		return super.rename(options);
	}

	private String refusal(XtextResource resource, Document document, RenameParams params, String newName) {
		if (!NAME.matcher(newName).matches()) {
			return "'" + newName + "' cannot be a name: use letters, digits and _, starting with a letter, without spaces.";
		}
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		if (keywords.contains(newName)) {
			return "'" + newName + "' is a statement word of cxspec and cannot be a name: choose another.";
		}
		EObject element = getElementAtOffset(resource, document, params.getPosition());
		if (element == null || element.eIsProxy()) {
			return null; // Xtext answers that nothing here can be renamed.
		}
		QualifiedName current = names.getFullyQualifiedName(element);
		String oldName = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		if (current == null || newName.equals(oldName)) {
			return null;
		}
		QualifiedName wanted = current.skipLast(1).append(newName);
		for (IEObjectDescription taken : workspace.declaredIn(resource)) {
			if (taken.getName().equals(wanted)) {
				return newName + " is already the name of " + Kinds.of(taken.getEClass()) + " " + newName
						+ " in this spec: choose another name (two elements with one name would be a duplicate).";
			}
		}
		return null;
	}
}
