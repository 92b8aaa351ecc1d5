package org.cxspec.ide.contentassist;

import java.util.HashMap;
import java.util.Map;

import org.cxspec.naming.CxspecResourceDescriptionStrategy;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.util.IAcceptor;

/**
 * Also keeps each element's description in the index, so completion can show it without loading
 * the file.
 */
public class SpecDescriptionStrategy extends CxspecResourceDescriptionStrategy {

	public static final String DESCRIPTION = "description";
	@Override
	public boolean createEObjectDescriptions(EObject element, IAcceptor<IEObjectDescription> acceptor) {
		QualifiedName name = getQualifiedNameProvider() == null ? null : getQualifiedNameProvider().getFullyQualifiedName(element);
		if (name != null) {
			Map<String, String> data = new HashMap<>();
			String description = descriptionOf(element);
			if (description != null) {
				data.put(DESCRIPTION, description);
			}
			acceptor.accept(EObjectDescription.create(name, element, data));
		}
		return holdsNamedElements(element);
	}

	public static String descriptionOf(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(DESCRIPTION);
		if (feature instanceof EAttribute && !feature.isMany() && element.eGet(feature) instanceof String text) {
			return text;
		}
		return null;
	}
}
