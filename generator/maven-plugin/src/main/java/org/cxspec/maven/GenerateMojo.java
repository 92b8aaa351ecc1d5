package org.cxspec.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.SiteWriter;
import org.cxspec.generator.site.TemplateProblem;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.BadInputException;
import org.cxspec.load.SpecValidation;
import org.eclipse.xtext.diagnostics.Severity;

/**
 * Writes the staff documents of the project's spec (playbooks, checklists, consistency report,
 * journey maps, index.html), as {@code cxspec generate} does. Refuses, writing nothing, when the
 * spec has errors; warnings are logged and generation goes on. A failed run leaves the output
 * folder as it was.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractSpecMojo {

	/** Where the documents go (named apart from validate's report folder); files cxspec did not write there are left alone. */
	@Parameter(property = "cxspec.documentsDirectory", defaultValue = "${project.build.directory}/cxspec-site")
	private File documentsDirectory;

	/** Language of the words cxspec writes: en or nl (spec text stays as written). */
	@Parameter(property = "cxspec.lang", defaultValue = "en")
	private String language;

	/** A folder of Velocity templates replacing shipped ones of the same name. */
	@Parameter(property = "cxspec.templates")
	private File templates;

	@Override
	public void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("cxspec: generation skipped (cxspec.skip).");
			return;
		}
		Locale locale = locale();
		Path templateFolder = templates == null ? null : templates.toPath();
		SortedMap<String, String> files;
		try {
			Templates.checkFolder(templateFolder);
			SpecValidation.Checked checked = CxspecLanguage.injector().getInstance(SpecValidation.class).check(specs(), configPath());
			log(checked.findings());
			if (checked.findings().stream().anyMatch(finding -> finding.severity() == Severity.ERROR)) {
				throw new MojoFailureException("cxspec: the spec has errors (logged above); fix them to generate. Nothing was written.");
			}
			Site site = SiteBuilder.build(checked.spec(), checked.findings(), folders().get(0).toPath(), locale);
			files = new SiteRenderer(new Templates(templateFolder), locale).render(site);
		} catch (BadInputException | TemplateProblem badInput) {
			throw new MojoExecutionException("cxspec: " + badInput.getMessage() + " (nothing was written)");
		}
		try {
			new SiteWriter().write(documentsDirectory.toPath(), files);
		} catch (IOException cannotWrite) {
			throw new MojoExecutionException("cxspec: " + documentsDirectory + ": cannot write the documents (" + cannotWrite.getMessage()
					+ "); the folder was left as it was");
		}
		getLog().info("cxspec: wrote " + files.size() + " files to " + documentsDirectory + "; open "
				+ new File(documentsDirectory, "index.html") + ".");
	}

	private Locale locale() throws MojoExecutionException {
		return switch (language == null ? "" : language.strip().toLowerCase(Locale.ROOT)) {
		case "en" -> Locale.ENGLISH;
		case "nl" -> Locale.forLanguageTag("nl");
		default -> throw new MojoExecutionException("cxspec: unknown language '" + language + "': use en or nl");
		};
	}
}
