/** `<formplan-export-section>`: saves every submission of the ward in one file for the district. */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exportBundle } from '@formplan/core';
import { term } from '../host-strings.js';
import { downloadText } from './download.js';
import type { PageContext } from './page-context.js';

export class ExportSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  /** what the last save did, in the language it was saved in */
  @state() private saved?: { name: string; n: number };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async run(): Promise<void> {
    const { ctx, ward } = this;
    const bundle = await exportBundle(ctx.store, { packId: ctx.pack.manifest.id, packVersion: ctx.pack.manifest.version, ward });
    const name = `formplan-${ctx.pack.manifest.id}-${ward}-${ctx.today}.json`;
    downloadText(name, JSON.stringify(bundle, null, 2), 'application/json');
    this.saved = { name, n: bundle.submissions.length };
  }

  override render() {
    const lang = this.ctx.lang;
    return html`<section class="card">
      <p>${term(lang, 'host', 'exportNote')}</p>
      <button class="primary" @click=${() => this.run()}>${term(lang, 'host', 'saveFile')}</button>
      <p role="status" aria-live="polite">${this.saved ? term(lang, 'host', 'fileSaved', this.saved) : ''}</p>
    </section>`;
  }
}

customElements.define('formplan-export-section', ExportSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-export-section': ExportSection;
  }
}
