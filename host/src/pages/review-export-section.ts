/**
 * `<formplan-review-export-section>`: the district saves, per ward, one file with every review
 * of that ward's submissions (returns with comments, acceptances) for the ward's computer.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exportReviewBundle } from '@formplan/core';
import { term } from '../host-strings.js';
import { downloadText } from './download.js';
import { wardsOf, type PageContext } from './page-context.js';

export class ReviewExportSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  /** what the last save did */
  @state() private saved?: { name: string; ward: string; n: number; reopens: number };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async run(ward: { code: string; name: string }): Promise<void> {
    const { ctx } = this;
    const { id, version } = ctx.pack.manifest;
    const bundle = await exportReviewBundle(ctx.store, { packId: id, packVersion: version, ward: ward.code });
    const name = `formplan-nhan-xet-${id}-${ward.code}-${ctx.today}.json`;
    downloadText(name, JSON.stringify(bundle, null, 2), 'application/json');
    this.saved = { name, ward: ward.name, n: bundle.reviews.length, reopens: bundle.reopens.length };
  }

  override render() {
    const lang = this.ctx.lang;
    const wards = wardsOf(this.ctx.pack);
    return html`<section class="card">
      <p>${term(lang, 'host', 'reviewExportNote')}</p>
      <ul>
        ${wards.map((w) => html`<li><button @click=${() => this.run(w)}>${term(lang, 'host', 'saveReviewFile', { ward: w.name })}</button></li>`)}
      </ul>
      <p role="status" aria-live="polite">${this.saved ? term(lang, 'host', 'reviewFileSaved', this.saved) : ''}</p>
    </section>`;
  }
}

customElements.define('formplan-review-export-section', ReviewExportSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-review-export-section': ReviewExportSection;
  }
}
