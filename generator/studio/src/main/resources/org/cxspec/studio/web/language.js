// The editor's language features, all from the cxspec language server: diagnostics and their
// quick fixes, completion, hover, definition, rename, formatting, outline, semantic highlighting.
import { LspConnection, toOffset, toPosition } from './lsp.js';
import { EditorView, setSemantic, semanticDecorations } from './editor.js';
import { setDiagnostics } from '@codemirror/lint';
import { syntaxTree } from '@codemirror/language';
import { S, $, uriOf, pathOf, say, t } from './state.js';
import { openDoc, show, changed, previewIfChecked } from './files.js';

// ---- language server ----
export async function connect() {
  S.lsp = new LspConnection(`ws://${location.host}/lsp`);
  await S.lsp.open();
  S.lsp.onClose(() => say(t('status.stopped'), true));
  S.lsp.onNotification('textDocument/publishDiagnostics', diagnosticsArrived);
  S.lsp.onNotification('window/showMessage', (params) => say(params.message, params.type === 1));
  S.lsp.onRequest('workspace/applyEdit', async (params) => ({ applied: await applyWorkspaceEdit(params.edit) }));
  S.lsp.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  const result = await S.lsp.request('initialize', {
    processId: null, rootUri: S.info.rootUri, workspaceFolders: [{ uri: S.info.rootUri, name: S.info.name }],
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
  S.legend = result.capabilities.semanticTokensProvider?.legend?.tokenTypes ?? [];
  S.lsp.notify('initialized', {});
}

export function diagnosticsArrived({ uri, diagnostics, version }) {
  const path = pathOf(uri);
  if (path && (version === undefined || version === null || version >= S.unchecked.get(path))) {
    S.unchecked.delete(path);
    previewIfChecked();
  }
  if (!path || !S.docs.has(path)) return;
  S.docs.get(path).diagnostics = diagnostics;
  if (path === S.current) {
    if (S.lastChange) S.stats.diagnosticsMs.push(performance.now() - S.lastChange);
    showDiagnostics();
    scheduleRefresh(OUTLINE_AFTER_TYPING);
  }
}

// The outline and semantic highlighting of a large spec cost the server a pass over the whole
// file: they wait for a pause in typing, so that they do not slow down the diagnostics and the
// preview of the next keystroke (the highlighting moves with the text meanwhile).
const OUTLINE_AFTER_TYPING = 700;

export function showDiagnostics(withFixes) {
  const doc = S.view.state.doc;
  const diagnostics = S.docs.get(S.current).diagnostics ?? [];
  const path = S.current;
  S.view.dispatch(setDiagnostics(S.view.state, diagnostics.map((diagnostic, index) => ({
    from: toOffset(doc, diagnostic.range.start),
    to: Math.max(toOffset(doc, diagnostic.range.end), toOffset(doc, diagnostic.range.start)),
    severity: diagnostic.severity === 1 ? 'error' : diagnostic.severity === 2 ? 'warning' : 'info',
    message: diagnostic.message + (diagnostic.code ? ` [${diagnostic.code}]` : ''),
    actions: (withFixes?.[index] ?? []).map((fix) => ({ name: fix.title, apply: () => runCodeAction(fix) })),
  }))));
  if (!withFixes && diagnostics.length) fetchFixes(path, diagnostics);
}

// Quick fixes come with the diagnostics they fix; asked for once per publication, at most 100.
export async function fetchFixes(path, diagnostics) {
  const uri = uriOf(path);
  const fixes = await Promise.all(diagnostics.slice(0, 100).map((diagnostic) => S.lsp.request('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: undefined },
  }).catch(() => [])));
  if (S.current === path && S.docs.get(path).diagnostics === diagnostics) showDiagnostics(fixes.map((list) => list ?? []));
}

export async function runCodeAction(action) {
  if (action.edit) await applyWorkspaceEdit(action.edit);
  const command = action.command && typeof action.command === 'object' ? action.command : action.command ? action : null;
  if (command && command.command) await S.lsp.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
}

export async function applyWorkspaceEdit(edit) {
  const changes = [];
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) changes.push({ uri, edits });
  for (const change of edit.documentChanges ?? []) if (change.textDocument) changes.push({ uri: change.textDocument.uri, edits: change.edits });
  for (const { uri, edits } of changes) {
    const path = pathOf(uri);
    if (!path) return false;
    if (!S.docs.has(path)) await openDoc(path);
    applyEdits(path, edits);
  }
  return true;
}

export function applyEdits(path, edits) {
  const doc = S.docs.get(path).state.doc;
  const spec = { changes: edits.map((edit) => ({ from: toOffset(doc, edit.range.start), to: toOffset(doc, edit.range.end), insert: edit.newText })) };
  if (path === S.current) S.view.dispatch(spec);
  else {
    const before = S.docs.get(path).state;
    S.docs.get(path).state = before.update(spec).state;
    changed(path, before.doc, S.docs.get(path).state.doc, null);
  }
}

