// Drives a real VS Code (code-server, started by test/e2e.sh with the packaged extension installed)
// through Debian's Chromium, the way a CX lead would use it on a copy of examples/insurer-claims:
// a typo gets a diagnostic, hover explains the rule, the quick fix corrects it, completion offers
// names with their descriptions, rename changes every file on disk, and files created, deleted
// or changed outside the editor (a spec, cxspec.yaml) are seen.
// Last, the settings (in the workspace's .vscode/settings.json, which VS Code watches): cxspec.java.home
// pointing nowhere stops the server and says so by name, pointing at a Java starts it again.
// Environment: CXSPEC_URL (the workbench), CXSPEC_WORKSPACE (the copy), CXSPEC_SCREENSHOTS (a folder),
// CXSPEC_JAVA_HOME (a Java 17+).
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const { WAIT_MS, attach, until, shot, chord, runCommand, openFile, goTo, problems, untilProblem, visibleText, hoverAt, revert } = require('./workbench');

const url = process.env.CXSPEC_URL;
const workspace = process.env.CXSPEC_WORKSPACE;
const screenshots = process.env.CXSPEC_SCREENSHOTS;
const browserPath = process.env.CXSPEC_CHROMIUM || '/usr/bin/chromium';
const javaHome = process.env.CXSPEC_JAVA_HOME; // a Java 17+ to set as cxspec.java.home

let page;
const results = [];

