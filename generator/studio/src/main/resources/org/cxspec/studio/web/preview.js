// The preview pane: the documents `cxspec generate` writes, rendered by the studio from the
// editor's unsaved text. Two frames take turns, so the one shown is never blank, and the scroll
// position carries over. A click on a journey-map card or a report finding calls `reveal`.

import { t } from './state.js';

export class PreviewPane {
  constructor({ select, frames, status, reveal }) {
    this.select = select;
    this.frames = frames;
    this.status = status;
    this.reveal = reveal;
    this.shown = 0;
    this.places = {};
    this.rendering = null;
    this.again = false;
    this.onShown = () => {};
    this.onAnswered = () => {};
    select.addEventListener('change', () => this.load(this.lastId));
    frames.forEach((frame) => frame.addEventListener('load', () => this.loaded(frame)));
  }

  // Renders now, or right after the rendering under way: never two at once, never a stale one last.
  async refresh(unsaved) {
    this.latest = unsaved;
    if (this.rendering) { this.again = true; return; }
    do {
      this.again = false;
      this.rendering = this.render(this.latest);
      try { await this.rendering; } finally { this.rendering = null; }
    } while (this.again);
  }

  async render(unsaved) {
    const started = performance.now();
    let answer;
    try {
      const response = await fetch('/api/preview', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(unsaved) });
      answer = await response.json();
      this.onAnswered();
    } catch (error) {
      this.status.textContent = t('preview.noAnswer');
      return;
    }
    if (!answer.id) {
      this.status.textContent = answer.problem;
      this.status.className = 'problem';
      return;
    }
    this.status.textContent = answer.errors ? t(answer.errors === 1 ? 'preview.errors.one' : 'preview.errors', answer.errors) : '';
    this.status.className = answer.errors ? 'problem' : '';
    this.places = answer.places;
    // A spec of thousands of documents: rebuild the picker only when the list itself changed.
    const listed = JSON.stringify(answer.documents);
    if (listed !== this.listed) {
      this.listed = listed;
      this.fillPicker(answer.documents);
    }
    this.started = started;
    this.load(answer.id);
  }

  fillPicker(documents) {
    const chosen = this.select.value;
    this.select.replaceChildren(...documents.map((document) => {
      const option = new Option(`${t('kind.' + document.kind)}${document.title ? ': ' + document.title : ''}`, document.path);
      option.dataset.kind = document.kind;
      return option;
    }));
    if (documents.some((document) => document.path === chosen)) this.select.value = chosen;
  }

  load(id) {
    if (!id || !this.select.value) return;
    this.lastId = id;
    const hidden = this.frames[1 - this.shown];
    const visible = this.frames[this.shown];
    const sameDocument = visible.dataset.path === this.select.value;
    try {
      hidden.dataset.scrollX = sameDocument ? visible.contentWindow.scrollX : 0;
      hidden.dataset.scrollY = sameDocument ? visible.contentWindow.scrollY : 0;
    } catch (notLoaded) { hidden.dataset.scrollY = 0; }
    hidden.dataset.path = this.select.value;
    hidden.src = `/preview/${id}/${this.select.value}`;
  }

  loaded(frame) {
    if (!frame.src || frame === this.frames[this.shown]) return;
    const window = frame.contentWindow;
    window.scrollTo(Number(frame.dataset.scrollX || 0), Number(frame.dataset.scrollY || 0));
    frame.contentDocument.addEventListener('click', (event) => this.clicked(event));
    frame.classList.add('shown');
    this.frames[this.shown].classList.remove('shown');
    this.shown = this.frames.indexOf(frame);
    if (this.started) this.onShown(performance.now() - this.started);
  }

  // A journey-map card carries its touchpoint's description as its <title>; a report finding
  // shows its place as file:line:column.
  clicked(event) {
    const card = event.target.closest('g');
    const title = card && [...card.children].find((child) => child.localName === 'title');
    const code = event.target.closest('code');
    const key = title ? 'touchpoint:' + title.textContent : code ? 'finding:' + code.textContent.trim() : null;
    const place = key && this.places[key];
    if (place) {
      event.preventDefault();
      this.reveal(place);
    }
  }

  // For tests and the benchmark: the document shown now.
  shownDocument() { return this.frames[this.shown].contentDocument; }
}
