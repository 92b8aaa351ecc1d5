package org.cxspec.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server generates nothing: cxspec's documents come from {@code cxspec generate},
 * and the language has no Xtext generator. Xtext's default answer to "generate for this file?"
 * validates the file a second time after the build has validated it and published its
 * diagnostics; on a 10k-line spec that was a sixth of every keystroke's build.
 */
public class NothingToGenerate implements IShouldGenerate {

	@Override
	public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
		return false;
	}
}
