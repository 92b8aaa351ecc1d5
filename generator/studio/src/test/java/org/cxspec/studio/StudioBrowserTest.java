package org.cxspec.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in Debian's Chromium, headless, driven by Selenium through Debian's chromedriver
 * (nothing downloads a browser): what a CX lead does, and what they see.
 */
class StudioBrowserTest {

	@TempDir
	Path folder;
	StudioPage page;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void open() throws Exception {
		StudioPage.assumeChromium("StudioBrowserTest");
		StudioFixture.copyOf("insurer-claims", folder);
		page = StudioPage.open(folder, Locale.ENGLISH, "claims-journey.cxspec");
		browser = page.browser;
		wait = page.wait;
	}

	@AfterEach
	void close() {
		if (page != null) {
			page.close();
		}
	}

	private void shot(WebDriver driver, String name) throws java.io.IOException {
		StudioPage.shot(driver, name);
	}

	private void cursorAtEndOfLine(int line) {
		page.cursorAtEndOfLine(line);
	}

	private String line(int line) {
		return page.line(line);
	}

	private String card(String touchpoint) {
		return page.card(touchpoint);
	}

	@Test
	void aMisspeltValueIsFlaggedFixedPreviewedAndSaved() throws Exception {
		String online = "Reporting the damage online, with photos";
		assertFalse(card(online).contains("Being treated as a person"), "OnlineClaim does not deliver Care yet");
		assertEquals("            channel web", line(34));
		cursorAtEndOfLine(34);
		page.typeInEditor(Keys.ENTER, "delivers Carre");

		// Diagnostics arrive once per keystroke, and each update redraws the underline: hover the
		// one that is there until the finding for the whole name shows.
		wait.ignoring(StaleElementReferenceException.class).until(page -> {
			page.findElements(By.cssSelector(".cm-lintRange-error")).stream().findFirst()
					.ifPresent(error -> new Actions(browser).moveToElement(error).perform());
			return page.findElements(By.cssSelector(".cm-tooltip-lint")).stream()
					.anyMatch(tip -> tip.getText().contains("No value is named Carre: did you mean Care?"));
		});
		WebElement fix = wait.until(page -> page.findElements(By.cssSelector(".cm-tooltip-lint .cm-diagnosticAction")).stream()
				.findFirst().orElse(null));
		assertEquals("Change to Care", fix.getText());
		shot(browser, "studio-did-you-mean");
		fix.click();

		assertEquals("            delivers Care", line(35));
		wait.until(page -> page.findElements(By.cssSelector(".cm-lintRange-error")).isEmpty());
		wait.until(page -> card(online) != null && card(online).contains("Being treated as a person"));
		assertTrue(browser.findElement(By.cssSelector("button.file.current")).getText().endsWith("●"), "the file shows as unsaved");
		assertFalse(Files.readString(folder.resolve("claims-journey.cxspec")).contains("delivers Care\n            delivers Speed"),
				"nothing is written before saving");

		shot(browser, "studio-fixed-unsaved");
		browser.findElement(By.id("save")).click();
		wait.until(page -> page.findElement(By.id("status")).getText().equals("Saved claims-journey.cxspec."));
		shot(browser, "studio-saved");
		List<String> saved = Files.readAllLines(folder.resolve("claims-journey.cxspec"));
		assertEquals("            delivers Care", saved.get(34));
		assertEquals("            channel web", saved.get(33));
		assertFalse(browser.findElement(By.cssSelector("button.file.current")).getText().endsWith("●"));
	}

	@Test
	void anEditOnDiskAppearsInThePage() throws Exception {
		Path file = folder.resolve("claims-journey.cxspec");
		String changed = Files.readString(file).replace("\"Reporting the damage online, with photos\"", "\"Reporting the damage in the app\"");
		Files.writeString(file, changed);
		wait.until(page -> line(33).contains("\"Reporting the damage in the app\""));
		wait.until(page -> card("Reporting the damage in the app") != null);
		assertTrue(browser.findElement(By.id("status")).getText().contains("changed on disk"));
	}

	@Test
	void anUnsavedEditIsNeverOverwrittenByAChangeOnDisk() throws Exception {
		cursorAtEndOfLine(34);
		page.typeInEditor(Keys.ENTER, "// my unsaved note");
		Path file = folder.resolve("claims-journey.cxspec");
		String theirs = Files.readString(file) + "\n// pulled from git\n";
		Files.writeString(file, theirs);
		WebElement conflict = wait.until(page -> page.findElement(By.id("conflict")).isDisplayed() ? page.findElement(By.id("conflict")) : null);
		assertTrue(conflict.getText().contains("// pulled from git"), "the version on disk is shown");
		shot(browser, "studio-conflict");
		assertEquals("            // my unsaved note", line(35), "my version stays in the editor");
		assertEquals(theirs, Files.readString(file), "and the disk keeps theirs");
		browser.findElement(By.id("keep-mine")).click();
		wait.until(page -> !page.findElement(By.id("conflict")).isDisplayed());
		String saved = Files.readString(file);
		assertTrue(saved.contains("// my unsaved note") && !saved.contains("// pulled from git"), "saved only when asked to");
	}

