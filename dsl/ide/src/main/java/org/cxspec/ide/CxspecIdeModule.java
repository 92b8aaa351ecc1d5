package org.cxspec.ide;

import org.cxspec.ide.contentassist.AllProposals;
import org.cxspec.ide.contentassist.NamesWithDescriptions;
import org.cxspec.ide.contentassist.SpecDescriptionStrategy;
import org.cxspec.ide.contentassist.WordKeywordsOnly;
import org.cxspec.ide.formatting.EditorIndentFormatter;
import org.cxspec.ide.highlighting.NameHighlighting;
import org.cxspec.ide.hover.SpecHoverService;
import org.cxspec.ide.outline.SpecSymbolKinds;
import org.cxspec.ide.outline.SpecSymbolNames;
import org.cxspec.ide.rename.CheckedRename;
import org.cxspec.ide.quickfix.SpecCodeActions;
import org.cxspec.ide.server.CancellableLinker;
import org.cxspec.ide.server.CancellableParser;
import org.cxspec.ide.server.CrossFileChanges;
import org.cxspec.ide.server.NothingToGenerate;
import org.cxspec.ide.server.SafeFormattingService;
import org.cxspec.ide.server.SpecFolderContainers;
import org.cxspec.ide.server.WorkspaceSpecIndexProvider;
import org.cxspec.index.SpecIndexProvider;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.ILinker;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The editor services of the language server. The cross-file rules (a value delivered in
 * another file, a duplicate name...) make spec files depend on each other: the index keeps each
 * file's facts, the rules read them from there, and an edit re-validates the files whose
 * findings it can change (see CrossFileChanges).
 */
public class CxspecIdeModule extends AbstractCxspecIdeModule {

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return CrossFileChanges.class;
	}

	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return SpecFolderContainers.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return SpecDescriptionStrategy.class;
	}

	public Class<? extends SpecIndexProvider> bindSpecIndexProvider() {
		return WorkspaceSpecIndexProvider.class;
	}

	public Class<? extends IdeContentProposalAcceptor> bindIdeContentProposalAcceptor() {
		return AllProposals.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return WordKeywordsOnly.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return NamesWithDescriptions.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return SpecHoverService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return SpecCodeActions.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return NameHighlighting.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return EditorIndentFormatter.class;
	}

	public Class<? extends DocumentSymbolKindProvider> bindDocumentSymbolMapper$DocumentSymbolKindProvider() {
		return SpecSymbolKinds.class;
	}

	public Class<? extends DocumentSymbolNameProvider> bindDocumentSymbolMapper$DocumentSymbolNameProvider() {
		return SpecSymbolNames.class;
	}

	public Class<? extends IRenameService2> bindIRenameService2() {
		return CheckedRename.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return SafeFormattingService.class;
	}

	/** Parsing and linking stop when a newer edit makes the server's build stale. */
	public Class<? extends IParser> bindIParser() {
		return CancellableParser.class;
	}

	public Class<? extends ILinker> bindILinker() {
		return CancellableLinker.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NothingToGenerate.class;
	}
}
