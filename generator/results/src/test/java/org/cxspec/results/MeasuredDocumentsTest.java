package org.cxspec.results;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cxspec.config.ResponsesMapping;
import org.cxspec.generator.site.GoldenFolder;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.MeasuredSite;
import org.cxspec.generator.view.Measures;
import org.cxspec.generator.view.Site;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every staff document of the small shop spec measured against a small export
 * (src/test/resources/measured/answers.csv), in English and Dutch, against the golden files in
 * src/test/resources/golden-measured: the figures in report.md, report.json and each playbook.md
 * as well as in the HTML and SVG. After an intended change, refresh them with
 * {@code ./mvnw -B -q -pl generator/results -am verify -Dgolden.update=true -Dtest=MeasuredDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and review the diff before committing.
 */
class MeasuredDocumentsTest {

	private static final Path GOLDEN = Path.of("src/test/resources/golden-measured");
	private static final String NOW = "2026-11-30T12:00:00Z";

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "en", "nl" })
	void everyMeasuredDocumentMatchesItsGoldenFile(String language) throws Exception {
		Map<String, String> rendered = render(Locale.forLanguageTag(language));
		GoldenFolder.assertMatches(GOLDEN.resolve(language), rendered, language);
	}

	@Test
	void theMarkdownAndJsonCarryTheSameFiguresAsTheHtmlAndNoRespondent() throws Exception {
		Map<String, String> site = render(Locale.ENGLISH);
		String json = site.get("report.json");
		// CES at the till: September 3, 4, 4, 3, 4 -> 3.6; October 3.4; November 2, 3, 3, 3, 6, 2 -> 19 / 6 = 3.2
		assertTrue(json.contains("{ \"id\": \"2026-09\", \"value\": 3.6,"), json);
		assertTrue(json.contains("{ \"id\": \"2026-11\", \"value\": 3.2,"), json);
		// CSAT has 4 answers, fewer than the minimum of 5: no figure anywhere
		assertTrue(json.contains("\"overall\": { \"value\": null, \"margin\": null, \"answers\": 4, \"state\": \"few\" }"), json);
		assertTrue(site.get("report.md").contains("| **CES** mean | 3.4 ± "), site.get("report.md"));
		assertTrue(site.get("report.html").contains("<strong>CES</strong>"), site.get("report.html"));
		assertTrue(site.get("playbooks/Clerk.md").contains("CES 3.4 ± 0.5 (16 answers, target 2: off target)"), site.get("playbooks/Clerk.md"));
		assertTrue(site.get("playbooks/Clerk.md").contains("NPS 64.3 ± "), site.get("playbooks/Clerk.md"));
		assertTrue(site.get("playbooks/Manager.md").contains("Follow-ups waiting for you: 1 open, of which 1 overdue."),
				site.get("playbooks/Manager.md"));
		for (Map.Entry<String, String> document : site.entrySet()) {
			assertFalse(document.getValue().contains("R-0"), document.getKey() + " names a respondent");
			assertFalse(document.getValue().contains("Rude at the till"), document.getKey() + " shows a comment");
		}
	}

	@Test
	void theWorklistIsLinkedFromTheMarkdownPlaybookOnlyWhenAskedFor() throws Exception {
		Map<String, String> withList = render(Locale.ENGLISH, true);
		assertTrue(withList.get("playbooks/Manager.md").contains("[Your follow-up list](../follow-ups/Manager.html)"),
				withList.get("playbooks/Manager.md"));
		assertTrue(withList.get("follow-ups/Manager.html").contains("R-0"));
	}

	private Map<String, String> render(Locale locale) throws Exception {
		return render(locale, false);
	}

	private Map<String, String> render(Locale locale, boolean worklist) throws Exception {
		Fixture fixture = new Fixture(folder);
		Path answers = folder.resolve("answers.csv");
		try (InputStream in = MeasuredDocumentsTest.class.getResourceAsStream("/measured/answers.csv")) {
			Files.copy(in, answers);
		}
		LoadedSpec spec = fixture.spec();
		Measured measured = fixture.measure(ResponsesMapping.DEFAULTS, NOW, answers);
		List<Finding> findings = new ArrayList<>(Fixture.injector().getInstance(SpecChecker.class).check(spec));
		findings.addAll(measured.findings());
		Measures measures = SiteMeasures.of(measured, worklist);
		Site site = MeasuredSite.of(SiteBuilder.build(spec, findings, folder, locale), measures);
		return new SiteRenderer(new Templates(null), locale).render(site, SiteRenderer.Addition.measured(measures));
	}
}
