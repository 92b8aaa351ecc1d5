package org.cxspec.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Locations;
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
 * files are cached by their content, not their time stamp and size (an edit within the same
 * second that keeps the size would be missed); a spec looks its configuration up again
 * whenever the spec itself changes.
 */
@Singleton
public class ProjectConfigs {

	/** The text a configuration was parsed from (null when it could not be read), and the outcome. */
	private record Cached(String text, ProjectConfig config, BadInputException problem) {
	}

	/** A configuration file is a few lines; reading more than this is refused. */
	private static final int MAX_BYTES = 1 << 20;

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

	// Moved on by evict: an open spec whose text did not change keeps its resource (and so its
	// look-up below) across an editor's builds, and must still see a configuration that changed.
	// Shared by every language injector of the process (tests start several servers in one JVM).
	private static final AtomicLong generation = new AtomicLong();

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
		return resourceCache.get(List.of(ProjectConfigs.class, generation.get()), resource, () -> fileOf(resource).flatMap(ProjectConfigs::nearestFile)
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

	/**
	 * Forgets what was read from {@code configFile}, for an editor told that the file changed:
	 * the next look-up reads it again. (Look-ups also compare the content, so a missed
	 * notification costs nothing but a read.)
	 */
	public void evict(Path configFile) {
		parsed.remove(configFile.toAbsolutePath().normalize());
		generation.incrementAndGet();
	}

	private Cached cached(Path file) {
		Cached fresh;
		try {
			String text = textOf(file);
			Cached known = parsed.get(file);
			if (known != null && text != null && text.equals(known.text())) {
				return known;
			}
			try {
				// ConfigReader.read says why a file that could not be read here cannot be read.
				fresh = new Cached(text, text == null ? ConfigReader.read(file) : ConfigReader.parse(file, text), null);
			} catch (BadInputException invalid) {
				fresh = new Cached(text, null, invalid);
			}
		} catch (BadInputException tooLarge) {
			fresh = new Cached(null, null, tooLarge);
		}
		parsed.put(file, fresh);
		return fresh;
	}

	/** The file's text, or null when it is missing or not UTF-8; refused when too large for a configuration. */
	private static String textOf(Path file) throws BadInputException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new BadInputException(Locations.display(file) + ": a configuration file of over 1 MB is not read; cxspec.yaml holds a few lines");
			}
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
		} catch (IOException unreadable) {
			return null;
		}
	}

	private static Optional<Path> fileOf(Resource resource) {
		URI uri = resource.getURI();
		if (uri == null || !uri.isFile()) {
			return Optional.empty();
		}
		return Optional.of(Path.of(uri.toFileString()));
	}
}
