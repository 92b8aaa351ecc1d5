package org.cxspec.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.cxspec.load.BadInputException;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Finds the configuration that applies to each spec file, so that the command line, the Maven
 * plugin and the language server obey the same {@code cxspec.yaml}: the one named explicitly
 * for a resource set ({@link #useExplicitly}), else the nearest {@code cxspec.yaml} walking up
 * from the spec's folder, stopping at a folder holding {@code .git} or at the root. Parsed
 * files are cached and re-read when they change on disk; a spec looks its configuration up
 * again whenever the spec itself changes.
 */
@Singleton
public class ProjectConfigs {

	private record Cached(long modified, long size, ProjectConfig config, BadInputException problem) {
	}

	/** Marks a resource set whose specs all use one configuration named by the user. */
	private static final class Explicit extends AdapterImpl {
		private final ProjectConfig config;

		Explicit(ProjectConfig config) {
			this.config = config;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Explicit.class;
		}
	}

	private final Map<Path, Cached> parsed = new ConcurrentHashMap<>();

	@Inject
	private IResourceScopeCache resourceCache;

	/** Every spec in {@code resourceSet} uses {@code config}, whatever lies next to it. */
	public static void useExplicitly(ResourceSet resourceSet, ProjectConfig config) {
		resourceSet.eAdapters().removeIf(adapter -> adapter instanceof Explicit);
		resourceSet.eAdapters().add(new Explicit(config));
	}

	/** The configuration for the file of {@code element}; the defaults when none or an invalid one is found. */
	public ProjectConfig configOf(EObject element) {
		Resource resource = element.eResource();
		if (resource == null) {
			return ProjectConfig.DEFAULTS;
		}
		return configOf(resource);
	}

	public ProjectConfig configOf(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet != null) {
			Adapter explicit = EcoreUtil.getAdapter(resourceSet.eAdapters(), Explicit.class);
			if (explicit != null) {
				return ((Explicit) explicit).config;
			}
		}
		// Looked up once per version of the file (the cache empties when the resource changes), not per finding.
		return resourceCache.get(ProjectConfigs.class, resource, () -> fileOf(resource).flatMap(ProjectConfigs::nearestFile)
				.map(this::cached)
				.map(cached -> cached.config() == null ? ProjectConfig.DEFAULTS : cached.config())
				.orElse(ProjectConfig.DEFAULTS));
	}

	/** The problem with the configuration found for {@code resource}, if it cannot be read; for editors. */
	public Optional<BadInputException> problemOf(Resource resource) {
		ResourceSet resourceSet = resource.getResourceSet();
		if (resourceSet != null && EcoreUtil.getAdapter(resourceSet.eAdapters(), Explicit.class) != null) {
			return Optional.empty();
		}
		return fileOf(resource).flatMap(ProjectConfigs::nearestFile).map(this::cached).map(Cached::problem);
	}

	/** The configuration for a spec file, refusing an invalid one: for tools that stop on bad input. */
	public ProjectConfig forSpecFile(Path specFile) throws BadInputException {
		Optional<Path> file = nearestFile(specFile.toAbsolutePath().normalize());
		if (file.isEmpty()) {
			return ProjectConfig.DEFAULTS;
		}
		Cached cached = cached(file.get());
		if (cached.problem() != null) {
			throw cached.problem();
		}
		return cached.config();
	}

	/** The nearest {@code cxspec.yaml} above a spec file, if any. */
	public static Optional<Path> nearestFile(Path specFile) {
		Path folder = specFile.toAbsolutePath().normalize().getParent();
		while (folder != null) {
			Path candidate = folder.resolve(ProjectConfig.FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
			if (Files.exists(folder.resolve(".git"))) {
				return Optional.empty();
			}
			folder = folder.getParent();
		}
		return Optional.empty();
	}

	private Cached cached(Path file) {
		long modified;
		long size;
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			modified = attributes.lastModifiedTime().toMillis();
			size = attributes.size();
		} catch (IOException gone) {
			modified = -1;
			size = -1;
		}
		Cached known = parsed.get(file);
		if (known != null && known.modified() == modified && known.size() == size) {
			return known;
		}
		Cached fresh;
		try {
			fresh = new Cached(modified, size, ConfigReader.read(file), null);
		} catch (BadInputException invalid) {
			fresh = new Cached(modified, size, null, invalid);
		}
		parsed.put(file, fresh);
		return fresh;
	}

	private static Optional<Path> fileOf(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.of(Path.of(uri.toFileString()));
	}
}
