/**
 * `<formplan-review-import-section>`: the ward imports the district's file, so returns with
 * comments and acceptances made on the district's computer show on the ward's reports.
 */
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { importReviewBundle, periodsOfYear } from '@formplan/core';
import type { ImportReport } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { fileInput, importFiles, renderFileReport, type FileResult } from './file-import.js';
import type { PageContext } from './page-context.js';

export class ReviewImportSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @property() ward = '';
  @state() private files: FileResult[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async importFiles(files: File[]): Promise<void> {
    const { ctx, ward } = this;
    await importFiles(files, (text) => importReviewBundle(ctx.store, text, { ward, packId: ctx.pack.manifest.id }),
      (results) => { this.files = results; });
    ctx.refresh();
  }

  /** A refused review named by its form and period, as the calendar names them. */
  private itemLabel(r: ImportReport['refused'][number]): string {
    const { pack, lang } = this.ctx;
    const form = r.key && pack.forms.find((f) => f['x-fp-id'] === r.key?.formId);
    const period = r.key && periodsOfYear(pack).find((p) => p.id === r.key?.period);
    if (!form || !period) return `#${r.index + 1}`;
    return `${pick(form['x-fp-label'], lang)}, ${pick(period.label, lang)}`;
  }

  override render() {
    const lang = this.ctx.lang;
    return html`<section class="card">
      <p>${term(lang, 'host', 'reviewImportNote')}</p>
      ${fileInput('review-files', term(lang, 'host', 'districtFile'), lang, (files) => void this.importFiles(files))}
      <div class="report" aria-live="polite">${this.files.map((f) => renderFileReport(f, lang, (r) => this.itemLabel(r)))}</div>
    </section>`;
  }
}

customElements.define('formplan-review-import-section', ReviewImportSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-review-import-section': ReviewImportSection;
  }
}
