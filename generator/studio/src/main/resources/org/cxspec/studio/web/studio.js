// cxspec studio: files of the spec folder on the left, the editor (talking to the cxspec language
// server) in the middle, the generated documents on the right. Nothing typed is lost: saves state
// the version they replace, disk changes are polled, and a clash keeps both versions in view.
import { LspConnection, toOffset, toPosition, applyEditsToText } from './lsp.js';
import { cxspecLanguage, editorExtensions, newState, EditorView, setSemantic, semanticDecorations } from './editor.js';
import { PreviewPane } from './preview.js';
import { setDiagnostics, openLintPanel } from '@codemirror/lint';

const $ = (id) => document.getElementById(id);
const docs = new Map();        // path -> { state, base, savedText, version, diagnostics }
let info;
let lsp;
let legend = [];
let current = null;            // path in the editor
let view;
let extensions;
let diskVersions = new Map();  // path -> version last seen on disk
let lastChange = 0;
let previewTimer;
let refreshTimer;
let conflict = null;           // { path, version, text } while a clash is shown
const stats = { diagnosticsMs: [], previewMs: [] };
window.cxspecStudio = { stats, docs, get current() { return current; }, get view() { return view; } };

const uriOf = (path) => info.rootUri + path.split('/').map(encodeURIComponent).join('/');
const pathOf = (uri) => uri.startsWith(info.rootUri) ? uri.slice(info.rootUri.length).split('/').map(decodeURIComponent).join('/') : null;
const textOf = (path) => docs.get(path).state.doc.toString();
const isDirty = (path) => docs.has(path) && textOf(path) !== docs.get(path).savedText;

function say(message, problem = false) {
  $('status').textContent = message;
  $('status').className = problem ? 'problem' : '';
}

async function api(method, url, body) {
  const response = await fetch(url, { method, body, headers: body === undefined ? {} : { 'Content-Type': 'text/plain; charset=utf-8' } });
  const type = response.headers.get('Content-Type') || '';
  const answer = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, answer };
}
const query = (params) => new URLSearchParams(params).toString();

// ---- language server ----
async function connect() {
  lsp = new LspConnection(`ws://${location.host}/lsp`);
  await lsp.open();
  lsp.onClose(() => say('The studio stopped: start `cxspec studio` again and reload this page. Unsaved edits are still here.', true));
  lsp.onNotification('textDocument/publishDiagnostics', diagnosticsArrived);
  lsp.onNotification('window/showMessage', (params) => say(params.message, params.type === 1));
  lsp.onRequest('workspace/applyEdit', async (params) => ({ applied: await applyWorkspaceEdit(params.edit) }));
  lsp.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  const result = await lsp.request('initialize', {
    processId: null, rootUri: info.rootUri, workspaceFolders: [{ uri: info.rootUri, name: info.name }],
    capabilities: {
      workspace: { applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: false }, configuration: true },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: false, versionSupport: true },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['plaintext', 'markdown'] } },
        hover: { contentFormat: ['plaintext', 'markdown'] },
        definition: {}, rename: { prepareSupport: false }, formatting: {},
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
        semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      },
    },
  });
  legend = result.capabilities.semanticTokensProvider?.legend?.tokenTypes ?? [];
  lsp.notify('initialized', {});
}

function diagnosticsArrived({ uri, diagnostics }) {
  const path = pathOf(uri);
  if (!path || !docs.has(path)) return;
  docs.get(path).diagnostics = diagnostics;
  if (path === current) {
    if (lastChange) stats.diagnosticsMs.push(performance.now() - lastChange);
    showDiagnostics();
    scheduleRefresh();
  }
}

