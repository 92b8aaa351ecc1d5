package org.cxspec.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in Debian's Chromium, headless, driven by Selenium through Debian's chromedriver
 * (nothing downloads a browser): what a CX lead does, and what they see.
 */
class StudioBrowserTest {

	private static final Path CHROMIUM = Path.of(System.getProperty("cxspec.chromium", "/usr/bin/chromium"));
	private static final Path DRIVER = Path.of(System.getProperty("cxspec.chromedriver", "/usr/bin/chromedriver"));

	@TempDir
	Path folder;
	Studio studio;
	WebDriver browser;
	WebDriverWait wait;

	@BeforeEach
	void open() throws Exception {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!present) {
			System.err.println("StudioBrowserTest SKIPPED: needs " + CHROMIUM + " and " + DRIVER
					+ " (Debian: apt-get install chromium chromium-driver; CI runs .ci/setup-chromium.sh)");
		}
		Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed: the browser tests of cxspec studio were skipped");
		StudioFixture.copyOf("insurer-claims", folder);
		studio = Studio.start(folder, 0, Locale.ENGLISH);
		browser = chromium();
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		browser.get(studio.address() + "#claims-journey.cxspec");
		wait.until(page -> "true".equals(page.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		wait.until(page -> !page.findElements(By.cssSelector("iframe.preview.shown")).isEmpty());
	}

	static WebDriver chromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000", "--disable-dev-shm-usage");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
		if (studio != null) {
			studio.close();
		}
	}

	/** Screenshots of what the tests saw, to look at (generator/studio/screenshots.sh). */
	static void shot(WebDriver driver, String name) throws java.io.IOException {
		Path folder = Path.of(System.getProperty("cxspec.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		Files.write(folder.resolve(name + ".png"), png);
	}

	private Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	private void cursorAtEndOfLine(int line) {
		js("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
				+ " v.dispatch({ selection: { anchor: l.to } }); v.focus();", line);
	}

	private String line(int line) {
		return (String) js("return window.cxspecStudio.view.state.doc.line(arguments[0]).text", line);
	}

	/** The text of the journey-map card of a touchpoint, as the preview shows it now. */
	private String card(String touchpoint) {
		return (String) js("const frame = document.querySelector('iframe.preview.shown');"
				+ " const card = [...frame.contentDocument.querySelectorAll('g')].find(g => g.querySelector('title')?.textContent === arguments[0]);"
				+ " return card ? card.textContent : null;", touchpoint);
	}

	@Test
	void aMisspeltValueIsFlaggedFixedPreviewedAndSaved() throws Exception {
		String online = "Reporting the damage online, with photos";
		assertFalse(card(online).contains("Being treated as a person"), "OnlineClaim does not deliver Care yet");
		assertEquals("            channel web", line(34));
		cursorAtEndOfLine(34);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER, "delivers Carre");

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
		browser.switchTo().activeElement().sendKeys(Keys.ENTER, "// my unsaved note");
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
		js("const frame = document.querySelector('iframe.preview.shown');"
				+ " const card = [...frame.contentDocument.querySelectorAll('g')].find(g => g.querySelector('title')?.textContent === 'Loss adjuster\\'s visit');"
				+ " card.querySelector('rect').dispatchEvent(new MouseEvent('click', { bubbles: true }));");
		String current = (String) js("const v = window.cxspecStudio.view; return v.state.doc.lineAt(v.state.selection.main.head).text;");
		assertTrue(current.contains("touchpoint AdjusterVisit"), current);
	}

	@Test
	void closingWithUnsavedEditsWarns() {
		cursorAtEndOfLine(34);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER, "// unsaved");
		Object warned = js("const event = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(event); return event.defaultPrevented;");
		assertEquals(Boolean.TRUE, warned);
	}

	@Test
	void aSecondClientWithoutTheTokenIsRefused() throws Exception {
		WebDriver stranger = chromium();
		try {
			stranger.get("http://127.0.0.1:" + studio.address().getPort() + "/");
			String text = stranger.findElement(By.tagName("body")).getText();
			assertTrue(text.contains("Open the address that cxspec studio printed"), text);
			assertFalse(stranger.getPageSource().contains("cm-editor"));
			shot(stranger, "studio-refused");
		} finally {
			stranger.quit();
		}
	}
}
