package org.cxspec.naming;

import org.cxspec.cxspec.Customer;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Model;
import org.cxspec.cxspec.Stage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Exports the named elements and descends only into blocks that contain named elements
 * (model, customer, journey, stage): standards, freedoms and goals are never referenced,
 * so indexing a file does not walk them.
 */
public class CxspecResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		super.createEObjectDescriptions(element, acceptor);
		return element instanceof Model || element instanceof Customer || element instanceof Journey || element instanceof Stage;
	}
}
