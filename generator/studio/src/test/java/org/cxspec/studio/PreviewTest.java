package org.cxspec.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import org.cxspec.CxspecStandaloneSetup;
import org.cxspec.benchmark.SyntheticSpecs;
import org.cxspec.generator.site.SiteRenderer;
import org.cxspec.generator.site.Templates;
import org.cxspec.generator.view.SiteBuilder;
import org.cxspec.load.Finding;
import org.cxspec.load.LoadedSpec;
import org.cxspec.load.SpecChecker;
import org.cxspec.load.SpecLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.inject.Injector;

/**
 * The preview renders only the document shown, yet each one must be the file {@code cxspec generate}
 * writes: every document the picker lists, for every example, byte for byte.
 */
class PreviewTest {

	private static final Injector LANGUAGE = new CxspecStandaloneSetup().createInjectorAndDoEMFRegistration();

	@TempDir
	Path temporary;

	@ParameterizedTest
	@CsvSource({ "insurer-claims, en", "acme-claims, en", "energie-cocreatie, nl", "sports-engagement, en" })
	void everyDocumentIsWhatGenerateWrites(String example, String language) throws Exception {
		Path folder = StudioFixture.copyOf(example, Files.createDirectories(temporary.resolve(example))).toRealPath();
		assertSameAsGenerate(folder, Locale.forLanguageTag(language));
	}

	@Test
	void aLargeSpecOverSeveralFilesToo() throws Exception {
		Path folder = Files.createDirectories(temporary.resolve("large")).toRealPath();
		for (Map.Entry<Path, String> file : SyntheticSpecs.generate(folder, 2_000, 3).entrySet()) {
			Files.writeString(file.getKey(), file.getValue());
		}
		assertSameAsGenerate(folder, Locale.ENGLISH);
	}

	@Test
	void unsavedTextIsPreviewedAsIfSaved() throws Exception {
		Path folder = StudioFixture.copyOf("insurer-claims", Files.createDirectories(temporary.resolve("edited"))).toRealPath();
		Path people = folder.resolve("people.cxspec");
		String edited = Files.readString(people).replace("role LossAdjuster \"", "role LossAdjuster \"Senior ");
		Preview preview = new Preview(LANGUAGE, folder, Locale.ENGLISH);
		Map<Path, String> texts = new SpecFolder(folder).specTexts();
		texts.put(people, edited);
		Preview.Rendered unsaved = preview.render(texts);

		Files.writeString(people, edited);
		SortedMap<String, String> generated = generate(folder, Locale.ENGLISH);
		String playbook = preview.document(unsaved.site(), "playbooks/LossAdjuster.html");
		assertTrue(playbook.contains("Senior "), "the unsaved text shows in the preview");
		assertEquals(generated.get("playbooks/LossAdjuster.html"), playbook);
	}

	@Test
	void aPathThatIsNoDocumentHasNone() throws Exception {
		Path folder = StudioFixture.copyOf("acme-claims", Files.createDirectories(temporary.resolve("acme"))).toRealPath();
		Preview preview = new Preview(LANGUAGE, folder, Locale.ENGLISH);
		Preview.Rendered rendered = preview.render(new SpecFolder(folder).specTexts());
		assertNull(preview.document(rendered.site(), "playbooks/Nobody.html"));
		assertNull(preview.document(rendered.site(), "../claims.cxspec"));
	}

	private static void assertSameAsGenerate(Path folder, Locale locale) throws Exception {
		Preview preview = new Preview(LANGUAGE, folder, locale);
		Preview.Rendered rendered = preview.render(new SpecFolder(folder).specTexts());
		SortedMap<String, String> generated = generate(folder, locale);
		assertFalse(rendered.documents().isEmpty());
		List<String> differing = new ArrayList<>();
		for (Preview.Entry entry : rendered.documents()) {
			if (!generated.containsKey(entry.path()) || !generated.get(entry.path()).equals(preview.document(rendered.site(), entry.path()))) {
				differing.add(entry.path());
			}
		}
		assertEquals(List.of(), differing, "documents the preview shows differently from generate");
	}

	/** What {@code cxspec generate} renders for a folder: its loader, checks, view and renderer. */
	private static SortedMap<String, String> generate(Path folder, Locale locale) throws Exception {
		LoadedSpec loaded = LANGUAGE.getInstance(SpecLoader.class).loadPaths(List.of(folder));
		List<Finding> findings = LANGUAGE.getInstance(SpecChecker.class).check(loaded);
		return new SiteRenderer(new Templates(null), locale).render(SiteBuilder.build(loaded, findings, folder, locale));
	}
}
