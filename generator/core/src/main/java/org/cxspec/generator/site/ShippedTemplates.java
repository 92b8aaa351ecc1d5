package org.cxspec.generator.site;

import java.io.Reader;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Finds the shipped templates by their plain names ("playbook.html.vm"), so that a custom
 * template of the same name, and every {@code #parse} of it, replaces the shipped one.
 */
public final class ShippedTemplates extends ClasspathResourceLoader {

	@Override
	public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
		if (name.contains("..") || name.startsWith("/")) {
			throw new ResourceNotFoundException("no template " + name);
		}
		return super.getResourceReader(Templates.SHIPPED + name, encoding);
	}
}
