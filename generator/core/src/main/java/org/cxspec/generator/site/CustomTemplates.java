package org.cxspec.generator.site;

import java.io.Reader;

import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.loader.FileResourceLoader;

/**
 * A team's templates folder ({@code --templates}): only plain names inside it are read, so no
 * {@code #parse} or {@code #include} can reach a file outside the folder.
 */
public final class CustomTemplates extends FileResourceLoader {

	static boolean isPlainName(String name) {
		return name != null && !name.isEmpty() && !name.contains("..") && !name.startsWith("/") && !name.contains("\\")
				&& !name.contains(":");
	}

	@Override
	public Reader getResourceReader(String name, String encoding) throws ResourceNotFoundException {
		if (!isPlainName(name)) {
			throw new ResourceNotFoundException("no template '" + name + "': templates are named by plain file names");
		}
		return super.getResourceReader(name, encoding);
	}

	@Override
	public boolean resourceExists(String name) {
		return isPlainName(name) && super.resourceExists(name);
	}
}
