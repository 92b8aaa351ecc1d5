// Drives the VS Code workbench in the browser the way a person does, by keyboard: commands from
// the palette, files from quick open, the cursor by "Go to line", hover, and reads what is on
// screen (the Problems panel, hovers, menus). Used by e2e.test.js; attach() first.
'use strict';
const path = require('path');

const WAIT_MS = 90000; // the first answer includes starting the JVM and loading the spec
let page;
let screenshots;

function attach(browserPage, screenshotFolder) {
  page = browserPage;
  screenshots = screenshotFolder;
}

async function until(what, condition, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await condition();
    if (last) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
}

async function shot(name) {
  if (!screenshots) return;
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

async function chord(...keys) {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await page.keyboard.down(key);
  await page.keyboard.press(keys[keys.length - 1]);
  for (const key of modifiers.reverse()) await page.keyboard.up(key);
}

async function quickInput(prefixKeys, text) {
  await chord(...prefixKeys);
  await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { visible: true });
  await page.keyboard.type(text);
  // The list filters as one types: wait until its first row matches before accepting it.
  await until(`"${text}" in the quick input`, () =>
    page.evaluate((wanted) => {
      const row = document.querySelector('.quick-input-widget .monaco-list-row');
      return row !== null && row.textContent.toLowerCase().includes(wanted.toLowerCase().replace(/^>/, '').split(':')[0]);
    }, text), 15000);
  await page.keyboard.press('Enter');
}

const runCommand = (title) => quickInput(['F1'], title);

async function openFile(name) {
  await quickInput(['Control', 'KeyP'], name);
  await until(`${name} open in an editor`, () =>
    page.evaluate((file) => {
      const tab = document.querySelector('.tab.active');
      return tab !== null && tab.textContent.includes(file) && document.activeElement.closest('.monaco-editor') !== null;
    }, name), 20000);
}

async function goTo(line, column) {
  await chord('Control', 'KeyG');
  await page.waitForSelector('.quick-input-widget input', { visible: true });
  await page.keyboard.type(`${line}:${column}`);
  // On a loaded machine an Enter can come before the widget has read the text: if the widget is
  // still open 2 s after an Enter, press it again (never sooner, so no Enter reaches the text).
  await page.keyboard.press('Enter');
  let pressed = Date.now();
  await until(`the cursor at ${line}:${column}`, async () => {
    const stillOpen = await page.evaluate(() => {
      const widget = document.querySelector('.quick-input-widget');
      return widget !== null && widget.style.display !== 'none' && widget.getClientRects().length > 0;
    });
    if (stillOpen && Date.now() - pressed > 2000) {
      await page.keyboard.press('Enter');
      pressed = Date.now();
    }
    return page.evaluate((wanted) => {
      const status = document.getElementById('status.editor.selection');
      return document.activeElement.closest('.monaco-editor') !== null && (status === null || status.textContent.includes(wanted));
    }, `Ln ${line}, Col ${column}`);
  }, 15000);
}

/** Texts of the rows of the Problems panel: message, `cxspec(rule-id)` and position of each finding. */
async function problems() {
  return page.evaluate(() =>
    [...document.querySelectorAll('.markers-panel .monaco-list-row')].map((row) => row.textContent.replace(/\u00a0/g, ' ')));
}

async function untilProblem(what, predicate) {
  let rows = [];
  try {
    return await until(what, async () => {
      rows = await problems();
      return predicate(rows) ? rows : false;
    });
  } catch (error) {
    throw new Error(`${error.message}; the Problems view shows: ${rows.length === 0 ? 'nothing' : rows.join(' | ')}`);
  }
}

async function visibleText(selector) {
  return page.evaluate((css) =>
    [...document.querySelectorAll(css)].filter((element) => element.getClientRects().length > 0)
      .map((element) => element.innerText.replace(/\u00a0/g, ' ')).join('\n'), selector);
}

async function hoverAt(line, column, what, expected) {
  await goTo(line, column);
  await chord('Control', 'KeyK');
  await chord('Control', 'KeyI');
  let shown = '';
  try {
    return await until(what, async () => {
      shown = await visibleText('.monaco-hover');
      return expected.every((text) => shown.includes(text)) ? shown : false;
    }, 30000);
  } catch (error) {
    throw new Error(`${error.message}; the hover shows: ${shown.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
}

/** Back to the file as saved, so that a failed step leaves nothing behind for the next. */
async function revert() {
  await page.keyboard.press('Escape');
  await runCommand('>File: Revert File');
  await until('the editor back to its saved text', () => page.evaluate(() => !document.querySelector('.tab.active.dirty')), 15000);
}

module.exports = { WAIT_MS, attach, until, shot, chord, runCommand, openFile, goTo, problems, untilProblem, visibleText, hoverAt, revert };
