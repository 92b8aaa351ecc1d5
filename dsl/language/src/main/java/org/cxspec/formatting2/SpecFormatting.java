package org.cxspec.formatting2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import org.cxspec.cxspec.Stray;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

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

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/**
	 * The formatted text of a parsed file, or null when the file has syntax errors: errors of the
	 * parser, or stray words it set aside (reported as syntax errors by the validator).
	 */
	public String format(XtextResource resource) {
		if (!hasSyntaxErrors(resource)) {
			String withoutMarks = withoutMarksInWhitespace(resource);
			if (withoutMarks != null) {
				return format(reparsed(resource, withoutMarks));
			}
			ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
			FormatterRequest request = new FormatterRequest().setTextRegionAccess(access);
			request.setExceptionHandler(problem -> {
				throw new IllegalStateException("the formatter failed: " + problem.getMessage(), problem);
			});
			return access.getRewriter().renderToString(formatters.get().format(request));
		}
		return null;
	}

	/**
	 * The grammar counts a byte-order mark inside the file (U+FEFF, left by joining files) as
	 * whitespace, but Xtext's formatter does not know what to do with it: the text with those
	 * marks dropped from the whitespace (like any other spacing), or null when there is none.
	 */
	private static String withoutMarksInWhitespace(XtextResource resource) {
		StringBuilder text = new StringBuilder();
		boolean found = false;
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			boolean whitespace = leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().equals("WS");
			if (whitespace && leaf.getText().indexOf('\uFEFF') >= 0) {
				found = true;
				String spacing = leaf.getText().replace("\uFEFF", "");
				text.append(spacing.isEmpty() ? " " : spacing);
			} else {
				text.append(leaf.getText());
			}
		}
		return found ? text.toString() : null;
	}

	private XtextResource reparsed(XtextResource original, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource copy = (XtextResource) resourceSet.createResource(original.getURI());
		try {
			copy.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException cannotHappenInMemory) {
			throw new UncheckedIOException(cannotHappenInMemory);
		}
		return copy;
	}

	/**
	 * Whether the parsed file has syntax errors: errors of the parser, or stray words it set aside.
	 * Known from the parse alone; the validator only words them.
	 */
	public boolean hasSyntaxErrors(XtextResource resource) {
		return resource.getParseResult().hasSyntaxErrors() || hasStrayWords(resource);
	}

	private static boolean hasStrayWords(XtextResource resource) {
		Iterator<EObject> all = resource.getAllContents();
		while (all.hasNext()) {
			if (all.next() instanceof Stray) {
				return true;
			}
		}
		return false;
	}
}
