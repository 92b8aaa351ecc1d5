// The CodeMirror editor: highlighting from the shared TextMate grammar's keyword lists, and the
// extension points the language server fills (diagnostics, completion, hover, semantic tokens).
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  hoverTooltip, Decoration } from '@codemirror/view';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { autocompletion, completionKeymap, closeBrackets } from '@codemirror/autocomplete';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { StreamLanguage, syntaxHighlighting, HighlightStyle, bracketMatching, indentUnit } from '@codemirror/language';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { tags } from '@lezer/highlight';

// Keywords: every word of the grammar's "keywords" patterns, e.g. \b(tight|loose|within)\b.
export async function cxspecLanguage() {
  const grammar = await (await fetch('/app/cxspec.tmLanguage.json')).json();
  const words = new Set();
  for (const pattern of grammar.repository.keywords.patterns) {
    const list = /\\b\((.*)\)\\b/.exec(pattern.match);
    if (list) list[1].split('|').forEach((word) => words.add(word));
  }
  function token(stream, state) {
      if (state.comment) {
        if (stream.skipTo('*/')) { stream.pos += 2; state.comment = false; } else stream.skipToEnd();
        return 'comment';
      }
      if (state.string) {
        while (!stream.eol()) {
          const ch = stream.next();
          if (ch === '\\') stream.next();
          else if (ch === '"') { state.string = false; break; }
        }
        return 'string';
      }
      if (stream.eatSpace()) return null;
      if (stream.match('//')) { stream.skipToEnd(); return 'comment'; }
      if (stream.match('/*')) { state.comment = true; return 'comment'; }
      if (stream.eat('"')) { state.string = true; return token(stream, state); }
      if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
      if (stream.match(/^\^?[A-Za-z_][A-Za-z0-9_]*/)) return words.has(stream.current()) ? 'keyword' : 'variableName';
      stream.next();
      return 'punctuation';
  }
  return StreamLanguage.define({
    name: 'cxspec',
    startState: () => ({ comment: false, string: false }),
    token,
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } },
  });
}

const style = HighlightStyle.define([
  { tag: tags.keyword, color: '#7a3e9d', fontWeight: '600' },
  { tag: tags.string, color: '#1f6f43' },
  { tag: tags.comment, color: '#777', fontStyle: 'italic' },
  { tag: tags.number, color: '#a15c00' },
  { tag: tags.variableName, color: '#1d4f91' },
]);

// Semantic tokens from the server, as decorations with a class per token type.
export const setSemantic = StateEffect.define();
const semanticField = StateField.define({
  create: () => Decoration.none,
  update(decorations, transaction) {
    decorations = decorations.map(transaction.changes);
    for (const effect of transaction.effects) if (effect.is(setSemantic)) decorations = effect.value;
    return decorations;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export function semanticDecorations(doc, data, legend) {
  const marks = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    if (line + 1 > doc.lines) break;
    const start = doc.line(line + 1).from + character;
    const end = Math.min(start + data[i + 2], doc.length);
    const type = legend[data[i + 3]] ?? 'other';
    if (end > start) marks.push(Decoration.mark({ class: 'cx-sem-' + type.replace(/[^A-Za-z0-9_-]/g, '') }).range(start, end));
  }
  return Decoration.set(marks, true);
}

export function editorExtensions({ language, complete, hover, keys, onChange, onClick }) {
  return [
    lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), drawSelection(), history(), bracketMatching(),
    closeBrackets(), highlightSelectionMatches(), lintGutter(), indentUnit.of('    '),
    language, syntaxHighlighting(style), semanticField,
    autocompletion({ override: [complete] }),
    hoverTooltip(hover, { hoverTime: 350 }),
    keymap.of([...keys, ...completionKeymap, ...lintKeymap, ...searchKeymap, ...historyKeymap, indentWithTab, ...defaultKeymap]),
    EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update); }),
    EditorView.domEventHandlers({ mousedown: onClick }),
    EditorView.lineWrapping,
    EditorView.cspNonce.of(document.querySelector('meta[name=cxspec-style-nonce]').content),
  ];
}

export function newState(text, extensions) {
  return EditorState.create({ doc: text, extensions });
}

export { EditorView };