export async function reveal({ file, line, column }) {
  if (file !== S.current) await show(file);
  const doc = S.view.state.doc;
  const at = doc.line(Math.min(line, doc.lines)).from + Math.max(0, (column || 1) - 1);
  S.view.dispatch({ selection: { anchor: Math.min(at, doc.length) }, effects: EditorView.scrollIntoView(Math.min(at, doc.length), { y: 'center' }) });
  S.view.focus();
}

export async function goToLocation(location) {
  const uri = location.targetUri ?? location.uri;
  const range = location.targetSelectionRange ?? location.range;
  const path = pathOf(uri);
  if (path) await reveal({ file: path, line: range.start.line + 1, column: range.start.character + 1 });
}

export async function goToDefinition(at = S.view.state.selection.main.head) {
  const result = await S.lsp.request('textDocument/definition', { textDocument: { uri: uriOf(S.current) }, position: toPosition(S.view.state.doc, at) });
  const first = Array.isArray(result) ? result[0] : result;
  if (first) await goToLocation(first);
  return true;
}

export async function rename() {
  const at = S.view.state.selection.main.head;
  const word = S.view.state.wordAt(at);
  const name = prompt(t('ask.rename'), word ? S.view.state.sliceDoc(word.from, word.to) : '');
  if (!name) return true;
  try {
    const edit = await S.lsp.request('textDocument/rename', { textDocument: { uri: uriOf(S.current) }, position: toPosition(S.view.state.doc, at), newName: name });
    if (edit) await applyWorkspaceEdit(edit);
    say(t('status.renamed'));
  } catch (error) { say(error.message, true); }
  return true;
}

export async function format() {
  const edits = await S.lsp.request('textDocument/formatting', { textDocument: { uri: uriOf(S.current) }, options: { tabSize: 4, insertSpaces: true } });
  if (edits && edits.length) applyEdits(S.current, edits);
  return true;
}

export async function complete(context) {
  const word = context.matchBefore(/\^?[\w]*/);
  if (!context.explicit && word.from === word.to) return null;
  // Nothing to complete while typing a comment or a text: no request for the server to answer.
  if (!context.explicit && /comment|string/.test(syntaxTree(context.state).resolveInner(context.pos, -1).name)) return null;
  const path = S.current;
  const result = await S.lsp.request('textDocument/completion', { textDocument: { uri: uriOf(path) }, position: toPosition(context.state.doc, context.pos) });
  const items = Array.isArray(result) ? result : result?.items ?? [];
  if (context.aborted || path !== S.current) return null;
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

export async function hover(editor, pos) {
  const result = await S.lsp.request('textDocument/hover', { textDocument: { uri: uriOf(S.current) }, position: toPosition(editor.state.doc, pos) });
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

export function onEditorClick(event, editor) {
  if (!(event.ctrlKey || event.metaKey)) return false;
  const at = editor.posAtCoords({ x: event.clientX, y: event.clientY });
  if (at === null) return false;
  goToDefinition(at);
  return true;
}

// ---- outline and semantic highlighting, refreshed after the server has rebuilt ----
export function scheduleRefresh(delay = 250) {
  clearTimeout(S.refreshTimer);
  S.refreshTimer = setTimeout(refreshOutline, delay);
}

export async function refreshOutline() {
  const path = S.current;
  const uri = uriOf(path);
  const [symbols, tokens] = await Promise.all([
    S.lsp.request('textDocument/documentSymbol', { textDocument: { uri } }).catch(() => []),
    S.legend.length ? S.lsp.request('textDocument/semanticTokens/full', { textDocument: { uri } }).catch(() => null) : null,
  ]);
  if (path !== S.current) return;
  // The outline of a 10k-line spec is thousands of entries: rebuilt only when it changed.
  const outline = JSON.stringify(symbols ?? []);
  if (outline !== S.outlineShown) {
    S.outlineShown = outline;
    $('outline').replaceChildren(...(symbols ?? []).map(symbolItem));
  }
  if (tokens?.data) S.view.dispatch({ effects: setSemantic.of(semanticDecorations(S.view.state.doc, tokens.data, S.legend)) });
}

export function symbolItem(symbol) {
  const item = document.createElement('li');
  const link = document.createElement('button');
  link.className = 'symbol';
  link.textContent = symbol.name;
  if (symbol.detail) link.title = symbol.detail;
  const range = symbol.selectionRange ?? symbol.range ?? symbol.location?.range;
  link.addEventListener('click', () => reveal({ file: S.current, line: range.start.line + 1, column: range.start.character + 1 }));
  item.append(link);
  if (symbol.children?.length) {
    const list = document.createElement('ul');
    list.append(...symbol.children.map(symbolItem));
    item.append(list);
  }
  return item;
}

