package org.cxspec.ide.server;

import java.util.function.Supplier;

import org.cxspec.linking.SpecResource;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;

/**
 * Xtext's build, resolving each file's links once. It resolves them all, then copies the file's
 * index entry and validates it, and both of those walk the whole model to resolve them again:
 * three walks more, together about a tenth of each keystroke's build on a 10k-line spec. Here
 * they run knowing the links were just resolved, within the same step of the same build.
 */
public class ResolveOnceBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

	@Override
	protected IResourceDescription getSerializableResourceDescription(IResourceDescription description) {
		Resource resource = description instanceof DefaultResourceDescription fromModel ? fromModel.getResource() : null;
		return resolved(resource, () -> super.getSerializableResourceDescription(description));
	}

	@Override
	protected boolean validate(Resource resource) {
		return resolved(resource, () -> super.validate(resource));
	}

	private static <T> T resolved(Resource resource, Supplier<T> work) {
		return resource instanceof SpecResource spec ? spec.withLinksResolved(work) : work.get();
	}
}
