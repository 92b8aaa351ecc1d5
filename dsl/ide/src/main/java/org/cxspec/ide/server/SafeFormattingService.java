package org.cxspec.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Formatting as an editor needs it: a file with syntax errors is left alone (laying it out would
 * mean guessing what was meant); an edit that replaces text by the same text is not sent (it
 * would mark a clean buffer modified); a range starts at the line break before its first
 * line, so that line is indented too.
 */
public class SafeFormattingService extends FormattingService {

	@Override
	public List<TextEdit> format(XtextResource resource, Document document, int offset, int length, FormattingOptions options) {
		if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
			return List.of();
		}
		String text = document.getContents();
		int start = offset;
		while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
			start--;
		}
		List<TextEdit> changes = new ArrayList<>();
		for (TextEdit edit : super.format(resource, document, start, length + offset - start, options)) {
			int from = document.getOffSet(edit.getRange().getStart());
			int to = document.getOffSet(edit.getRange().getEnd());
			if (!text.substring(from, to).equals(edit.getNewText())) {
				changes.add(edit);
			}
		}
		return changes;
	}
}