/** Writes a file the way editors and git do: whole, by renaming a finished temporary file into place. */
function writeWhole(file, text) {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

function onDisk(file) {
  return fs.readFileSync(path.join(workspace, file), 'utf8');
}

/** Line and column (from 1) of the first match of a pattern in a file as it is on disk, plus an offset into the match. */
function positionOf(file, pattern, into = 0) {
  const text = onDisk(file);
  const match = pattern.exec(text);
  if (!match) throw new Error(`${pattern} not found in ${file}`);
  const before = text.slice(0, match.index + into).split('\n');
  return [before.length, before[before.length - 1].length + 1];
}

/** Title and explanation of a rule, from the one source the server reads them from. */
function rule(id) {
  const properties = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'dsl', 'language', 'src', 'main', 'resources', 'org', 'cxspec', 'rules', 'rules.properties'), 'utf8');
  const value = (key) => (new RegExp(`^${key.replace(/[.-]/g, '\\$&')}=(.*)$`, 'm').exec(properties) || [])[1];
  return { title: value(`${id}.title`), why: value(`${id}.why`) };
}

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${error.message}`);
    await shot(`failed-${results.length}`).catch(() => {});
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function main() {
  const browser = await puppeteer.launch({
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900 },
  });
  try {
    page = await browser.newPage();
    attach(page, screenshots);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: WAIT_MS });
    await scenario();
  } finally {
    await browser.close();
  }
  const failed = results.filter((result) => !result.ok);
  console.log(`VS Code end to end: ${results.length - failed.length} of ${results.length} steps passed`);
  if (failed.length > 0) process.exit(1);
}

async function scenario() {
  // Positions in brand.cxspec as shipped; the steps that change it save or revert what they change.
  const typo = positionOf('brand.cxspec', /for (Clarity)/, 4);
  const insideTypo = [typo[0], typo[1] + 2];
  const guardrail = positionOf('brand.cxspec', /\n(\s*within "Up to 250)/, 1);
  const looseText = positionOf('brand.cxspec', /loose "Put right/, 'loose "Pu'.length); // under the squiggle of its finding
  const endOfTypoLine = positionOf('brand.cxspec', /for Clarity\n/, 'for Clarity'.length);
  const emptyLine = positionOf('brand.cxspec', /\n\n(\s*)tight "Speak/, 1);
  const valueName = positionOf('brand.cxspec', /value (Clarity)/, 8);

  await step('the extension starts its server: brand.cxspec opens without findings', async () => {
    await openFile('brand.cxspec');
    await runCommand('>View: Focus Problems');
    await page.waitForSelector('.markers-panel', { visible: true });
    // The Problems view is empty until the server answers; the typo below proves it answers.
    await shot('1-opened');
  });

  await step('a misspelt value name gets an error with its rule and a did-you-mean', async () => {
    await goTo(...typo);
    await chord('Control', 'Shift', 'ArrowRight');
    await page.keyboard.type('Clarty');
    const rows = await untilProblem('a finding for Clarty', (list) => list.some((row) => row.includes('Clarty')));
    const row = rows.find((text) => text.includes('Clarty'));
    check(/Clarity/.test(row), `the finding does not suggest Clarity: ${row}`);
    check(/unresolved-reference/.test(row), `the finding does not name its rule: ${row}`);
    await until('the squiggle under the typo', () => page.evaluate(() => document.querySelector('.monaco-editor .squiggly-error') !== null));
    await shot('2-typo-diagnostic');
  });

  await step('hover on the typo explains the rule (unresolved-reference)', async () => {
    const { title, why } = rule('unresolved-reference');
    try {
      await hoverAt(...insideTypo, 'the rule explanation in the hover', [title, why.slice(0, 40)]);
    } finally {
      await shot('3-hover-rule');
      await page.keyboard.press('Escape');
    }
  });

  await step('the quick fix "Change to Clarity" corrects the typo and the finding goes', async () => {
    await goTo(...insideTypo);
    // The menu opens once the editor has the server's code actions for the cursor: ask again until it does.
    await until('the quick-fix menu', async () => {
      await chord('Control', 'Period');
      return page.waitForSelector('.action-widget .monaco-list-row', { visible: true, timeout: 3000 }).then(() => true, () => false);
    }, 30000);
    await shot('4-quick-fix-menu');
    const clicked = await page.evaluate(() => {
      const row = [...document.querySelectorAll('.action-widget .monaco-list-row')].find((element) => element.textContent.includes('Change to Clarity'));
      if (row) row.click();
      return row !== undefined;
    });
    check(clicked, `no "Change to Clarity" among the quick fixes: ${await visibleText('.action-widget')}`);
    await untilProblem('the finding to clear', (list) => !list.some((row) => row.includes('Clarty')));
    await chord('Control', 'KeyS');
    await page.keyboard.press('Escape');
    await until('brand.cxspec saved with the fix', () => /^\s*for Clarity$/m.test(onDisk('brand.cxspec')) && !onDisk('brand.cxspec').includes('Clarty'), 15000);
  });

  await step('a freedom without guardrail gets its finding, and hover on the loose line explains the rule', async () => {
    const { title, why } = rule('loose-without-guardrail');
    try {
      await goTo(...guardrail);
      await chord('Shift', 'ArrowDown');
      await page.keyboard.press('Delete');
      await untilProblem('the loose-without-guardrail finding', (list) => list.some((row) => row.includes('loose-without-guardrail')));
      await hoverAt(...looseText, 'the rule explanation in the hover', [title, why.slice(0, 40)]);
      await shot('5-hover-loose');
    } finally {
      await revert();
    }
    await untilProblem('the finding to clear after the revert', (list) => !list.some((row) => row.includes('loose-without-guardrail')));
  });

  await step('completion offers the values with their descriptions', async () => {
    await goTo(...endOfTypoLine);
    await page.keyboard.type(', F');
    // Right after typing, VS Code may show only words of the file; the server's items carry a description.
    const items = await until('the server\'s completion items', async () => {
      await chord('Control', 'Space');
      const shown = await until('the suggest widget', () => visibleText('.suggest-widget .monaco-list-row'), 5000).catch(() => '');
      if (shown.includes('Fairness') && shown.includes('Being believed')) return shown;
      await page.keyboard.press('Escape');
      return false;
    }, 60000);
    await shot('6-completion');
    check(/value: Being believed/.test(items), `the item does not say what Fairness is:\n${items}`);
    await page.keyboard.press('Enter');
    await untilProblem('no finding after completing', (list) => list.length === 0);
    await chord('Control', 'KeyS');
    await until('the completed name saved', () => onDisk('brand.cxspec').includes('for Clarity, Fairness'), 15000);
  });

  await step('completion on an empty line offers statements, no punctuation', async () => {
    await goTo(...emptyLine);
    let items = '';
    try {
      items = await until('completion items', async () => {
        await chord('Control', 'Space');
        const shown = await until('the suggest widget', () => visibleText('.suggest-widget .monaco-list-row'), 5000).catch(() => '');
        if (/\btight\b/.test(shown)) return shown;
        await page.keyboard.press('Escape');
        return false;
      }, 60000);
      await shot('6b-completion-empty-line');
    } finally {
      await page.keyboard.press('Escape');
    }
    const punctuation = items.split('\n').filter((item) => /^\s*[,}{]\s*$/.test(item));
    check(punctuation.length === 0, `punctuation offered as completion items: ${punctuation.join(' ')}`);
  });

  await step('rename Clarity to Plainness changes every file on disk', async () => {
    await goTo(...valueName);
    await page.keyboard.press('F2');
    // Type only into the rename box (it opens with the old name selected), never into the editor.
    await until('the rename box, focused', () => page.evaluate(() => document.activeElement.closest('.rename-box') !== null), 30000);
    await shot('7a-rename-box');
    await page.keyboard.type('Plainness');
    await page.keyboard.press('Enter');
    await until('the rename applied in the editor', async () => (await visibleText('.monaco-editor .view-lines')).includes('value Plainness'), 30000);
    await runCommand('>File: Save All');
    await until('every file saved with the new name', () =>
      fs.readdirSync(workspace).filter((file) => file.endsWith('.cxspec')).every((file) => !/\bClarity\b/.test(onDisk(file))), 20000);
    check(/delivers Fairness, Plainness/.test(onDisk('claims-journey.cxspec')), 'claims-journey.cxspec does not use the new name');
    check(onDisk('brand.cxspec').includes('value Plainness'), 'brand.cxspec does not define Plainness');
    await untilProblem('no findings after the rename', (list) => list.length === 0);
    await shot('7-renamed');
  });

  await step('rename to a name already taken (Speed) is refused with a message, and nothing changes', async () => {
    const before = fs.readdirSync(workspace).filter((file) => file.endsWith('.cxspec')).map((file) => onDisk(file)).join('\n');
    await goTo(...valueName);
    await page.keyboard.press('F2');
    await until('the rename box, focused', () => page.evaluate(() => document.activeElement.closest('.rename-box') !== null), 30000);
    await page.keyboard.type('Speed');
    await page.keyboard.press('Enter');
    let message = '';
    try {
      message = await until('a message that the name is taken', async () => {
        const shown = await visibleText('.monaco-editor-overlaymessage, .notifications-toasts');
        return /Speed|already|taken/i.test(shown) ? shown : false;
      }, 20000);
    } finally {
      await shot('7b-rename-taken');
      await page.keyboard.press('Escape');
      await runCommand('>File: Revert File');
    }
    const after = fs.readdirSync(workspace).filter((file) => file.endsWith('.cxspec')).map((file) => onDisk(file)).join('\n');
    check(after === before, 'the refused rename changed files on disk');
    check(!(await problems()).some((row) => row.includes('duplicate-name')), `the rename made a duplicate: ${message}`);
  });

  await step('a spec file created and then deleted on disk is seen', async () => {
    writeWhole(path.join(workspace, 'extra.cxspec'), 'journey Extra "A journey for nobody yet" for Nowhere {\n}\n');
    await untilProblem('a finding in the new file', (list) => list.some((row) => row.includes('Nowhere')));
    await shot('8-file-created');
    fs.unlinkSync(path.join(workspace, 'extra.cxspec'));
    await untilProblem('the findings of the deleted file to go', (list) => !list.some((row) => row.includes('Nowhere')));
  });

  await step('a cxspec.yaml written on disk changes the findings', async () => {
    writeWhole(path.join(workspace, 'cxspec.yaml'), 'thresholds:\n  closed-loop-max-hours: 1\n');
    await untilProblem('slow-closed-loop findings under the stricter threshold', (list) => list.some((row) => row.includes('slow-closed-loop')));
    await shot('9-config-changed');
    fs.unlinkSync(path.join(workspace, 'cxspec.yaml'));
    await untilProblem('the findings to go with the configuration', (list) => !list.some((row) => row.includes('slow-closed-loop')));
  });

  const settingsFile = path.join(workspace, '.vscode', 'settings.json');
  const setSetting = (key, value) => {
    fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
    const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
    settings[key] = value;
    writeWhole(settingsFile, JSON.stringify(settings, null, 2));
  };
  const extra = path.join(workspace, 'extra.cxspec');
  const hasExtraFinding = (list) => list.some((row) => row.includes('Nowhere'));

  await step('a cxspec.java.home that points nowhere stops the server and is reported by name', async () => {
    writeWhole(extra, 'journey Extra "A journey for nobody yet" for Nowhere {\n}\n');
    await untilProblem('a finding in a new file', hasExtraFinding);
    setSetting('cxspec.java.home', '/nowhere/jdk');
    const toast = await until('the error notification', async () => {
      const shown = await visibleText('.notifications-toasts');
      return shown.includes('cxspec.java.home') ? shown : false;
    }, 30000);
    await shot('10-java-home-wrong');
    check(toast.includes('/nowhere/jdk/bin/java does not exist'), `the message does not say what is wrong: ${toast}`);
    check(toast.includes('Open Settings'), `the message offers no way to the settings: ${toast}`);
    await untilProblem('the stopped server\'s findings to go', (list) => !hasExtraFinding(list));
  });

  await step('cxspec.java.home set to a Java 17+: the server starts again and checks the files', async () => {
    check(javaHome, 'CXSPEC_JAVA_HOME is not set');
    setSetting('cxspec.java.home', javaHome);
    try {
      await untilProblem('a finding from the restarted server', hasExtraFinding);
      await shot('11-java-home-right');
    } finally {
      fs.unlinkSync(extra);
    }
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
