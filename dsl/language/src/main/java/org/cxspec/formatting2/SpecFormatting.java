package org.cxspec.formatting2;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole spec file with {@link CxspecFormatter}, as the editor does; for
 * {@code cxspec format} and tests. A file with syntax errors is not formatted: its text
 * could not be laid out without guessing what the writer meant.
 */
public class SpecFormatting {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	/** The formatted text of a parsed file, or null when the file has syntax errors. */
	public String format(XtextResource resource) {
		if (!resource.getParseResult().getSyntaxErrors().iterator().hasNext()) {
			ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
			FormatterRequest request = new FormatterRequest().setTextRegionAccess(access);
			request.setExceptionHandler(problem -> {
				throw new IllegalStateException("the formatter failed: " + problem.getMessage(), problem);
			});
			return access.getRewriter().renderToString(formatters.get().format(request));
		}
		return null;
	}
}
