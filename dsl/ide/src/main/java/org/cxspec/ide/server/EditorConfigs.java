package org.cxspec.ide.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cxspec.config.ConfigReader;
import org.cxspec.config.ProjectConfig;
import org.cxspec.config.ProjectConfigs;
import org.cxspec.load.BadInputException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The configuration as the language server sees it. The command line's cache re-reads a
 * {@code cxspec.yaml} when its modification time or size changes, which misses an edit within
 * the same second that keeps the size; here a file is read once and read again whenever the
 * editor reports it changed ({@link #forget}), whatever its time stamp says.
 */
@Singleton
public class EditorConfigs extends ProjectConfigs {

	private record Read(ProjectConfig config, BadInputException problem) {
	}

	// Shared by every language injector of the process (tests start several servers in one JVM):
	// a notification reaching one server must reach the validators of all.
	private static final Map<Path, Read> read = new ConcurrentHashMap<>();
	private static final AtomicLong generation = new AtomicLong();

	@Inject
	private IResourceScopeCache resourceCache;

	/** A configuration file changed, came or went: read it (and look for the nearest one) again. */
	public void forget(Path file) {
		read.remove(file.toAbsolutePath().normalize());
		generation.incrementAndGet();
	}

	@Override
	public ProjectConfig configOf(Resource resource) {
		// Keyed by the generation too: an open spec whose text did not change keeps its resource
		// (and its cache) across builds, and must still see a configuration read again.
		return resourceCache.get(List.of(EditorConfigs.class, generation.get()), resource, () -> nearest(resource)
				.map(this::read)
				.map(found -> found.config() == null ? ProjectConfig.DEFAULTS : found.config())
				.orElse(ProjectConfig.DEFAULTS));
	}

	@Override
	public Optional<BadInputException> problemOf(Resource resource) {
		return nearest(resource).map(this::read).map(Read::problem);
	}

	@Override
	public ProjectConfig forSpecFile(Path specFile) throws BadInputException {
		Optional<Path> file = nearestFile(specFile);
		if (file.isEmpty()) {
			return ProjectConfig.DEFAULTS;
		}
		Read found = read(file.get());
		if (found.problem() != null) {
			throw found.problem();
		}
		return found.config();
	}

	private Read read(Path file) {
		return read.computeIfAbsent(file.toAbsolutePath().normalize(), path -> {
			try {
				return new Read(ConfigReader.read(path), null);
			} catch (BadInputException invalid) {
				return new Read(null, invalid);
			}
		});
	}

	private static Optional<Path> nearest(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return nearestFile(Path.of(uri.toFileString()));
	}
}
