/**
 * The district imports ward files: each submission is checked against its pinned pack version.
 * `<formplan-import-section>` keeps the files read and their reports in its state.
 */
import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AjvValidator, importBundle, resolveForm } from '@formplan/core';
import type { PackSource, Bilingual } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import type { Lang } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';
import { fileInput, importFiles, renderFileReport, type FileResult } from './file-import.js';
import './review-export-section.js';

const validator = new AjvValidator();

/** A text of the host namespace in both languages (for reports stored with both). */
function both(key: 'packUnknown'): Bilingual {
  return { vi: term('vi', 'host', key), en: term('en', 'host', key) };
}

export class ImportSection extends LitElement {
  @property({ attribute: false }) ctx!: PageContext;
  @state() private files: FileResult[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private async importFiles(files: File[]): Promise<void> {
    const ctx = this.ctx;
    const wards = ctx.pack.orgUnits.filter((o) => o.level === 'ward').map((o) => o.code);
    const packs = new Map<string, PackSource>();
    const packFor = async (id: string, version: string) => {
      const k = `${id}@${version}`;
      if (!packs.has(k)) {
        const rec = await ctx.store.getPack(id, version);
        if (rec) packs.set(k, rec.source as PackSource);
      }
      return packs.get(k);
    };
    await importFiles(files, (text) => importBundle(ctx.store, text, {
      knownWards: wards,
      validate: async (packId, packVersion, formId, data) => {
        const pack = await packFor(packId, packVersion);
        const form = pack && resolveForm(pack, formId);
        if (!pack) return [both('packUnknown')];
        if (!form) {
          const params = (lang: Lang) => ({ pack: pick(pack.manifest.title, lang), version: packVersion });
          return [{ vi: term('vi', 'host', 'noFormIn', params('vi')), en: term('en', 'host', 'noFormIn', params('en')) }];
        }
        const label = (pointer: string, lang: Lang) => {
          const field = form.fields.find((f) => f.pointer === pointer);
          return field ? pick(field.fullLabel, lang) : pointer;
        };
        return validator.validate(form.schema, data).filter((e) => e.severity === 'error')
          .map((e) => ({ vi: `${label(e.pointer, 'vi')}: ${e.message.vi}`, en: `${label(e.pointer, 'en')}: ${e.message.en ?? e.message.vi}` }));
      },
    }), (results) => { this.files = results; });
    ctx.refresh();
  }

  override render() {
    const lang = this.ctx.lang;
    return html`<section class="card">
      ${fileInput('bundle-files', term(lang, 'host', 'wardFiles'), lang, (files) => void this.importFiles(files))}
      <div class="report" aria-live="polite">${this.files.map((f) => renderFileReport(f, lang))}</div>
    </section>`;
  }
}

customElements.define('formplan-import-section', ImportSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-import-section': ImportSection;
  }
}

/** Import ward files, with progress and a per-item report; send each ward the district's reviews. */
export function importPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'import')}</h1>
    <h2>${term(ctx.lang, 'host', 'receiveWardFiles')}</h2>
    <formplan-import-section .ctx=${ctx}></formplan-import-section>
    <h2>${term(ctx.lang, 'host', 'sendWardFiles')}</h2>
    <formplan-review-export-section .ctx=${ctx}></formplan-review-export-section>`;
}