function showDiagnostics(withFixes) {
  const doc = view.state.doc;
  const diagnostics = docs.get(current).diagnostics ?? [];
  const path = current;
  view.dispatch(setDiagnostics(view.state, diagnostics.map((diagnostic, index) => ({
    from: toOffset(doc, diagnostic.range.start),
    to: Math.max(toOffset(doc, diagnostic.range.end), toOffset(doc, diagnostic.range.start)),
    severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
    message: diagnostic.message + (diagnostic.code ? ` [${diagnostic.code}]` : ''),
    actions: (withFixes?.[index] ?? []).map((fix) => ({ name: fix.title, apply: () => runCodeAction(fix) })),
  }))));
  if (!withFixes && diagnostics.length) fetchFixes(path, diagnostics);
}

// Quick fixes come with the diagnostics they fix; asked for once per publication, at most 100.
async function fetchFixes(path, diagnostics) {
  const uri = uriOf(path);
  const fixes = await Promise.all(diagnostics.slice(0, 100).map((diagnostic) => lsp.request('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: undefined },
  }).catch(() => [])));
  if (current === path && docs.get(path).diagnostics === diagnostics) showDiagnostics(fixes.map((list) => list ?? []));
}

async function runCodeAction(action) {
  if (action.edit) await applyWorkspaceEdit(action.edit);
  const command = action.command && typeof action.command === 'object' ? action.command : action.command ? action : null;
  if (command && command.command) await lsp.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
}

async function applyWorkspaceEdit(edit) {
  const changes = [];
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, edits });
  for (const change of edit.documentChanges ?? []) if (change.textDocument) changes.push({ uri: change.textDocument.uri, edits: change.edits });
  for (const { uri, edits } of changes) {
    const path = pathOf(uri);
    if (!path) return false;
    if (!docs.has(path)) await openDoc(path);
    applyEdits(path, edits);
  }
  return true;
}

function applyEdits(path, edits) {
  const doc = docs.get(path).state.doc;
  const spec = { changes: edits.map((edit) => ({ from: toOffset(doc, edit.range.start), to: toOffset(doc, edit.range.end), insert: edit.newText })) };
  if (path === current) view.dispatch(spec);
  else {
    const before = docs.get(path).state;
    docs.get(path).state = before.update(spec).state;
    changed(path, before.doc, docs.get(path).state.doc, null);
  }
}

// ---- editing ----
function changed(path, before, after, transactionChanges) {
  const doc = docs.get(path);
  doc.version++;
  const contentChanges = [];
  if (transactionChanges) {
    transactionChanges.iterChanges((fromA, toA, fromB, toB, inserted) => {
      contentChanges.push({ range: { start: toPosition(before, fromA), end: toPosition(before, toA) }, text: inserted.toString() });
    });
    contentChanges.reverse(); // later changes first: each range is still valid in the text it applies to
  } else contentChanges.push({ text: after.toString() });
  lsp.notify('textDocument/didChange', { textDocument: { uri: uriOf(path), version: doc.version }, contentChanges });
  lastChange = performance.now();
  markFiles();
  schedulePreview();
  backup(path);
}

function onEditorChange(update) {
  docs.get(current).state = update.state;
  changed(current, update.startState.doc, update.state.doc, update.changes);
}

// Unsaved text also lives in the browser's storage until saved, with the version it was based
// on: after a crash, a killed studio or a closed tab, opening the file brings it back.
const backupKey = (path) => `cxspec-studio:${info.rootUri}:${path}`;
function backup(path) {
  try {
    if (isDirty(path)) localStorage.setItem(backupKey(path), JSON.stringify({ base: docs.get(path).base, text: textOf(path) }));
    else localStorage.removeItem(backupKey(path));
  } catch (full) { /* storage full or disabled: the editor still holds the text */ }
}

function restoredBackup(path) {
  try { return JSON.parse(localStorage.getItem(backupKey(path)) ?? 'null'); } catch (unreadable) { return null; }
}

