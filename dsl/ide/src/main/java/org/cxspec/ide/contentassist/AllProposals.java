package org.cxspec.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;

/** Every name the scope offers, not the first hundred: large workspaces have more values and roles than that. */
public class AllProposals extends IdeContentProposalAcceptor {

	@Override
	public boolean canAcceptMoreProposals() {
		return true;
	}

	@Override
	public boolean didAcceptAllProposals() {
		return true;
	}
}
