package org.cxspec.load;

import java.nio.file.Path;
import java.util.List;

import org.cxspec.config.ConfigReader;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ProjectConfigs;

import com.google.inject.Inject;

/**
 * Loads and fully validates spec files under their configuration, for tools that stop on bad
 * input (the command line, the Maven plugin): a configuration that cannot be read is refused
 * before anything is checked, rather than reported as a finding as editors do.
 */
public class SpecValidation {

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecChecker checker;

	@Inject
	private ProjectConfigs configs;

	/**
	 * Every finding in {@code files}. With {@code configFile}, that configuration applies to all of
	 * them; without, each file uses the nearest {@code cxspec.yaml} above it.
	 */
	public List<Finding> validate(List<Path> files, Path configFile) throws BadInputException {
		return check(files, configFile).findings();
	}

	/** A loaded spec and its findings, for tools that go on to generate documents from it. */
	public record Checked(LoadedSpec spec, List<Finding> findings) {
	}

	/** As {@link #validate}, keeping the loaded spec. */
	public Checked check(List<Path> files, Path configFile) throws BadInputException {
		ProjectConfig explicit = configFile == null ? null : ConfigReader.read(configFile);
		if (explicit == null) {
			for (Path file : files) {
				configs.forSpecFile(file);
			}
		}
		LoadedSpec loaded = loader.load(files);
		if (explicit != null) {
			ProjectConfigs.useExplicitly(loaded.resourceSet(), explicit);
		}
		return new Checked(loaded, checker.check(loaded));
	}
}