async function openDoc(path) {
  const { status, answer } = await api('GET', '/api/file?' + query({ path }));
  if (status !== 200) { say(answer, true); return false; }
  // Unsaved edits from an earlier session come back as unsaved edits. Based on an older version of
  // the file, they keep that base: saving then shows the clash instead of overwriting.
  const earlier = restoredBackup(path);
  const text = earlier && earlier.text !== answer.text ? earlier.text : answer.text;
  const base = earlier && earlier.text !== answer.text ? earlier.base : answer.version;
  const savedText = base === answer.version ? answer.text : null;
  docs.set(path, { state: newState(text, extensions), base, savedText, version: 1, diagnostics: [] });
  diskVersions.set(path, answer.version);
  if (text !== answer.text) say(`${path}: your unsaved edits from before are back; save to keep them.`);
  lsp.notify('textDocument/didOpen', { textDocument: { uri: uriOf(path), languageId: 'cxspec', version: 1, text } });
  return true;
}

async function show(path) {
  if (!docs.has(path) && !(await openDoc(path))) return;
  current = path;
  view.setState(docs.get(path).state);
  showDiagnostics();
  markFiles();
  scheduleRefresh(0);
  location.hash = encodeURIComponent(path);
}

async function reveal({ file, line, column }) {
  if (file !== current) await show(file);
  const doc = view.state.doc;
  const at = doc.line(Math.min(line, doc.lines)).from + Math.max(0, (column || 1) - 1);
  view.dispatch({ selection: { anchor: Math.min(at, doc.length) }, effects: EditorView.scrollIntoView(Math.min(at, doc.length), { y: 'center' }) });
  view.focus();
}

async function goToLocation(location) {
  const uri = location.targetUri ?? location.uri;
  const range = location.targetSelectionRange ?? location.range;
  const path = pathOf(uri);
  if (path) await reveal({ file: path, line: range.start.line + 1, column: range.start.character + 1 });
}

async function goToDefinition(at = view.state.selection.main.head) {
  const result = await lsp.request('textDocument/definition', { textDocument: { uri: uriOf(current) }, position: toPosition(view.state.doc, at) });
  const first = Array.isArray(result) ? result[0] : result;
  if (first) await goToLocation(first);
  return true;
}

async function rename() {
  const at = view.state.selection.main.head;
  const word = view.state.wordAt(at);
  const name = prompt('Rename to:', word ? view.state.sliceDoc(word.from, word.to) : '');
  if (!name) return true;
  try {
    const edit = await lsp.request('textDocument/rename', { textDocument: { uri: uriOf(current) }, position: toPosition(view.state.doc, at), newName: name });
    if (edit) await applyWorkspaceEdit(edit);
    say('Renamed; the changed files are unsaved until you save.');
  } catch (error) { say(error.message, true); }
  return true;
}

async function format() {
  const edits = await lsp.request('textDocument/formatting', { textDocument: { uri: uriOf(current) }, options: { tabSize: 4, insertSpaces: true } });
  if (edits && edits.length) applyEdits(current, edits);
  return true;
}

async function complete(context) {
  const word = context.matchBefore(/\^?[\w]*/);
  if (!context.explicit && word.from === word.to) return null;
  const path = current;
  const result = await lsp.request('textDocument/completion', { textDocument: { uri: uriOf(path) }, position: toPosition(context.state.doc, context.pos) });
  const items = Array.isArray(result) ? result : result?.items ?? [];
  if (context.aborted || path !== current) return null;
  return {
    from: word.from,
    options: items.map((item) => ({
      label: item.label, detail: item.detail,
      info: typeof item.documentation === 'string' ? item.documentation : item.documentation?.value,
      apply: item.textEdit?.newText ?? item.insertText ?? item.label,
      type: item.kind === 14 ? 'keyword' : 'variable',
    })),
    validFor: /^\^?\w*$/,
  };
}

