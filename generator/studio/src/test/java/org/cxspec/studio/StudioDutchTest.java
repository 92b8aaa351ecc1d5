package org.cxspec.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** {@code cxspec studio --lang nl}: the studio's own words and the previewed documents in Dutch. */
class StudioDutchTest {

	@TempDir
	Path folder;

	private static Set<String> keys(String resource) throws IOException {
		Properties labels = new Properties();
		try (InputStream in = StudioDutchTest.class.getResourceAsStream(resource)) {
			labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(labels.stringPropertyNames());
	}

	@Test
	void everyLabelHasADutchTranslation() throws IOException {
		assertEquals(keys("labels.properties"), keys("labels_nl.properties"));
	}

	@Test
	void theStudioAndItsPreviewSpeakDutch() throws Exception {
		StudioPage.assumeChromium("StudioDutchTest");
		StudioFixture.copyOf("insurer-claims", folder);
		try (StudioPage page = StudioPage.open(folder, Locale.forLanguageTag("nl"), "claims-journey.cxspec")) {
			assertEquals("nl", page.browser.findElement(By.tagName("html")).getDomAttribute("lang"));
			assertEquals("Opslaan", page.browser.findElement(By.id("save")).getText());
			assertEquals("Nieuw", page.browser.findElement(By.id("new-file")).getText());
			assertEquals("BESTANDEN", page.browser.findElement(By.cssSelector("#sidebar h2")).getText().toUpperCase(Locale.ROOT));
			String picked = new Select(page.browser.findElement(By.id("documents"))).getFirstSelectedOption().getText();
			assertTrue(picked.startsWith("Klantreis: "), picked);
			page.wait.until(driver -> page.card("Reporting the damage by phone") != null);
			String preview = (String) page.js("return document.querySelector('iframe.preview.shown').contentDocument.documentElement.textContent");
			assertTrue(preview.contains("Klantreis vanuit de klant gezien") && preview.contains("Bemand door"), preview);

			// Messages too: a save, and the preview's count of errors.
			page.cursorAtEndOfLine(34);
			page.typeInEditor(Keys.ENTER, "delivers Carre");
			page.shows("#preview-status", "1 fout in de spec");
			page.browser.findElement(By.id("save")).click();
			page.wait.until(driver -> page.status().equals("claims-journey.cxspec opgeslagen."));
			page.shot("studio-dutch");
			assertTrue(Files.readString(folder.resolve("claims-journey.cxspec")).contains("delivers Carre"));
		}
	}
}
