package org.cxspec.naming;

import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Stage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Every named element is known by its plain name across all files (an expectation declared
 * in a customer block is simply {@code QuickPayout}); only stages are named within their
 * journey ({@code HomeClaim.Report}), as their names need only be unique there.
 */
public class CxspecQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		String name = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
		if (name == null || name.isEmpty()) {
			return null;
		}
		if (element instanceof Stage && element.eContainer() instanceof Journey journey && journey.getName() != null) {
			return QualifiedName.create(journey.getName(), name);
		}
		return QualifiedName.create(name);
	}
}
