/**
 * `<formplan-review-export-section>`: the district saves, per ward, one file with every review
 * of that ward's submissions (returns with comments, acceptances) for the ward's computer.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { exportReviewBundles } from '@formplan/core';
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
    // one file per version of the year's pack that holds decisions on the ward's reports
    const bundles = await exportReviewBundles(ctx.store, { packId: id, packVersion: version, ward: ward.code });
    const names = bundles.map((b) => `formplan-nhan-xet-${id}${b.packVersion === version ? '' : `-${b.packVersion}`}-${ward.code}-${ctx.today}.json`);
    bundles.forEach((b, i) => downloadText(names[i], JSON.stringify(b, null, 2), 'application/json'));
    const count = (f: (b: (typeof bundles)[number]) => number) => bundles.reduce((n, b) => n + f(b), 0);
    this.saved = { name: names.join(', '), ward: ward.name, n: count((b) => b.reviews.length), reopens: count((b) => b.reopens.length) };
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
