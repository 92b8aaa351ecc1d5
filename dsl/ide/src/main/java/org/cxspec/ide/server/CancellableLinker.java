package org.cxspec.ide.server;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import com.google.common.collect.Multimap;

/**
 * Linking after the parse visits every element of the text once: on a pasted megabyte that is
 * another stretch of work a newer edit should stop, so it checks the server's build (RunningBuild)
 * as the parser does.
 */
public class CancellableLinker extends LazyLinker {

	private int linked;

	@Override
	protected void installProxies(EObject element, IDiagnosticProducer producer, Multimap<EStructuralFeature.Setting, INode> settingsToLink) {
		if (++linked % CancellableParser.CHECK_EVERY == 0) {
			RunningBuild.checkCanceled();
		}
		super.installProxies(element, producer, settingsToLink);
	}
}
