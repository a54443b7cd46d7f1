/**
 * The district imports ward files: each submission is checked against its pinned pack version.
 * `<formplan-import-section>` keeps the files read and their reports in its state.
 */
import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AjvValidator, DEFAULT_MAX_BUNDLE_BYTES, importBundle, resolveForm } from '@formplan/core';
import type { ImportReport, PackSource, Bilingual } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import type { Lang, Params } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';

const validator = new AjvValidator();

/** A text of the host namespace in both languages (for reports stored with both). */
function both(key: 'fileTooLarge' | 'packUnknown', params: Params = {}): Bilingual {
  return { vi: term('vi', 'host', key, params), en: term('en', 'host', key, params) };
}

/** One file: being read (`i` of `n`), then its report. */
interface FileResult {
  name: string;
  i: number;
  n: number;
  report?: ImportReport;
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
    this.files = [];
    for (const [i, file] of files.entries()) {
      const entry: FileResult = { name: file.name, i: i + 1, n: files.length };
      this.files = [...this.files, entry];
      let report: ImportReport;
      if (file.size > DEFAULT_MAX_BUNDLE_BYTES) {
        report = { taken: [], skipped: [], refused: [], fatal: both('fileTooLarge', { size: file.size, max: DEFAULT_MAX_BUNDLE_BYTES }) };
      } else {
        report = await importBundle(ctx.store, await file.text(), {
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
        });
      }
      this.files = this.files.map((f) => (f === entry ? { ...entry, report } : f));
    }
    ctx.refresh();
  }

  override render() {
    const lang = this.ctx.lang;
    return html`<section class="card">
      <label for="bundle-files">${term(lang, 'host', 'wardFiles')}</label><br />
      <input id="bundle-files" type="file" accept=".json,application/json" multiple
        @change=${(e: Event) => {
          const input = e.target as HTMLInputElement;
          if (input.files?.length) void this.importFiles(Array.from(input.files));
        }} />
      <p class="muted">${term(lang, 'host', 'importNote', { mb: DEFAULT_MAX_BUNDLE_BYTES / 1024 / 1024 })}</p>
      <div class="report" aria-live="polite">${this.files.map((f) => renderFile(f, lang))}</div>
    </section>`;
  }
}

function renderFile(f: FileResult, lang: Lang): TemplateResult {
  const { report } = f;
  if (!report) return html`<p role="status">${term(lang, 'host', 'reading', { file: f.name, i: f.i, n: f.n })}</p>`;
  return html`<p role="status">${term(lang, 'host', 'fileDone', { file: f.name })}</p>
    <div class=${report.fatal || report.refused.length ? 'error' : 'ok'}>
      ${report.fatal ? html`<p>${term(lang, 'host', 'refusedFile', { reason: pick(report.fatal, lang) })}</p>` : nothing}
      <p>${term(lang, 'host', 'importCounts', { taken: report.taken.length, skipped: report.skipped.length, refused: report.refused.length })}</p>
      ${report.refused.length ? html`<ul>${report.refused.map((r) => html`<li>#${r.index + 1}: ${pick(r.reason, lang)}</li>`)}</ul>` : nothing}
    </div>`;
}

customElements.define('formplan-import-section', ImportSection);
declare global {
  interface HTMLElementTagNameMap {
    'formplan-import-section': ImportSection;
  }
}

/** Import ward files, with progress and a per-item report. */
export function importPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'import')}</h1>
    <formplan-import-section .ctx=${ctx}></formplan-import-section>`;
}
