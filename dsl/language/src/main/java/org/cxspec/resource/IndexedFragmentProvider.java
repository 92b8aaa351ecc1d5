package org.cxspec.resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * EMF's fragments ({@code //@strays.123456}), the address of the element each finding is on,
 * without EMF's cost: EMF finds an element's position with {@code indexOf} on its list, so
 * 200,000 stray lines, each a finding, took quadratic time. Positions in long lists are read
 * from a table built once per list and version of the file. The text is EMF's own, so
 * fragments resolve as before.
 */
public class IndexedFragmentProvider implements IFragmentProvider {

	/** Lists up to this long are searched: a table would cost more than it saves. */
	private static final int SHORT_LIST = 32;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		EObject container = object.eContainer();
		EStructuralFeature feature = object.eContainingFeature();
		if (container == null || feature == null || object.eResource() == null || !(object.eContainmentFeature() == feature)) {
			return fallback.getFragment(object);
		}
		StringBuilder segment = new StringBuilder("@").append(feature.getName());
		if (feature.isMany()) {
			segment.append('.').append(positionIn(container, feature, object));
		}
		return getFragment(container, fallback) + "/" + segment;
	}

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	private int positionIn(EObject container, EStructuralFeature feature, EObject object) {
		List<?> list = (List<?>) container.eGet(feature, false);
		if (list.size() <= SHORT_LIST) {
			return list.indexOf(object);
		}
		Map<Object, Integer> positions = cache.get(Tuples.create(IndexedFragmentProvider.class, container, feature),
				object.eResource(), () -> {
					Map<Object, Integer> table = new IdentityHashMap<>(list.size() * 2);
					for (int i = 0; i < list.size(); i++) {
						table.put(list.get(i), i);
					}
					return table;
				});
		Integer position = positions.get(object);
		return position != null ? position : list.indexOf(object);
	}
}
