package org.cxspec.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.cxspec.generator.findings.Baseline;
import org.cxspec.generator.findings.FindingsFormat;
import org.cxspec.generator.findings.FindingsReport;
import org.cxspec.generator.findings.TerminalText;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.NotOurFile;
import org.cxspec.generator.site.SiteWriter;
import org.cxspec.generator.site.TemplateProblem;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.MeasuredSite;
import org.cxspec.generator.view.Measures;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.BadInputException;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecFiles;
import org.cxspec.load.SpecLoader;
import org.cxspec.results.Measured;
import org.cxspec.results.SiteMeasures;
import org.eclipse.xtext.diagnostics.Severity;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
		description = { "Writes the staff documents of a spec: index.html, a playbook per role and partner, a checklist per"
				+ " touchpoint, the consistency report and a journey map per journey.",
				"Nothing is written when the spec has errors; a failed run leaves the output folder as it was." },
		exitCodeListHeading = "%nExit status:%n",
		exitCodeList = { "0:documents written (warnings are printed)", "1:the spec has errors; nothing written",
				"2:usage error, unreadable path, no .cxspec file, or a broken template" })
final class GenerateCommand implements Callable<Integer> {

	enum Lang {
		EN(Locale.ENGLISH), NL(Locale.forLanguageTag("nl"));

		final Locale locale;

		Lang(Locale locale) {
			this.locale = locale;
		}
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "cxspec-out",
			description = "Folder to write into (default: ${DEFAULT-VALUE}). Files cxspec did not write are left alone.")
	Path outDir;

	@Option(names = "--lang", paramLabel = "en|nl", defaultValue = "en",
			description = "Language of the words cxspec writes (default: ${DEFAULT-VALUE}); spec text stays as written.")
	Lang lang;

	@Option(names = "--templates", paramLabel = "DIR",
			description = "Folder of Velocity templates that replace shipped ones of the same name.")
	Path templates;

	@Option(names = "--each", description = "Treat every sub-folder or .cxspec file of each PATH as its own spec,"
			+ " written to DIR/<name>/, with DIR/index.html linking them.")
	boolean each;

	@Option(names = "--since", paramLabel = "REV|PATH", description = "Add \"What's new since\" this earlier version (a file,"
			+ " a folder or REV:PATH from git) to the top of every playbook, and a change page linked from the index.")
	String since;

	@Option(names = "--responses", paramLabel = "FILE", arity = "1..*", description = "Survey exports (CSV, as in `cxspec"
			+ " results`): measured scores on the journey maps' cards, a line of how customers feel across each journey, trend"
			+ " lines and the scorecard in the report (HTML, Markdown, JSON), each touchpoint's scores and follow-up counts in"
			+ " playbooks. No respondent data. With --each, each export measures the spec whose folder holds it.")
	List<Path> responses = new ArrayList<>();

	@Option(names = "--follow-ups", description = "With --responses: also write each owner's follow-up worklist"
			+ " (follow-ups/<owner>.html, linked from their playbook). It names respondents: publish the output accordingly.")
	boolean followUps;

	@Option(names = "--now", paramLabel = "TIME", description = "With --responses: judge follow-ups at this ISO 8601 date-time"
			+ " (default: the current time).")
	String now;

	@Option(names = "--baseline", paramLabel = "FILE", description = "Leave the findings this baseline (from `validate"
			+ " --write-baseline`) knows out of what is printed and of the report. Errors still stop the run.")
	Path baseline;

	@Parameters(paramLabel = "PATH", arity = "0..*", description = ".cxspec files or folders (searched recursively).")
	List<Path> paths = new ArrayList<>();

