package org.cxspec.ide.server;

import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/** Leaves a file with syntax errors alone: laying it out would mean guessing what was meant. */
public class SafeFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		return super.format(resource, document, offset, length, options);
	}
}
