/**
 * `<formplan-pack-import>`: imports a pack file (a zip of the pack folder or the pack as one JSON
 * object). The file is checked in full first; on any error the errors are listed (file, place,
 * vi/en) and nothing is stored; a valid pack is stored as a draft (origin `import`).
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { describeError } from '@formplan/core';
import { term } from '../host-strings.js';
import { href } from '../route.js';
import type { PageContext } from './page-context.js';
import { draftFromImport, readPackFile } from './pack-drafts.js';
import type { FileProblem } from './pack-drafts.js';

/** Where an import stands. */
type Outcome =
  | { kind: 'reading'; file: string }
  | { kind: 'refused'; file: string; problems: FileProblem[] }
  | { kind: 'exists'; file: string; id: string; version: string }
  | { kind: 'stored'; file: string; id: string; version: string }
  | { kind: 'failed'; file: string; error: unknown };

export class PackImport extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @state() private outcome?: Outcome;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async importFile(file: File): Promise<void> {
    this.outcome = { kind: 'reading', file: file.name };
    try {
      const r = await readPackFile(file);
      if (!r.ok) {
        this.outcome = { kind: 'refused', file: file.name, problems: r.problems };
        return;
      }
      const { id, version } = r.pack.manifest;
      const draft = await draftFromImport(this.ctx.store, r.pack);
      this.outcome = { kind: draft ? 'stored' : 'exists', file: file.name, id, version };
      if (draft) this.ctx.refresh();
    } catch (e) {
      this.outcome = { kind: 'failed', file: file.name, error: e };
    }
  }

  override render() {
    const { lang } = this.ctx;
    return html`<section class="card" aria-labelledby="pack-import-h">
      <h2 id="pack-import-h">${term(lang, 'host', 'import.title')}</h2>
      <p class="muted" id="pack-import-note">${term(lang, 'host', 'import.note')}</p>
      <label for="pack-file">${term(lang, 'host', 'import.label')}</label><br />
      <input id="pack-file" type="file" accept=".zip,.json,application/zip,application/json" aria-describedby="pack-import-note"
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void this.importFile(file);
          input.value = '';
        }} />
      ${this.renderOutcome()}
    </section>`;
  }

  private renderOutcome(): TemplateResult | typeof nothing {
    const o = this.outcome;
    const { lang } = this.ctx;
    if (!o) return nothing;
    switch (o.kind) {
      case 'reading':
        return html`<p role="status">${term(lang, 'host', 'import.reading', { file: o.file })}</p>`;
      case 'stored':
        return html`<div class="ok" role="status">${term(lang, 'host', 'import.stored', o)}
          <a href=${href('editor', o.id, o.version)}>${term(lang, 'host', 'packs.open')}</a></div>`;
      case 'exists':
        return html`<div class="error" role="alert">${term(lang, 'host', 'import.exists', o)}</div>`;
      case 'failed':
        return html`<div class="error" role="alert">${describeError(o.error, lang)}</div>`;
      case 'refused':
        return html`<div class="error" role="alert">
          <p>${term(lang, 'host', 'import.refused', { file: o.file, n: o.problems.length })}</p>
          <ul class="problems">${o.problems.map((p) => html`<li><code>${p.file}${p.pointer ? ` ${p.pointer}` : ''}</code>: ${p.message.vi}${p.message.en ? html` <span lang="en">(${p.message.en})</span>` : nothing}</li>`)}</ul>
        </div>`;
    }
  }
}

customElements.define('formplan-pack-import', PackImport);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-pack-import': PackImport;
  }
}
