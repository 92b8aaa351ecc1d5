// The files of the spec folder as the page holds them: opening, editing, saving over the version
// they were read at, changes on disk, clashes (both versions kept), new, rename and delete.
import { toPosition } from './lsp.js';
import { newState } from './editor.js';
import { S, $, uriOf, textOf, isDirty, say, api, query, t } from './state.js';
import { showDiagnostics, scheduleRefresh } from './language.js';

// ---- editing ----
export function changed(path, before, after, transactionChanges) {
  const doc = S.docs.get(path);
  doc.version++;
  const contentChanges = [];
  if (transactionChanges) {
    transactionChanges.iterChanges((fromA, toA, fromB, toB, inserted) => {
      contentChanges.push({ range: { start: toPosition(before, fromA), end: toPosition(before, toA) }, text: inserted.toString() });
    });
    contentChanges.reverse(); // later changes first: each range is still valid in the text it applies to
  } else contentChanges.push({ text: after.toString() });
  S.lsp.notify('textDocument/didChange', { textDocument: { uri: uriOf(path), version: doc.version }, contentChanges });
  if (path.endsWith('.cxspec')) S.unchecked.set(path, doc.version); // the server checks only specs
  S.lastChange = performance.now();
  // The outline and highlighting wait for a pause in typing: a keystroke puts them off until the
  // diagnostics of its text are in (they schedule them again), so they never run beside its build.
  if (path === S.current) clearTimeout(S.refreshTimer);
  markFiles();
  schedulePreview();
  scheduleBackup(path);
}

export function onEditorChange(update) {
  S.docs.get(S.current).state = update.state;
  changed(S.current, update.startState.doc, update.state.doc, update.changes);
}

// Unsaved text also lives in the browser's storage until saved, with the version it was based
// on: after a crash, a killed studio or a closed tab, opening the file brings it back.
const backupKey = (path) => `cxspec-studio:${S.info.rootUri}:${path}`;
export function backup(path) {
  try {
    if (isDirty(path)) localStorage.setItem(backupKey(path), JSON.stringify({ base: S.docs.get(path).base, text: textOf(path) }));
    else localStorage.removeItem(backupKey(path));
  } catch (full) { /* storage full or disabled: the editor still holds the text */ }
}

// Copying a large file into storage takes the page tens of milliseconds: done when typing pauses,
// and at once when the page is hidden or closed.
const pendingBackups = new Set();
export function scheduleBackup(path) {
  pendingBackups.add(path);
  clearTimeout(S.backupTimer);
  S.backupTimer = setTimeout(flushBackups, 300);
}

export function flushBackups() {
  clearTimeout(S.backupTimer);
  for (const path of pendingBackups) if (S.docs.has(path)) backup(path);
  pendingBackups.clear();
}
window.addEventListener('pagehide', flushBackups);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushBackups(); });

export function restoredBackup(path) {
  try { return JSON.parse(localStorage.getItem(backupKey(path)) ?? 'null'); } catch (unreadable) { return null; }
}

export async function openDoc(path) {
  const { status, answer } = await api('GET', '/api/file?' + query({ path }));
  if (status !== 200) { say(answer, true); return false; }
  // Unsaved edits from an earlier session come back as unsaved edits. Based on an older version of
  // the file, they keep that base: saving then shows the clash instead of overwriting.
  const earlier = restoredBackup(path);
  const text = earlier && earlier.text !== answer.text ? earlier.text : answer.text;
  const base = earlier && earlier.text !== answer.text ? earlier.base : answer.version;
  const savedText = base === answer.version ? answer.text : null;
  S.docs.set(path, { state: newState(text, S.extensions), base, savedText, version: 1, diagnostics: [] });
  S.diskVersions.set(path, answer.version);
  if (text !== answer.text) say(t('status.restored', path));
  S.lsp.notify('textDocument/didOpen', { textDocument: { uri: uriOf(path), languageId: 'cxspec', version: 1, text } });
  return true;
}

export async function show(path) {
  if (!S.docs.has(path) && !(await openDoc(path))) return;
  S.current = path;
  S.view.setState(S.docs.get(path).state);
  showDiagnostics();
  markFiles();
  scheduleRefresh(0);
  location.hash = encodeURIComponent(path);
}

