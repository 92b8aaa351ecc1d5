package org.cxspec.naming;

import org.cxspec.cxspec.Declaration;
import org.cxspec.cxspec.Expectation;
import org.cxspec.cxspec.Journey;
import org.cxspec.cxspec.Stage;
import org.cxspec.cxspec.Touchpoint;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Every named element is known by its plain name across all files (an expectation declared
 * in a customer block is simply {@code QuickPayout}); only stages are named within their
 * journey ({@code HomeClaim.Report}), as their names need only be unique there.
 */
public class CxspecQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element instanceof Declaration declaration) {
			return of(declaration.getName());
		}
		if (element instanceof Touchpoint touchpoint) {
			return of(touchpoint.getName());
		}
		if (element instanceof Expectation expectation) {
			return of(expectation.getName());
		}
		if (element instanceof Stage stage && stage.getName() != null && stage.eContainer() instanceof Journey journey
				&& journey.getName() != null) {
			return QualifiedName.create(journey.getName(), stage.getName());
		}
		return null;
	}

	private static QualifiedName of(String name) {
		return name == null || name.isEmpty() ? null : QualifiedName.create(name);
	}
}
