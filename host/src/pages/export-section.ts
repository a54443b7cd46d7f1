/** `<formplan-export-section>`: saves every submission of the ward in one file for the district. */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exportBundles } from '@formplan/core';
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
    // one file per version of the year's pack that holds the ward's submissions (a report keeps
    // the version it was made under); the version in use keeps the plain name
    const { id, version } = ctx.pack.manifest;
    const bundles = await exportBundles(ctx.store, { packId: id, packVersion: version, ward });
    const names = bundles.map((b) => (b.packVersion === version ? `formplan-${id}-${ward}-${ctx.today}.json` : `formplan-${id}-${b.packVersion}-${ward}-${ctx.today}.json`));
    bundles.forEach((b, i) => downloadText(names[i], JSON.stringify(b, null, 2), 'application/json'));
    this.saved = { name: names.join(', '), n: bundles.reduce((n, b) => n + b.submissions.length, 0) };
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
