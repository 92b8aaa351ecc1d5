// A small JSON-RPC client for the cxspec language server over the studio's WebSocket:
// one WebSocket message is one LSP message.
import { t } from './state.js';

export class LspConnection {
  constructor(url) {
    this.url = url;
    this.nextId = 1;
    this.pending = new Map();
    this.notificationHandlers = new Map();
    this.requestHandlers = new Map();
    this.closeHandlers = [];
  }

  open() {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(this.url);
      this.socket = socket;
      socket.onopen = () => resolve(this);
      socket.onerror = () => reject(new Error(t('lsp.refused')));
      socket.onclose = () => {
        for (const { reject: fail } of this.pending.values()) fail(new Error(t('lsp.closed')));
        this.pending.clear();
        this.closeHandlers.forEach((handler) => handler());
      };
      socket.onmessage = (event) => this.receive(JSON.parse(event.data));
    });
  }

  receive(message) {
    if (message.id !== undefined && message.method === undefined) {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    } else if (message.id !== undefined) {
      const handler = this.requestHandlers.get(message.method);
      Promise.resolve(handler ? handler(message.params) : null).then(
        (result) => this.send({ jsonrpc: '2.0', id: message.id, result: result ?? null }),
        (error) => this.send({ jsonrpc: '2.0', id: message.id, error: { code: -32603, message: String(error) } }));
    } else {
      const handler = this.notificationHandlers.get(message.method);
      if (handler) handler(message.params);
    }
  }

  send(message) {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  onNotification(method, handler) { this.notificationHandlers.set(method, handler); }
  onRequest(method, handler) { this.requestHandlers.set(method, handler); }
  onClose(handler) { this.closeHandlers.push(handler); }
}

// LSP positions count UTF-16 code units per line, as JavaScript strings do.
export function toOffset(doc, position) {
  const lineNumber = Math.min(Math.max(position.line + 1, 1), doc.lines);
  const line = doc.line(lineNumber);
  return Math.min(line.from + position.character, line.to);
}

export function toPosition(doc, offset) {
  const line = doc.lineAt(offset);
  return { line: line.number - 1, character: offset - line.from };
}

// Applies LSP text edits to a plain string (for files not open in the editor).
export function applyEditsToText(text, edits) {
  const lines = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lines.push(i + 1);
  const offset = (p) => Math.min((lines[p.line] ?? text.length) + p.character, text.length);
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  for (const edit of sorted) {
    text = text.slice(0, offset(edit.range.start)) + edit.newText + text.slice(offset(edit.range.end));
  }
  return text;
}
