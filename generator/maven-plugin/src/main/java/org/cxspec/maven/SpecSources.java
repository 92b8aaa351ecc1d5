package org.cxspec.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * The spec files of a project: under its source folders, matching an include and no exclude.
 * Patterns are Ant-style globs relative to the source folder ({@code **}/ also matches no folder).
 */
final class SpecSources {

	private SpecSources() {
	}

	static List<Path> collect(List<File> folders, String[] includes, String[] excludes) throws MojoExecutionException {
		List<PathMatcher> included = matchers(includes);
		List<PathMatcher> excluded = matchers(excludes);
		List<Path> files = new ArrayList<>();
		for (File folder : folders) {
			Path root = folder.toPath().toAbsolutePath().normalize();
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile).sorted().forEach(file -> {
					Path relative = root.relativize(file);
					if (matches(included, relative) && !matches(excluded, relative)) {
						files.add(file);
					}
				});
			} catch (IOException | UncheckedIOException unreadable) {
				throw new MojoExecutionException(folder + ": cannot read this folder (" + unreadable.getMessage() + ")");
			}
		}
		return files;
	}

	private static List<PathMatcher> matchers(String[] patterns) throws MojoExecutionException {
		List<PathMatcher> matchers = new ArrayList<>();
		for (String pattern : patterns == null ? new String[0] : patterns) {
			String glob = pattern.strip().replace('\\', '/');
			try {
				matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
				if (glob.startsWith("**/")) {
					matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3)));
				}
			} catch (IllegalArgumentException invalid) {
				throw new MojoExecutionException("cxspec: invalid include/exclude pattern '" + pattern + "': " + invalid.getMessage());
			}
		}
		return matchers;
	}

	private static boolean matches(List<PathMatcher> matchers, Path relative) {
		return matchers.stream().anyMatch(matcher -> matcher.matches(relative));
	}
}
