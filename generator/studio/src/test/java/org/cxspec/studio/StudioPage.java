package org.cxspec.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A studio on a copy of an example, open in Debian's Chromium (headless, through Debian's
 * chromedriver; nothing downloads a browser), and what the browser tests ask of the page:
 * where the cursor is, what a line says, and waits for what a user would see.
 */
final class StudioPage implements AutoCloseable {

	private static final Path CHROMIUM = Path.of(System.getProperty("cxspec.chromium", "/usr/bin/chromium"));
	private static final Path DRIVER = Path.of(System.getProperty("cxspec.chromedriver", "/usr/bin/chromedriver"));

	final Studio studio;
	final WebDriver browser;
	final WebDriverWait wait;

	private StudioPage(Studio studio, WebDriver browser) {
		this.studio = studio;
		this.browser = browser;
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
	}

	/** Skips the calling test, saying so on standard error, when Chromium or chromedriver is missing. */
	static void assumeChromium(String suite) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
		if (!present) {
			System.err.println(suite + " SKIPPED: needs " + CHROMIUM + " and " + DRIVER
					+ " (Debian: apt-get install chromium chromium-driver; CI runs .ci/setup-chromium.sh)");
		}
		Assumptions.assumeTrue(present, "Chromium and chromedriver are not installed: the browser tests of cxspec studio were skipped");
	}

	/** Starts a studio on {@code folder} and opens {@code file} in it, once the editor and a preview are there. */
	static StudioPage open(Path folder, Locale locale, String file) throws Exception {
		Studio studio = Studio.start(folder, 0, locale);
		StudioPage page = new StudioPage(studio, chromium());
		page.browser.get(studio.address() + "#" + file);
		page.wait.until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
		page.wait.until(driver -> !driver.findElements(By.cssSelector("iframe.preview.shown")).isEmpty());
		return page;
	}

	static WebDriver chromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000", "--disable-dev-shm-usage");
		// Dialogs (prompt, confirm, beforeunload) stay open for the test to answer.
		options.setCapability("unhandledPromptBehavior", Map.of("default", "ignore", "beforeUnload", "ignore"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	@Override
	public void close() {
		try {
			browser.quit();
		} finally {
			studio.close();
		}
	}

	/** Saves what the browser shows, to look at (generator/studio/screenshots.sh). */
	void shot(String name) throws IOException {
		shot(browser, name);
	}

	static void shot(WebDriver driver, String name) throws IOException {
		Path folder = Path.of(System.getProperty("cxspec.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}

	/** The file in the editor. */
	String currentFile() {
		return (String) js("return window.cxspecStudio.current");
	}

	/** The text of an open file as the page holds it (saved or not). */
	String text(String file) {
		return (String) js("const doc = window.cxspecStudio.docs.get(arguments[0]); return doc ? doc.state.doc.toString() : null;", file);
	}

	String line(int line) {
		return (String) js("return window.cxspecStudio.view.state.doc.line(arguments[0]).text", line);
	}

	/** The line the cursor is on. */
	String cursorLine() {
		return (String) js("const v = window.cxspecStudio.view; return v.state.doc.lineAt(v.state.selection.main.head).text;");
	}

	void cursorAtEndOfLine(int line) {
		js("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
				+ " v.dispatch({ selection: { anchor: l.to } }); v.focus();", line);
	}

	/**
	 * Types into the editor key by key, as a user who watches the cursor: each letter is in the
	 * text before the next is typed. Chromium on a busy machine sometimes leaves its caret before
	 * a letter it has just put in, and CodeMirror reads the caret from it, so the next letters would
	 * land in front of it: the cursor is then put after that letter, as the user would with an arrow
	 * key. Keys such as Enter are pressed as they are.
	 */
	void typeInEditor(CharSequence... keys) {
		for (CharSequence key : keys) {
			if (key instanceof Keys) {
				browser.switchTo().activeElement().sendKeys(key);
				continue;
			}
			for (char letter : key.toString().toCharArray()) {
				Number length = (Number) js("return window.cxspecStudio.view.state.doc.length");
				browser.switchTo().activeElement().sendKeys(String.valueOf(letter));
				String caret = wait.until(driver -> (String) js("const v = window.cxspecStudio.view, h = v.state.selection.main.head;"
						+ " if (v.state.sliceDoc(h - 1, h) === arguments[0]) return 'after';"
						+ " return v.state.sliceDoc(h, h + 1) === arguments[0] && v.state.doc.length !== arguments[1] ? 'before' : null;",
						String.valueOf(letter), length));
				if (caret.equals("before")) {
					js("const v = window.cxspecStudio.view; v.dispatch({ selection: { anchor: v.state.selection.main.head + 1 } });");
				}
			}
		}
	}

	/** Puts the cursor inside the first {@code word} of a line (one character in), as a click there would. */
	void cursorInWord(int line, String word) {
		js("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
				+ " const at = l.text.search(new RegExp('\\\\b' + arguments[1] + '\\\\b'));"
				+ " if (at < 0) throw new Error('no ' + arguments[1] + ' on line ' + arguments[0]);"
				+ " v.dispatch({ selection: { anchor: l.from + at + 1 } }); v.focus();", line, word);
	}

	/** The first line (1-based) whose text contains {@code text}. */
	int lineWith(String text) {
		Number line = (Number) js("const doc = window.cxspecStudio.view.state.doc;"
				+ " for (let n = 1; n <= doc.lines; n++) if (doc.line(n).text.includes(arguments[0])) return n; return -1;", text);
		if (line.intValue() < 0) {
			throw new AssertionError("no line with " + text + " in " + currentFile());
		}
		return line.intValue();
	}

	/** Moves the mouse over the middle of the first {@code word} on a line, as a user would to hover it. */
	void mouseOver(int line, String word) {
		js("const v = window.cxspecStudio.view; const l = v.state.doc.line(arguments[0]);"
				+ " v.dispatch({ selection: { anchor: l.from }, scrollIntoView: true });", line);
		// Once the line is scrolled into the editor's view, its place on the screen holds still.
		@SuppressWarnings("unchecked")
		Map<String, Number> at = wait.until(driver -> (Map<String, Number>) js("const v = window.cxspecStudio.view;"
				+ " const l = v.state.doc.line(arguments[0]); const from = l.from + l.text.search(new RegExp('\\\\b' + arguments[1] + '\\\\b'));"
				+ " const a = v.coordsAtPos(from), b = v.coordsAtPos(from + arguments[1].length), box = v.scrollDOM.getBoundingClientRect();"
				+ " return a && b && a.top >= box.top && a.bottom <= box.bottom ? { x: (a.left + b.left) / 2, y: (a.top + a.bottom) / 2 } : null;",
				line, word));
		new Actions(browser).moveToLocation(1, 1).perform();
		new Actions(browser).moveToLocation(at.get("x").intValue(), at.get("y").intValue()).perform();
	}

	/** The element matching {@code css} once its text contains {@code text}. */
	WebElement shows(String css, String text) {
		return wait.until(driver -> driver.findElements(By.cssSelector(css)).stream()
				.filter(element -> element.getText().contains(text)).findFirst().orElse(null));
	}

	String status() {
		return browser.findElement(By.id("status")).getText();
	}

	/** Answers the open prompt() or confirm() dialog: with {@code text} typed in when not null. */
	void answerDialog(String text) {
		Alert dialog = wait.until(ExpectedConditions.alertIsPresent());
		if (text != null) {
			dialog.sendKeys(text);
		}
		dialog.accept();
	}

	/** The text of the journey-map card of a touchpoint, as the preview shows it now; null when none. */
	String card(String touchpoint) {
		return (String) js("const frame = document.querySelector('iframe.preview.shown');"
				+ " const card = [...frame.contentDocument.querySelectorAll('g')].find(g => g.querySelector('title')?.textContent === arguments[0]);"
				+ " return card ? card.textContent : null;", touchpoint);
	}
}