// ---- S.preview ----
// The preview re-reads the whole spec on the server, as the language server does for the
// diagnostics. It starts once the diagnostics of the newest text are in (or PREVIEW_WAIT ms after
// the debounce if they are not), so that the two do not compete for the processor: the squiggles
// come first, and the preview is not slowed down either.
const PREVIEW_WAIT = 300;
export function schedulePreview(delay = 120) {
  clearTimeout(S.previewTimer);
  clearTimeout(S.previewDeadline);
  S.previewDue = false;
  S.previewTimer = setTimeout(() => { S.previewDue = true; previewIfChecked(); }, delay);
  S.previewDeadline = setTimeout(startPreview, delay + PREVIEW_WAIT);
}

export function previewIfChecked() {
  if (S.previewDue && S.unchecked.size === 0) startPreview();
}

function startPreview() {
  clearTimeout(S.previewTimer);
  clearTimeout(S.previewDeadline);
  S.previewDue = false;
  const unsaved = {};
  for (const path of S.docs.keys()) if (isDirty(path)) unsaved[path] = textOf(path);
  S.preview.refresh(unsaved);
}

// ---- files, saving, changes on disk ----
export async function listFiles() {
  const { status, answer } = await api('GET', '/api/files');
  if (status !== 200) throw new Error(answer);
  return answer;
}

// Called on every keystroke: the list is rebuilt only when a name, a dirty mark or the current
// file changed, since replacing it makes the browser lay out the side bar (and a long outline) again.
export function markFiles() {
  const files = [...new Set([...S.diskVersions.keys(), ...S.docs.keys()])].sort()
    .map((path) => ({ path, dirty: isDirty(path), current: path === S.current }));
  const title = (files.some((file) => file.dirty) ? '● ' : '') + 'cxspec studio: ' + S.info.name;
  const shown = JSON.stringify(files);
  if (shown !== S.filesShown) {
    S.filesShown = shown;
    $('files').replaceChildren(...files.map(({ path, dirty, current }) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.textContent = path + (dirty ? ' ●' : '');
      button.className = 'file' + (current ? ' current' : '');
      button.dataset.path = path;
      button.addEventListener('click', () => show(path));
      item.append(button);
      return item;
    }));
  }
  if (document.title !== title) document.title = title;
}

export async function save(path, base = S.docs.get(path).base) {
  const text = textOf(path);
  const { status, answer } = await api('PUT', '/api/file?' + query({ path, base }), text);
  if (status === 200) {
    const doc = S.docs.get(path);
    doc.base = answer.version;
    doc.savedText = text;
    S.diskVersions.set(path, answer.version);
    S.lsp.notify('textDocument/didSave', { textDocument: { uri: uriOf(path) } });
    backup(path);
    markFiles();
    if (S.conflict?.path === path) closeConflict();
    say(t('status.saved', path));
    return true;
  }
  if (status === 409) { showConflict(path, answer.version, answer.text); return false; }
  say(typeof answer === 'string' ? answer : t('status.cannotSave', path), true);
  return false;
}

export async function saveAll() {
  for (const path of [...S.docs.keys()]) if (isDirty(path)) await save(path);
  return true;
}

// Where two versions differ: the lines between their common beginning and common end.
export function differingLines(mine, theirs) {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start: start + 1, mine: a.slice(start, a.length - end), theirs: b.slice(start, b.length - end) };
}

export function showConflict(path, version, text) {
  S.conflict = { path, version, text };
  $('conflict-file').textContent = path;
  if (text === null || text === undefined) {
    $('conflict-diff').textContent = '';
    $('conflict-theirs').textContent = t('conflict.deleted');
  } else {
    const diff = differingLines(textOf(path), text);
    const range = (lines) => lines.length > 1 ? t('conflict.lines', diff.start, diff.start + lines.length - 1)
      : lines.length ? t('conflict.line', diff.start) : t('conflict.nothingAt', diff.start);
    $('conflict-diff').textContent = `${t('conflict.onDisk', range(diff.theirs))}\n${diff.theirs.join('\n')}\n\n${t('conflict.yours', range(diff.mine))}\n${diff.mine.join('\n')}`;
    $('conflict-theirs').textContent = text;
  }
  $('conflict-title').textContent = t('conflict.where');
  $('keep-mine').hidden = false;
  $('take-theirs').hidden = false;
  $('conflict').hidden = false;
  say(t('status.changedWhileEditing', path), true);
}

export function closeConflict() {
  S.conflict = null;
  $('conflict').hidden = true;
}

