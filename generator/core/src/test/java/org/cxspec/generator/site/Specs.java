package org.cxspec.generator.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;

import com.google.inject.Injector;

/** Loads and checks specs for the generator tests, with one language setup per test run. */
final class Specs {

	private static Injector injector;

	private Specs() {
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The site of a shipped example, e.g. "insurer-claims" (tests run in generator/core). */
	static Site example(String name, Locale locale) throws Exception {
		Path folder = Path.of("../../examples", name);
		LoadedSpec loaded = injector().getInstance(SpecLoader.class).loadPaths(List.of(folder));
		List<Finding> findings = injector().getInstance(SpecChecker.class).check(loaded);
		return SiteBuilder.build(loaded, findings, folder, locale);
	}

	/** The site of a spec written inline, as if it were the file spec.cxspec in folder "inline". */
	static Site inline(String text, Locale locale) {
		Path file = Path.of("inline/spec.cxspec").toAbsolutePath();
		LoadedSpec loaded = injector().getInstance(SpecLoader.class).loadTexts(Map.of(file, text));
		List<Finding> findings = injector().getInstance(SpecChecker.class).check(loaded);
		return SiteBuilder.build(loaded, findings, file.getParent(), locale);
	}

	static Map<String, String> render(Site site, Locale locale) {
		return new SiteRenderer(new Templates(null), locale).render(site);
	}
}
