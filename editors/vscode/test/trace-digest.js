// One line per message that changes what the server knows or what the editor shows, from the
// cxspec output channel with "cxspec.trace.server": "verbose": edits, opens, closes, saves, reports of
// files changed on disk, and every publication of diagnostics with its version and rule ids.
// Used by e2e.sh when a step fails, so that a failure on a CI machine says what the server was told and answered.
//   node test/trace-digest.js CHANNEL_LOG
'use strict';
const fs = require('fs');

const KINDS = ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'textDocument/didSave',
  'workspace/didChangeWatchedFiles', 'textDocument/publishDiagnostics', 'textDocument/rename'];

function digest(log) {
  const lines = [];
  // Each traced message: a "[Trace - TIME] Sending|Received notification|request|response 'KIND'" line, then "Params: {...}" up to a blank line.
  const blocks = log.split(/\n(?=\[(?:Trace|Error|Info|Warn)\b)/);
  for (const block of blocks) {
    const head = /^\[(\w+) - ([^\]]+)\] (.*?)'([^']+)'/.exec(block);
    if (head === null) {
      if (!block.startsWith('[Trace')) lines.push(block.split('\n')[0].slice(0, 200)); // the server's own lines (standard error)
      continue;
    }
    const [, level, time, verb, what] = head;
    const kind = what.replace(/ - \(\d+\)$/, '');
    if (level !== 'Trace') {
      lines.push(`${time} ${level.toUpperCase()} ${verb}${what}`);
      continue;
    }
    if (!KINDS.includes(kind)) continue;
    const json = /(?:Params|Result): (\{[\s\S]*\}|\[[\s\S]*\]|null)\s*$/.exec(block);
    let body = null;
    try { body = json ? JSON.parse(json[1]) : null; } catch (error) { body = null; }
    const file = (uri) => (uri || '').replace(/^.*\//, '');
    let detail = '';
    if (body && kind === 'textDocument/publishDiagnostics') {
      const codes = body.diagnostics.map((d) => `${d.range.start.line + 1}:${d.code}`);
      detail = `${file(body.uri)} v${body.version ?? '-'} [${codes.join(' ')}]`;
    } else if (body && kind === 'workspace/didChangeWatchedFiles') {
      detail = body.changes.map((c) => `${file(c.uri)}:${['', 'created', 'changed', 'deleted'][c.type]}`).join(' ');
    } else if (body && body.textDocument) {
      detail = `${file(body.textDocument.uri)}${body.textDocument.version !== undefined ? ` v${body.textDocument.version}` : ''}`;
      if (body.contentChanges) {
        detail += ' ' + body.contentChanges.map((c) => c.range
          ? `${c.range.start.line + 1}:${c.range.start.character + 1}-${c.range.end.line + 1}:${c.range.end.character + 1}=${JSON.stringify(c.text).slice(0, 40)}`
          : `whole text (${c.text.length} chars)`).join(' ');
      }
    } else if (body && kind === 'textDocument/rename' && body.changes) {
      detail = Object.entries(body.changes).map(([uri, edits]) => `${file(uri)}:${edits.length} edits`).join(' ');
    }
    lines.push(`${time} ${verb.trim().replace(/ (notification|request|response)$/, '')} ${kind} ${detail}`.trim());
  }
  return lines;
}

if (require.main === module) {
  for (const line of digest(fs.readFileSync(process.argv[2], 'utf8'))) console.log(line);
}
module.exports = { digest };
