// Checks the shared TextMate grammar (editors/textmate/cxspec.tmLanguage.json) on every example:
// every reserved word of the Xtext grammar is scoped as a keyword wherever it is not inside a
// string or comment, no text is left unscoped, and no string or comment runs past the end of a
// file. Run with `npm test` in editors/vscode (after `npm ci`).
'use strict';
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..', '..', '..');
const grammarFile = path.join(root, 'editors', 'textmate', 'cxspec.tmLanguage.json');
const xtextFile = path.join(root, 'dsl', 'language', 'src', 'main', 'java', 'org', 'cxspec', 'Cxspec.xtext');

function xtextKeywords() {
  const xtext = fs.readFileSync(xtextFile, 'utf8').replace(/\/\/.*$/gm, '');
  const words = new Set();
  for (const match of xtext.matchAll(/'([a-z][a-z]+)'/g)) words.add(match[1]);
  for (const match of xtext.matchAll(/enum\s+\w+\s*:([^;]*);/g)) {
    for (const literal of match[1].split('|')) words.add(literal.trim());
  }
  return words;
}

function specFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return specFiles(full);
    return entry.name.endsWith('.cxspec') ? [full] : [];
  });
}

async function loadGrammar() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'source.cxspec' ? vsctm.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile) : null,
  });
  return registry.loadGrammar('source.cxspec');
}

function check(grammar, name, text, keywords, problems) {
  let stack = vsctm.INITIAL;
  const seen = new Set();
  text.split(/\r?\n/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const word = line.substring(token.startIndex, token.endIndex);
      const where = `${name}:${index + 1}:${token.startIndex + 1}`;
      const quoted = token.scopes.some((scope) => scope.startsWith('string.') || scope.startsWith('comment.'));
      if (!quoted && word.trim() !== '' && token.scopes.length < 2) {
        problems.push(`${where}: '${word}' has no scope`);
      }
      if (!quoted && keywords.has(word.trim())) {
        seen.add(word.trim());
        if (!token.scopes.some((scope) => scope.startsWith('keyword.'))) {
          problems.push(`${where}: keyword '${word}' scoped as ${token.scopes.join(' ')}`);
        }
      }
    }
    stack = result.ruleStack;
  });
  // A string or comment left open would colour the rest of the file: the next file's first keyword must still be one.
  const after = grammar.tokenizeLine('brand', stack).tokens[0];
  if (!after.scopes.some((scope) => scope.startsWith('keyword.'))) {
    problems.push(`${name}: a region is still open at the end of the file (${after.scopes.join(' ')})`);
  }
  return seen;
}

(async () => {
  const grammar = await loadGrammar();
  const keywords = xtextKeywords();
  const problems = [];
  const seen = new Set();
  const files = specFiles(path.join(root, 'examples'));
  for (const file of files) {
    for (const word of check(grammar, path.relative(root, file), fs.readFileSync(file, 'utf8'), keywords, problems)) seen.add(word);
  }
  // Every keyword, also those no example uses, on a line of its own.
  check(grammar, 'every keyword', [...keywords].join('\n'), keywords, problems);
  // Strings with escapes and across lines, comments of both kinds, negative and decimal numbers.
  check(grammar, 'edge cases', 'value V "say \\"hi\\" \\\\ then\n go on" drives retention // note\n/* a\n b */ metric M "m" current -12.5 target 3', keywords, problems);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error(`${problems.length} problem(s) in the TextMate grammar`);
    process.exit(1);
  }
  console.log(`TextMate grammar: ${files.length} example files and ${keywords.size} keywords checked (${seen.size} used by the examples); no problem.`);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