	@Test
	void aClickOnAJourneyCardMovesTheEditorToItsTouchpoint() {
		page.js("const frame = document.querySelector('iframe.preview.shown');"
				+ " const card = [...frame.contentDocument.querySelectorAll('g')].find(g => g.querySelector('title')?.textContent === 'Loss adjuster\\'s visit');"
				+ " card.querySelector('rect').dispatchEvent(new MouseEvent('click', { bubbles: true }));");
		String current = (String) page.js("const v = window.cxspecStudio.view; return v.state.doc.lineAt(v.state.selection.main.head).text;");
		assertTrue(current.contains("touchpoint AdjusterVisit"), current);
	}

	/** Whether leaving the page now would ask first: the browser asks when beforeunload is cancelled. */
	private boolean leavingAsks() {
		return (Boolean) page.js("const event = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(event); return event.defaultPrevented;");
	}

	@Test
	void closingOrReloadingWithUnsavedEditsWarnsAndKeepsThem() {
		assertFalse(leavingAsks(), "nothing unsaved, nothing to ask");
		cursorAtEndOfLine(34);
		page.typeInEditor(Keys.ENTER, "// unsaved");
		assertTrue(leavingAsks());

		// chromedriver answers a real beforeunload dialog itself, so leave for real: the edit comes back, unsaved.
		page.js("window.before = true; setTimeout(() => location.reload(), 0)");
		wait.until(driver -> page.js("return window.before") == null
				&& "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		assertEquals("            // unsaved", line(35));
		assertTrue(browser.findElement(By.cssSelector("button.file.current")).getText().endsWith("●"), "still unsaved");
		assertTrue(page.status().contains("your unsaved edits from before are back"), page.status());
		assertTrue(leavingAsks());

		browser.findElement(By.id("save")).click();
		wait.until(driver -> page.status().equals("Saved claims-journey.cxspec."));
		assertFalse(leavingAsks(), "once saved, leaving does not ask");
	}

	@Test
	void theFileListCreatesRenamesAndDeletesFilesOnDisk() throws Exception {
		browser.findElement(By.id("new-file")).click();
		page.answerDialog("extra");
		wait.until(driver -> "extra.cxspec".equals(page.currentFile()));
		assertEquals("", Files.readString(folder.resolve("extra.cxspec")), "a new file is created empty");
		browser.findElement(By.cssSelector(".cm-content")).click();
		page.typeInEditor("role Adjuster \"Loss adjuster\"");
		browser.findElement(By.id("save")).click();
		wait.until(driver -> driver.findElement(By.id("status")).getText().equals("Saved extra.cxspec."));

		browser.findElement(By.id("rename-file")).click();
		page.answerDialog("../outside.cxspec");
		wait.until(driver -> !page.status().isEmpty() && !page.status().startsWith("Saved"));
		assertFalse(Files.exists(folder.resolveSibling("outside.cxspec")), "nothing is written outside the spec folder: " + page.status());
		assertTrue(Files.exists(folder.resolve("extra.cxspec")));

		browser.findElement(By.id("rename-file")).click();
		page.answerDialog("adjusters.cxspec");
		wait.until(driver -> "adjusters.cxspec".equals(page.currentFile()));
		assertFalse(Files.exists(folder.resolve("extra.cxspec")));
		assertEquals("role Adjuster \"Loss adjuster\"", Files.readString(folder.resolve("adjusters.cxspec")));
		page.shows("#files", "adjusters.cxspec");
		shot(browser, "studio-files-renamed");

		browser.findElement(By.id("delete-file")).click();
		page.answerDialog(null);
		wait.until(driver -> !driver.findElement(By.id("files")).getText().contains("adjusters.cxspec"));
		assertFalse(Files.exists(folder.resolve("adjusters.cxspec")));
		assertTrue(Files.exists(folder.resolve("brand.cxspec")), "only that file is gone");
	}

	@Test
	void whenTheStudioStopsThePageSaysSoAndKeepsUnsavedEdits() throws Exception {
		cursorAtEndOfLine(34);
		page.typeInEditor(Keys.ENTER, "// typed before the stop");
		page.studio.close();
		page.shows("#status", "The studio stopped: start `cxspec studio` again and reload this page.");
		assertEquals("            // typed before the stop", line(35));
		shot(browser, "studio-stopped");
	}

	@Test
	void aSecondClientWithoutTheTokenIsRefused() throws Exception {
		WebDriver stranger = StudioPage.chromium();
		try {
			stranger.get("http://127.0.0.1:" + page.studio.address().getPort() + "/");
			String text = stranger.findElement(By.tagName("body")).getText();
			assertTrue(text.contains("Open the address that cxspec studio printed"), text);
			assertFalse(stranger.getPageSource().contains("cm-editor"));
			shot(stranger, "studio-refused");
		} finally {
			stranger.quit();
		}
	}
}