export async function keepMine() {
  if (!S.conflict) return;
  await save(S.conflict.path, S.conflict.version ?? '');
}

export async function takeTheirs() {
  if (!S.conflict) return;
  const { path, version, text } = S.conflict;
  const mine = textOf(path);
  try { localStorage.setItem(backupKey(path) + ':discarded', mine); } catch (full) { /* shown below anyway */ }
  const doc = S.docs.get(path);
  doc.base = version;
  doc.savedText = text ?? '';
  replaceText(path, text ?? '');
  $('conflict-diff').textContent = mine;
  $('conflict-theirs').textContent = '';
  $('conflict-title').textContent = t('conflict.took');
  $('keep-mine').hidden = true;
  $('take-theirs').hidden = true;
  S.conflict = null;
}

export function replaceText(path, text) {
  const doc = S.docs.get(path);
  const spec = { changes: { from: 0, to: doc.state.doc.length, insert: text } };
  if (path === S.current) S.view.dispatch(spec);
  else {
    const before = doc.state;
    doc.state = before.update(spec).state;
    changed(path, before.doc, doc.state.doc, null);
  }
}

// Polled every second: what `git pull` or another editor changed shows up here.
export async function pollDisk() {
  let listed;
  try { listed = await listFiles(); } catch (stopped) { return; }
  const now = new Map(listed.map((file) => [file.path, file.version]));
  const watched = [];
  for (const [path, version] of now) {
    if (S.diskVersions.get(path) === version) continue;
    watched.push({ uri: uriOf(path), type: S.diskVersions.has(path) ? 2 : 1 });
    const doc = S.docs.get(path);
    if (doc && doc.base !== version) await diskChanged(path, version);
  }
  for (const path of S.diskVersions.keys()) {
    if (now.has(path)) continue;
    watched.push({ uri: uriOf(path), type: 3 });
    if (S.docs.has(path) && S.docs.get(path).base) showConflict(path, '', null);
  }
  S.diskVersions = now;
  if (watched.length) {
    S.lsp.notify('workspace/didChangeWatchedFiles', { changes: watched });
    markFiles();
    schedulePreview(0);
  }
}

export async function diskChanged(path, version) {
  const { status, answer } = await api('GET', '/api/file?' + query({ path }));
  if (status !== 200) return;
  if (isDirty(path)) { showConflict(path, answer.version, answer.text); return; }
  const doc = S.docs.get(path);
  doc.base = answer.version;
  doc.savedText = answer.text;
  replaceText(path, answer.text);
  say(t('status.changedOnDisk', path));
}

export async function newFile() {
  let name = prompt(t('ask.newFile'), t('ask.newFile.default'));
  if (!name) return;
  if (!name.endsWith('.cxspec') && name !== 'cxspec.yaml') name += '.cxspec';
  const { status, answer } = await api('PUT', '/api/file?' + query({ path: name, base: '' }), '');
  if (status !== 200) { say(status === 409 ? t('status.exists', name) : answer.text ?? answer, true); return; }
  S.diskVersions.set(name, answer.version);
  await show(name);
}

export async function renameFile() {
  const from = S.current;
  const to = prompt(t('ask.renameFile', from), from);
  if (!to || to === from) return;
  if (isDirty(from)) { say(t('status.saveBeforeRename'), true); return; }
  const { status, answer } = await api('POST', '/api/rename?' + query({ path: from, to }));
  if (status !== 200) { say(answer, true); return; }
  S.lsp.notify('textDocument/didClose', { textDocument: { uri: uriOf(from) } });
  S.docs.delete(from);
  S.unchecked.delete(from);
  S.diskVersions.delete(from);
  await show(to);
  await pollDisk();
}

export async function deleteFile() {
  const path = S.current;
  if (!confirm(t(isDirty(path) ? 'ask.deleteFile.unsaved' : 'ask.deleteFile', path))) return;
  const { status, answer } = await api('DELETE', '/api/file?' + query({ path, base: S.docs.get(path).base }));
  if (status !== 200) { say(answer, true); return; }
  S.lsp.notify('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  S.docs.delete(path);
  S.unchecked.delete(path);
  S.diskVersions.delete(path);
  try { localStorage.removeItem(backupKey(path)); } catch (e) { /* nothing kept */ }
  const next = [...S.diskVersions.keys()][0];
  if (next) await show(next); else { S.current = null; markFiles(); }
  await pollDisk();
}