	/** One spec to generate: where its documents go under DIR ("" for DIR itself), its files and its survey exports. */
	private record Job(String folder, Path root, List<Path> files, List<Path> responses) {
	}

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Job> jobs;
		Baseline known;
		try {
			checkResponsesOptions();
			jobs = jobs();
			refuseBadOutput();
			known = baseline == null ? null : Baseline.read(baseline);
			if (since != null && each) {
				throw new BadInputException("--since compares one spec with an earlier version of it; it cannot be used with --each");
			}
			Templates.checkFolder(templates);
		} catch (BadInputException | TemplateProblem badInput) {
			err.println("cxspec: " + badInput.getMessage());
			return Main.BAD_INPUT;
		}
		List<Site> sites = new ArrayList<>();
		List<LoadedSpec> specs = new ArrayList<>();
		List<List<Finding>> specFindings = new ArrayList<>();
		List<Measures> measures = new ArrayList<>();
		boolean errors = false;
		for (Job job : jobs) {
			LoadedSpec loaded;
			try {
				loaded = Language.get(SpecLoader.class).load(job.files());
			} catch (BadInputException badInput) {
				err.println("cxspec: " + badInput.getMessage());
				return Main.BAD_INPUT;
			}
			List<Finding> findings = new ArrayList<>(Language.get(SpecChecker.class).check(loaded));
			boolean specErrors = new FindingsReport(job.files(), findings, Severity.ERROR).fails();
			Measures measured = null;
			if (each && !responses.isEmpty() && job.responses().isEmpty()) {
				err.println(TerminalText.escape(job.folder() + ": no survey export in its folder; its documents have no figures."));
			}
			if (!job.responses().isEmpty() && !specErrors) {
				try {
					Measured results = ResponsesInput.measure(loaded, job.files(), null, job.responses(), now);
					findings.addAll(results.findings()); // in the report with every other finding, suppressible alike
					measured = SiteMeasures.of(results, followUps);
				} catch (BadInputException badInput) {
					err.println("cxspec: " + badInput.getMessage());
					return Main.BAD_INPUT;
				}
			}
			if (known != null && !specErrors) { // a spec with errors cannot become documents, baseline or not
				Baseline.Comparison comparison = known.compare(findings, baseline);
				ValidateCommand.tell(err, baseline, comparison);
				findings = comparison.fresh();
			}
			FindingsReport report = new FindingsReport(job.files(), findings, Severity.ERROR);
			if (!findings.isEmpty()) {
				out.print(FindingsFormat.TEXT.render(report));
			}
			errors |= report.fails();
			Site site = SiteBuilder.build(loaded, findings, job.root(), lang.locale);
			if (measured != null) {
				site = MeasuredSite.of(site, measured);
			}
			sites.add(site);
			measures.add(measured);
			specs.add(loaded);
			specFindings.add(findings);
		}
		if (errors) {
			err.println("cxspec: the spec has errors (listed above); fix them to generate. Nothing was written.");
			return Main.FINDINGS;
		}
		List<SiteRenderer.Addition> additions = new ArrayList<>();
		for (int i = 0; i < sites.size(); i++) {
			try {
				SiteRenderer.Addition addition = since == null ? SiteRenderer.Addition.NONE
						: SinceVersion.addition(since, String.join(" ", paths.stream().map(Path::toString).toList()), specs.get(i),
								specFindings.get(i), sites.get(i), lang.locale);
				additions.add(measures.get(i) == null ? addition : addition.plus(SiteRenderer.Addition.measured(measures.get(i))));
			} catch (BadInputException badInput) {
				err.println("cxspec: --since " + badInput.getMessage());
				return Main.BAD_INPUT;
			} catch (org.cxspec.diff.UnusableSide unusable) {
				unusable.errorLines().forEach(err::println);
				err.println("cxspec: --since " + unusable.getMessage() + " (nothing was written)");
				return Main.BAD_INPUT;
			}
		}
		SortedMap<String, String> files;
		try {
			files = render(jobs, sites, additions);
		} catch (TemplateProblem broken) {
			err.println("cxspec: " + broken.getMessage() + " (nothing was written)");
			return Main.BAD_INPUT;
		}
		try {
			new SiteWriter(pauseForKillTests()).write(outDir, files);
		} catch (NotOurFile inTheWay) {
			err.println("cxspec: " + inTheWay.getMessage());
			return Main.BAD_INPUT;
		} catch (IOException cannotWrite) {
			err.println("cxspec: " + outDir + ": cannot write the documents (" + cannotWrite.getMessage()
					+ "); the folder was left as it was");
			return Main.BAD_INPUT;
		}
		out.println(TerminalText.escape("Wrote " + files.size() + " files to " + outDir + "; open " + outDir.resolve("index.html") + "."));
		return Main.OK;
	}

	private SortedMap<String, String> render(List<Job> jobs, List<Site> sites, List<SiteRenderer.Addition> additions) {
		SiteRenderer renderer = new SiteRenderer(new Templates(templates), lang.locale);
		SortedMap<String, String> files = new TreeMap<>();
		List<SiteRenderer.SpecEntry> entries = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			String prefix = jobs.get(i).folder().isEmpty() ? "" : jobs.get(i).folder() + "/";
			Site site = sites.get(i);
			renderer.render(site, additions.get(i)).forEach((path, text) -> files.put(prefix + path, text));
			entries.add(new SiteRenderer.SpecEntry(jobs.get(i).folder(), site.brand().name(), site.brand().promise(),
					site.touchpoints().size(), site.playbooks().size()));
		}
		if (each) {
			files.put("index.html", renderer.renderIndexOfSpecs(entries));
		}
		return files;
	}

	/**
	 * For the tests that kill a run while it puts documents into place: with the system
	 * property {@value #PAUSE_PROPERTY} = N, the run says so on standard output before its Nth
	 * step (a file moved, or a point of a whole-folder switch) and then waits to be killed.
	 * Without it, nothing happens.
	 */
	static final String PAUSE_PROPERTY = "cxspec.test.pauseBeforeMove";

	private static SiteWriter.Step pauseForKillTests() {
		int pauseAt = Integer.getInteger(PAUSE_PROPERTY, 0);
		int[] moves = { 0 };
		return path -> {
			if (pauseAt > 0 && ++moves[0] == pauseAt) {
				System.out.println("cxspec-test: paused before moving " + path);
				System.out.flush();
				try {
					new java.util.concurrent.CountDownLatch(1).await();
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IOException("interrupted while paused for a test");
				}
			}
		};
	}

	/** --responses takes the words up to the next option: the specs after it are moved back to the paths. */
	private void checkResponsesOptions() throws BadInputException {
		if (responses.isEmpty()) {
			if (followUps) {
				throw new BadInputException("--follow-ups needs --responses: the survey exports to take them from");
			}
			if (paths.isEmpty()) {
				throw new BadInputException("no spec given: add .cxspec files or folders");
			}
			return;
		}
		ResponsesInput.separate(responses, paths);
	}

	/** The specs to generate; with --each and --responses, each measured by the exports in its own folder. */
	private List<Job> jobs() throws BadInputException {
		if (!each) {
			return List.of(new Job("", paths.get(0), SpecFiles.collect(paths), responses));
		}
		List<EachSpec.Found> found = EachSpec.jobs(paths);
		Map<Path, List<Path>> exports = responses.isEmpty() ? Map.of() : ResponsesInput.byFolder(found, responses);
		return found.stream().map(spec -> new Job(spec.name(), spec.root(), spec.files(), exports.getOrDefault(spec.root(), List.of())))
				.toList();
	}

	private void refuseBadOutput() throws BadInputException {
		if (outDir.toAbsolutePath().normalize().getParent() == null) {
			throw new BadInputException(outDir + ": is the root of the file system; --out takes a folder for the documents");
		}
		if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
			throw new BadInputException(outDir + ": is a file; --out takes a folder");
		}
	}
}
