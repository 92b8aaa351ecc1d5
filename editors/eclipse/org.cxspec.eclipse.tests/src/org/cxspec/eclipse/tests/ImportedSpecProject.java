package org.cxspec.eclipse.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/**
 * A shipped example, copied to a temporary folder (the repository's own files are never touched)
 * with one more spec that has a finding, and imported as a project the way File > Import >
 * Existing Projects / Open Projects from File System does: a project whose location is the folder.
 */
final class ImportedSpecProject {

	static final String LONELY_ROLE = "role Lonely \"Nobody works with this role\"\n";

	private ImportedSpecProject() {
	}

	static IProject importExample(String example) throws IOException, CoreException {
		return importExample(example, example);
	}

	static IProject importExample(String example, String name) throws IOException, CoreException {
		Path source = Path.of(System.getProperty("cxspec.examples"), example);
		Path folder = Files.createTempDirectory("cxspec-eclipse-test").resolve(example);
		Files.createDirectories(folder);
		try (Stream<Path> files = Files.list(source)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Files.copy(file, folder.resolve(file.getFileName()));
			}
		}
		Files.writeString(folder.resolve("lonely.cxspec"), LONELY_ROLE, StandardCharsets.UTF_8);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(new org.eclipse.core.runtime.Path(folder.toString()));
		project.create(description, null);
		project.open(null);
		return project;
	}
}
