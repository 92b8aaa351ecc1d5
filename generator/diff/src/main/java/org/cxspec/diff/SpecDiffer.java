package org.cxspec.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecLoader;
import org.cxspec.load.SpecValidation;

import com.google.inject.Inject;

/**
 * The entry point of the comparison: reads two versions of a spec (a file or folder, or
 * {@code REV:PATH} from git), checks each as {@code validate} does, and tells what changed
 * between them. Get it from the language's injector.
 */
public class SpecDiffer {

	@Inject
	private SpecValidation validation;

	@Inject
	private SpecLoader loader;

	@Inject
	private SpecChecker checker;

	/** Both versions compared, in the words of {@code locale}; a version with syntax errors is refused. */
	public SpecDiff diff(String before, String after, Locale locale) throws BadInputException, UnusableSide {
		return diff(before, after, locale, Path.of("").toAbsolutePath());
	}

	/** As {@link #diff(String, String, Locale)}, with paths and the repository found from {@code here}. */
	public SpecDiff diff(String before, String after, Locale locale, Path here) throws BadInputException, UnusableSide {
		// Each version's model is let go once read: two large specs are never held in memory at once.
		Snapshot old = usable(read(before, here)).snapshot();
		Snapshot now = usable(read(after, here)).snapshot();
		return compare(old, now, locale);
	}

	/** One version as {@link #read(String, Path)} reads it, from the working directory. */
	public Side read(String argument) throws BadInputException {
		return read(argument, Path.of("").toAbsolutePath());
	}

	/**
	 * One version, loaded and checked: a file or folder on disk, or {@code REV:PATH} read from the
	 * git repository around {@code here} when no such file or folder exists.
	 */
	public Side read(String argument, Path here) throws BadInputException {
		if (GitRevisions.isRevision(argument, here)) {
			GitRevisions.RevisionFiles files = GitRevisions.read(argument, here);
			LoadedSpec loaded = loader.loadTexts(files.texts());
			return new Side(argument, loaded, checker.check(loaded), files.shown());
		}
		Path path = here.resolve(argument);
		if (java.nio.file.Files.isRegularFile(path) && !argument.endsWith(SpecFiles.EXTENSION)) {
			throw new BadInputException(argument + ": not a " + SpecFiles.EXTENSION + " file (name a spec file or a folder of them)");
		}
		List<Path> files = SpecFiles.collect(List.of(path));
		SpecValidation.Checked checked = validation.check(files, null);
		return new Side(argument, checked.spec(), checked.findings(), Map.of());
	}

	/** The side itself, or refused with its syntax errors. */
	public static Side usable(Side side) throws UnusableSide {
		if (!side.syntaxErrors().isEmpty()) {
			throw new UnusableSide(side);
		}
		return side;
	}

	/** What changed from {@code before} to {@code after}. */
	public static SpecDiff compare(Side before, Side after, Locale locale) {
		return compare(before.snapshot(), after.snapshot(), locale);
	}

	/** What changed from {@code old} to {@code now}. */
	public static SpecDiff compare(Snapshot old, Snapshot now, Locale locale) {
		Words words = new Words(locale);
		List<ElementDelta> deltas = Matching.compare(old, now);
		Changes changes = new Changes(words);
		List<Change> all = changes.of(deltas);
		List<Change> brand = new ArrayList<>();
		boolean promise = false;
		boolean standards = false;
		for (ElementDelta delta : deltas) {
			if (delta.kind() == Kind.BRAND) {
				brand.addAll(changes.of(delta));
				promise |= delta.added() || delta.removed() || delta.property("promise") != null
						|| delta.property("differentiates-from") != null;
			}
			standards |= delta.behaviours().stream().anyMatch(BehaviourDelta::touchesStandard)
					|| (delta.added() || delta.removed()) && delta.current().behaviours().stream().anyMatch(Behaviour::tight);
		}
		List<RoleChanges> roles = RoleImpact.of(deltas, old, now, words);
		return new SpecDiff(old.label(), now.label(), locale, List.copyOf(brand), roles, all,
				FindingDiff.onlyIn(now, old), FindingDiff.onlyIn(old, now), promise, standards);
	}

	/** For tests and tools that hold texts: a side from texts as if they were the given files. */
	public Side side(String label, Map<Path, String> texts) {
		LoadedSpec loaded = loader.loadTexts(texts);
		List<Finding> findings = checker.check(loaded);
		return new Side(label, loaded, findings, Map.of());
	}
}
