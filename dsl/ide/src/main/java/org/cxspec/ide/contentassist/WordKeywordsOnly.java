package org.cxspec.ide.contentassist;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/** Completion offers statement words and names; punctuation ({@code ,} {@code }} {@code {}) is typed, not picked. */
public class WordKeywordsOnly extends IdeContentProposalProvider {

	@Override
	protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
		String word = keyword.getValue();
		return !word.isEmpty() && Character.isLetter(word.charAt(0)) && super.filterKeyword(keyword, context);
	}
}
