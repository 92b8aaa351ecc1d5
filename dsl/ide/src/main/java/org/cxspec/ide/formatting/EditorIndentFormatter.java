package org.cxspec.ide.formatting;

import org.cxspec.formatting2.CxspecFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;

/**
 * In an editor, blocks are indented the way the editor is set up ({@code tabSize},
 * {@code insertSpaces}); {@code cxspec format} keeps its four spaces.
 */
public class EditorIndentFormatter extends CxspecFormatter {

	@Override
	protected void initialize(FormatterRequest request) {
		ITypedPreferenceValues fromEditor = request.getPreferences();
		String indent = fromEditor == null ? null : fromEditor.getPreference(FormatterPreferenceKeys.indentation);
		super.initialize(request);
		if (indent != null && !indent.isEmpty() && indent.isBlank() && request.getPreferences() instanceof MapBasedPreferenceValues preferences) {
			preferences.put(FormatterPreferenceKeys.indentation, indent);
			preferences.put(FormatterPreferenceKeys.indentationLength, indent.length());
		}
	}
}
