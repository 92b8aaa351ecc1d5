// What the studio's modules share: the open documents, the connection, the editor, and helpers.
import { completionStatus } from '@codemirror/autocomplete';

export const S = {
  docs: new Map(),        // path -> { state, base, savedText, version, diagnostics }
  info: null,             // { rootUri, name, lang } of the spec folder
  lsp: null,
  legend: [],             // semantic token types of the server
  current: null,          // path in the editor
  view: null,
  extensions: null,
  diskVersions: new Map(), // path -> version last seen on disk
  lastChange: 0,
  previewTimer: null,
  previewDeadline: null,
  previewDue: false,
  unchecked: new Map(),   // path -> version sent to the language server whose diagnostics are not in yet
  refreshTimer: null,
  outlineShown: null,     // the outline's symbols as last shown (JSON), to skip rebuilding an unchanged one
  filesShown: null,       // the file list as last shown (JSON), to skip rebuilding an unchanged one
  backupTimer: null,
  conflict: null,         // { path, version, text } while a clash is shown
  stats: { diagnosticsMs: [], previewMs: [], previewAnswerMs: [] }, // from the last keystroke, for the benchmark
  preview: null,
};
// For the benchmark and the browser tests: what the page shows, read without guessing (completion:
// 'pending' while an answer of the language server is awaited, 'active' once the list shows it).
window.cxspecStudio = { stats: S.stats, docs: S.docs, get current() { return S.current; }, get view() { return S.view; },
  get completion() { return S.view ? completionStatus(S.view.state) : null; } };

export const $ = (id) => document.getElementById(id);
export const uriOf = (path) => S.info.rootUri + path.split('/').map(encodeURIComponent).join('/');
export const pathOf = (uri) => uri.startsWith(S.info.rootUri) ? uri.slice(S.info.rootUri.length).split('/').map(decodeURIComponent).join('/') : null;
export const textOf = (path) => S.docs.get(path).state.doc.toString();
export const isDirty = (path) => S.docs.has(path) && textOf(path) !== S.docs.get(path).savedText;

// The studio's own words in the reader's language, from the server's labels (labels.properties):
// t('status.saved', path) fills {0}, {1}, ... in order.
export function t(key, ...values) {
  const label = S.info?.labels?.[key] ?? key;
  return label.replace(/\{(\d)\}/g, (place, index) => String(values[Number(index)] ?? place));
}

export function say(message, problem = false) {
  $('status').textContent = message;
  $('status').title = message;
  $('status').className = problem ? 'problem' : '';
}

export async function api(method, url, body) {
  const response = await fetch(url, { method, body, headers: body === undefined ? {} : { 'Content-Type': 'text/plain; charset=utf-8' } });
  const type = response.headers.get('Content-Type') || '';
  const answer = type.startsWith('application/json') ? await response.json() : await response.text();
  return { status: response.status, answer };
}
export const query = (params) => new URLSearchParams(params).toString();
