package org.cxspec.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.cxspec.load.Finding;

/** What the goals share: where the specs are, which configuration applies, and how findings are logged. */
abstract class AbstractSpecMojo extends AbstractMojo {

	/** Folders searched for specs; default {@code src/main/cxspec}. */
	@Parameter
	protected File[] sourceDirectories;

	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	protected File basedir;

	/** Globs of spec files to use, relative to each source folder. */
	@Parameter
	protected String[] includes = { "**/*.cxspec" };

	/** Globs of files to leave out, relative to each source folder. */
	@Parameter
	protected String[] excludes = {};

	/** A cxspec.yaml for every spec; by default each spec uses the nearest cxspec.yaml above it. */
	@Parameter(property = "cxspec.config")
	protected File configFile;

	@Parameter(property = "cxspec.skip", defaultValue = "false")
	protected boolean skip;

	protected List<File> folders() {
		return sourceDirectories == null || sourceDirectories.length == 0 ? List.of(new File(basedir, "src/main/cxspec"))
				: Arrays.asList(sourceDirectories);
	}

	/** The spec files; none is a misconfiguration, told as such. */
	protected List<Path> specs() throws MojoExecutionException {
		List<Path> specs = SpecSources.collect(folders(), includes, excludes);
		if (specs.isEmpty()) {
			throw new MojoExecutionException("cxspec: no spec file in " + folders() + " matching " + Arrays.toString(includes)
					+ ": set <sourceDirectories>, or <skip>true</skip> for this module.");
		}
		return specs;
	}

	protected Path configPath() {
		return configFile == null ? null : configFile.toPath();
	}

	/** Each finding as a Maven log line of its severity, with file, line and column. */
	protected void log(List<Finding> findings) {
		for (Finding finding : findings) {
			String line = finding.displayPath() + ":" + finding.line() + ":" + finding.column() + ": " + finding.message()
					+ " [" + finding.ruleId() + "]";
			switch (finding.severity()) {
			case ERROR -> getLog().error(line);
			case WARNING -> getLog().warn(line);
			default -> getLog().info(line);
			}
		}
	}
}
