package org.cxspec.ide.contentassist;

import org.cxspec.model.Kinds;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/** A proposed name shows what it is and its description: "value: Getting it sorted with little effort". */
public class NamesWithDescriptions extends IdeCrossrefProposalProvider {

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry != null) {
			String description = candidate.getUserData(SpecDescriptionStrategy.DESCRIPTION);
			entry.setDescription(Kinds.of(candidate.getEClass()) + (description == null ? "" : ": " + description));
			entry.setDocumentation(description);
		}
		return entry;
	}
}
