/** A ward's pages: the year's reports, one report, the self-assessment, the file for the district. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { PackSource } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { calendarBlock, pageTitle } from './page-context.js';
import type { PageContext } from './page-context.js';
import './export-section.js';
import './review-import-section.js';
import './record-pack.js';

function wardOf(ctx: PageContext): string {
  return ctx.role.kind === 'ward' ? ctx.role.ward : '';
}

function wardName(pack: PackSource, code: string): string {
  return pack.orgUnits.find((o) => o.code === code)?.name ?? code;
}

/** "My reports": the calendar of the year for the ward. */
export function reportsPage(ctx: PageContext): TemplateResult {
  const ward = wardOf(ctx);
  return html`<h1>${pageTitle(ctx, 'reports')} — ${wardName(ctx.pack, ward)}</h1>
    ${calendarBlock(ctx, { ward }, (d) => ctx.go('form', d.formId, d.periodId))}`;
}

/** One report: the form for the ward and period (fp-form says where the report stands: sent, returned with the comment, accepted, locked), with its Excel download / upload. */
export function formPage(ctx: PageContext): TemplateResult {
  const [formId, periodId] = ctx.args;
  const ward = wardOf(ctx);
  if (!formId || !periodId) return reportsPage(ctx);
  // A report opens under the pack version it was made under (record-pack.ts).
  return html`<formplan-record-pack .ctx=${ctx} .ward=${ward} .formId=${formId} .period=${periodId} .view=${reportForm}></formplan-record-pack>`;
}

function reportForm(ctx: PageContext): TemplateResult {
  const [formId, periodId] = ctx.args;
  // The self-assessment is filed through its own page, which scores it live.
  const form = ctx.pack.forms.find((f) => f['x-fp-id'] === formId);
  if (!form) return html`<div class="error" role="alert">${term(ctx.lang, 'host', 'unknownForm', { pack: pick(ctx.pack.manifest.title, ctx.lang) })}</div>`;
  if (form['x-fp-from-criteria']) return assessmentPage(ctx);
  return html`<p><a href="#/reports">← ${pageTitle(ctx, 'reports')}</a></p>
    <fp-form
      pack=${ctx.pack.manifest.id}
      pack-version=${ctx.pack.manifest.version}
      form=${formId}
      ward=${wardOf(ctx)}
      period=${periodId}
      lang=${ctx.lang}
      excel
      @fp-submit=${() => ctx.refresh()}
    ></fp-form>`;
}

/** The child-friendly-ward self-assessment; submitted from the element like any report. */
export function assessmentPage(ctx: PageContext): TemplateResult {
  const ward = wardOf(ctx);
  return html`<h1>${pageTitle(ctx, 'assessment')} — ${wardName(ctx.pack, ward)}</h1>
    <fp-assessment .pack=${ctx.pack} .store=${ctx.store} ward=${ward} year=${String(ctx.pack.manifest.year)} mode="self" lang=${ctx.lang}
      @fp-submit=${() => ctx.refresh()}></fp-assessment>`;
}

/** Export the ward's submissions as a file for the district. */
export function exportPage(ctx: PageContext): TemplateResult {
  return html`<h1>${pageTitle(ctx, 'export')}</h1>
    <h2>${term(ctx.lang, 'host', 'sendToDistrict')}</h2>
    <formplan-export-section .ctx=${ctx} .ward=${wardOf(ctx)}></formplan-export-section>
    <h2>${term(ctx.lang, 'host', 'receiveFromDistrict')}</h2>
    <formplan-review-import-section .ctx=${ctx} .ward=${wardOf(ctx)}></formplan-review-import-section>`;
}