async function hover(editor, pos) {
  const result = await lsp.request('textDocument/hover', { textDocument: { uri: uriOf(current) }, position: toPosition(editor.state.doc, pos) });
  const contents = result?.contents;
  if (!contents) return null;
  const text = typeof contents === 'string' ? contents : Array.isArray(contents) ? contents.map((part) => part.value ?? part).join('\n\n') : contents.value;
  if (!text) return null;
  return {
    pos, above: true,
    create() {
      const dom = document.createElement('div');
      dom.className = 'cx-hover';
      // Plain text (markdown markers stripped): spec text is never interpreted as HTML.
      for (const paragraph of text.split(/\n{2,}/)) {
        const p = document.createElement('p');
        p.textContent = paragraph.replace(/[*_`]/g, '');
        dom.append(p);
      }
      return { dom };
    },
  };
}

function onEditorClick(event, editor) {
  if (!(event.ctrlKey || event.metaKey)) return false;
  const at = editor.posAtCoords({ x: event.clientX, y: event.clientY });
  if (at === null) return false;
  goToDefinition(at);
  return true;
}

// ---- outline and semantic highlighting, refreshed after the server has rebuilt ----
function scheduleRefresh(delay = 250) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshOutline, delay);
}

async function refreshOutline() {
  const path = current;
  const uri = uriOf(path);
  const [symbols, tokens] = await Promise.all([
    lsp.request('textDocument/documentSymbol', { textDocument: { uri } }).catch(() => []),
    legend.length ? lsp.request('textDocument/semanticTokens/full', { textDocument: { uri } }).catch(() => null) : null,
  ]);
  if (path !== current) return;
  $('outline').replaceChildren(...(symbols ?? []).map(symbolItem));
  if (tokens?.data) view.dispatch({ effects: setSemantic.of(semanticDecorations(view.state.doc, tokens.data, legend)) });
}

function symbolItem(symbol) {
  const item = document.createElement('li');
  const link = document.createElement('button');
  link.className = 'symbol';
  link.textContent = symbol.name;
  if (symbol.detail) link.title = symbol.detail;
  const range = symbol.selectionRange ?? symbol.range ?? symbol.location?.range;
  link.addEventListener('click', () => reveal({ file: current, line: range.start.line + 1, column: range.start.character + 1 }));
  item.append(link);
  if (symbol.children?.length) {
    const list = document.createElement('ul');
    list.append(...symbol.children.map(symbolItem));
    item.append(list);
  }
  return item;
}

// ---- preview ----
let preview;
function schedulePreview(delay = 120) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    const unsaved = {};
    for (const path of docs.keys()) if (isDirty(path)) unsaved[path] = textOf(path);
    preview.refresh(unsaved);
  }, delay);
}

// ---- files, saving, changes on disk ----
async function listFiles() {
  const { status, answer } = await api('GET', '/api/files');
  if (status !== 200) throw new Error(answer);
  return answer;
}

function markFiles() {
  const list = $('files');
  list.replaceChildren(...[...new Set([...diskVersions.keys(), ...docs.keys()])].sort().map((path) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.textContent = path + (isDirty(path) ? ' ●' : '');
    button.className = 'file' + (path === current ? ' current' : '');
    button.dataset.path = path;
    button.addEventListener('click', () => show(path));
    item.append(button);
    return item;
  }));
  document.title = ([...docs.keys()].some(isDirty) ? '● ' : '') + 'cxspec studio: ' + info.name;
}

async function save(path, base = docs.get(path).base) {
  const text = textOf(path);
  const { status, answer } = await api('PUT', '/api/file?' + query({ path, base }), text);
  if (status === 200) {
    const doc = docs.get(path);
    doc.base = answer.version;
    doc.savedText = text;
    diskVersions.set(path, answer.version);
    lsp.notify('textDocument/didSave', { textDocument: { uri: uriOf(path) } });
    backup(path);
    markFiles();
    if (conflict?.path === path) closeConflict();
    say(`Saved ${path}.`);
    return true;
  }
  if (status === 409) { showConflict(path, answer.version, answer.text); return false; }
  say(typeof answer === 'string' ? answer : `Could not save ${path}.`, true);
  return false;
}

async function saveAll() {
  for (const path of [...docs.keys()]) if (isDirty(path)) await save(path);
  return true;
}

// Where two versions differ: the lines between their common beginning and common end.
function differingLines(mine, theirs) {
  const a = mine.split('\n');
  const b = theirs.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { start: start + 1, mine: a.slice(start, a.length - end), theirs: b.slice(start, b.length - end) };
}

function showConflict(path, version, text) {
  conflict = { path, version, text };
  $('conflict-file').textContent = path;
  if (text === null || text === undefined) {
    $('conflict-diff').textContent = '';
    $('conflict-theirs').textContent = '(the file was deleted on disk)';
  } else {
    const diff = differingLines(textOf(path), text);
    const range = (lines) => lines.length ? `line ${diff.start}${lines.length > 1 ? '–' + (diff.start + lines.length - 1) : ''}` : `nothing at line ${diff.start}`;
    $('conflict-diff').textContent = `On disk, ${range(diff.theirs)}:\n${diff.theirs.join('\n')}\n\nYours, ${range(diff.mine)}:\n${diff.mine.join('\n')}`;
    $('conflict-theirs').textContent = text;
  }
  $('conflict-title').textContent = 'Your version stays in the editor. Where the two differ:';
  $('keep-mine').hidden = false;
  $('take-theirs').hidden = false;
  $('conflict').hidden = false;
  say(`${path} changed on disk while you were editing it: both versions are kept below.`, true);
}

function closeConflict() {
  conflict = null;
  $('conflict').hidden = true;
}

async function keepMine() {
  if (!conflict) return;
  await save(conflict.path, conflict.version ?? '');
}

async function takeTheirs() {
  if (!conflict) return;
  const { path, version, text } = conflict;
  const mine = textOf(path);
  try { localStorage.setItem(backupKey(path) + ':discarded', mine); } catch (full) { /* shown below anyway */ }
  const doc = docs.get(path);
  doc.base = version;
  doc.savedText = text ?? '';
  replaceText(path, text ?? '');
  $('conflict-diff').textContent = mine;
  $('conflict-theirs').textContent = '';
  $('conflict-title').textContent = 'You took the version on disk. Your discarded version, for copying:';
  $('keep-mine').hidden = true;
  $('take-theirs').hidden = true;
  conflict = null;
}

function replaceText(path, text) {
  const doc = docs.get(path);
  const spec = { changes: { from: 0, to: doc.state.doc.length, insert: text } };
  if (path === current) view.dispatch(spec);
  else {
    const before = doc.state;
    doc.state = before.update(spec).state;
    changed(path, before.doc, doc.state.doc, null);
  }
}

// Polled every second: what `git pull` or another editor changed shows up here.
async function pollDisk() {
  let listed;
  try { listed = await listFiles(); } catch (stopped) { return; }
  const now = new Map(listed.map((file) => [file.path, file.version]));
  const watched = [];
  for (const [path, version] of now) {
    if (diskVersions.get(path) === version) continue;
    watched.push({ uri: uriOf(path), type: diskVersions.has(path) ? 2 : 1 });
    const doc = docs.get(path);
    if (doc && doc.base !== version) await diskChanged(path, version);
  }
  for (const path of diskVersions.keys()) {
    if (now.has(path)) continue;
    watched.push({ uri: uriOf(path), type: 3 });
    if (docs.has(path) && docs.get(path).base) showConflict(path, '', null);
  }
  diskVersions = now;
  if (watched.length) {
    lsp.notify('workspace/didChangeWatchedFiles', { changes: watched });
    markFiles();
    schedulePreview(0);
  }
}

async function diskChanged(path, version) {
  const { status, answer } = await api('GET', '/api/file?' + query({ path }));
  if (status !== 200) return;
  if (isDirty(path)) { showConflict(path, answer.version, answer.text); return; }
  const doc = docs.get(path);
  doc.base = answer.version;
  doc.savedText = answer.text;
  replaceText(path, answer.text);
  say(`${path} changed on disk; the editor shows the new version.`);
}

async function newFile() {
  let name = prompt('Name of the new file (in the spec folder):', 'new.cxspec');
  if (!name) return;
  if (!name.endsWith('.cxspec') && name !== 'cxspec.yaml') name += '.cxspec';
  const { status, answer } = await api('PUT', '/api/file?' + query({ path: name, base: '' }), '');
  if (status !== 200) { say(status === 409 ? `${name} exists already.` : answer.text ?? answer, true); return; }
  diskVersions.set(name, answer.version);
  await show(name);
}

async function renameFile() {
  const from = current;
  const to = prompt(`Rename ${from} to:`, from);
  if (!to || to === from) return;
  if (isDirty(from)) { say('Save your changes before renaming the file.', true); return; }
  const { status, answer } = await api('POST', '/api/rename?' + query({ path: from, to }));
  if (status !== 200) { say(answer, true); return; }
  lsp.notify('textDocument/didClose', { textDocument: { uri: uriOf(from) } });
  docs.delete(from);
  diskVersions.delete(from);
  await show(to);
  await pollDisk();
}

async function deleteFile() {
  const path = current;
  if (!confirm(`Delete ${path} from the spec folder?${isDirty(path) ? ' Your unsaved changes to it are lost.' : ''}`)) return;
  const { status, answer } = await api('DELETE', '/api/file?' + query({ path, base: docs.get(path).base }));
  if (status !== 200) { say(answer, true); return; }
  lsp.notify('textDocument/didClose', { textDocument: { uri: uriOf(path) } });
  docs.delete(path);
  diskVersions.delete(path);
  try { localStorage.removeItem(backupKey(path)); } catch (e) { /* nothing kept */ }
  const next = [...diskVersions.keys()][0];
  if (next) await show(next); else { current = null; markFiles(); }
  await pollDisk();
}

// ---- start ----
async function start() {
  info = await (await fetch('/api/info')).json();
  $('folder').textContent = info.name;
  const language = await cxspecLanguage();
  const keys = [
    { key: 'Mod-s', run: () => { saveAll(); return true; }, preventDefault: true },
    { key: 'F12', run: () => { goToDefinition(); return true; } },
    { key: 'F2', run: () => { rename(); return true; } },
    { key: 'Shift-Alt-f', run: () => { format(); return true; } },
    { key: 'Mod-.', run: openLintPanel },
  ];
  extensions = editorExtensions({ language, complete, hover, keys, onChange: onEditorChange, onClick: onEditorClick });
  view = new EditorView({ parent: $('editor'), state: newState('', extensions) });
  preview = new PreviewPane({ select: $('documents'), frames: [$('preview-a'), $('preview-b')], status: $('preview-status'), reveal });
  preview.onShown = (ms) => { if (lastChange) stats.previewMs.push(performance.now() - lastChange); };
  await connect();
  const files = await listFiles();
  diskVersions = new Map(files.map((file) => [file.path, file.version]));
  const wanted = decodeURIComponent(location.hash.slice(1));
  const first = diskVersions.has(wanted) ? wanted : files.find((file) => file.path.endsWith('.cxspec'))?.path;
  if (first) await show(first); else markFiles();
  schedulePreview(0);
  $('save').addEventListener('click', saveAll);
  $('format').addEventListener('click', format);
  $('new-file').addEventListener('click', newFile);
  $('rename-file').addEventListener('click', renameFile);
  $('delete-file').addEventListener('click', deleteFile);
  $('keep-mine').addEventListener('click', keepMine);
  $('take-theirs').addEventListener('click', takeTheirs);
  window.addEventListener('beforeunload', (event) => {
    if ([...docs.keys()].some(isDirty)) { event.preventDefault(); event.returnValue = ''; }
  });
  setInterval(pollDisk, 1000);
  document.body.dataset.ready = 'true';
}

start().catch((error) => say('The studio could not start: ' + error.message, true));
