/** The district's pages: completeness board, review, totals, ward assessments. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { assessmentReportKey } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { displayDate, pick } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import { downloadBlob } from './download.js';
import { calendarBlock, pageTitle, wardsOf } from './page-context.js';
import type { PageContext } from './page-context.js';
import { periodMostRecentlyDue } from '../viewing-date.js';
import { href } from '../route.js';
import { publishedYears } from '../years.js';
import './review-section.js';
import './reopen-control.js';
import './scores-table.js';
import './record-pack.js';

/** The period a page shows: its argument, else the period most recently due on the viewing date. */
export function pickPeriod(ctx: PageContext, arg: string | undefined): string {
  if (arg && ctx.pack.calendar.periods.some((p) => p.id === arg)) return arg;
  return periodMostRecentlyDue(ctx.pack, ctx.today);
}

function periodSelect(ctx: PageContext, value: string, onChange: (id: string) => void): TemplateResult {
  return html`<label>${term(ctx.lang, 'host', 'period')}
    <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${ctx.pack.calendar.periods.map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${pick(p.label, ctx.lang)}</option>`)}
    </select>
  </label>`;
}

/** Completeness: wards × forms for a period. */
export function boardPage(ctx: PageContext): TemplateResult {
  const period = pickPeriod(ctx, ctx.args[0]);
  return html`<h1>${pageTitle(ctx, 'board')}</h1>
    <div class="toolbar">${periodSelect(ctx, period, (id) => ctx.go('board', id))}</div>
    ${calendarBlock(ctx, { period }, (d) => ctx.go('review', d.ward, d.formId, d.periodId))}`;
}

/** Review one ward's report (dated by the viewing date): its revisions, changes and comments; accept or return it. */
export function reviewPage(ctx: PageContext): TemplateResult {
  const [ward, formId, period] = ctx.args;
  if (!ward || !formId || !period) return boardPage(ctx);
  // A report is reviewed under the pack version it was made under (record-pack.ts).
  return html`<formplan-record-pack .ctx=${ctx} .ward=${ward} .formId=${formId} .period=${period} .view=${reviewOf}></formplan-record-pack>`;
}

function reviewOf(ctx: PageContext): TemplateResult {
  const [ward, formId, period] = ctx.args;
  const w = wardsOf(ctx.pack).find((o) => o.code === ward);
  const form = ctx.pack.forms.find((f) => f['x-fp-id'] === formId);
  const p = ctx.pack.calendar.periods.find((x) => x.id === period);
  if (!w || !form || !p) return boardPage(ctx);
  return html`<p><a href=${`#/board/${encodeURIComponent(period)}`}>← ${pageTitle(ctx, 'board')}</a></p>
    <h1>${pick(form['x-fp-label'], ctx.lang)} — ${w.name} — ${pick(p.label, ctx.lang)}</h1>
    <p class="muted">${term(ctx.lang, 'host', 'review.viewing', { date: displayDate(ctx.today) })}</p>
    <formplan-review-section .ctx=${ctx} .ward=${ward} .formId=${formId} .period=${period}></formplan-review-section>
    <formplan-reopen-control .ctx=${ctx} .ward=${ward} .formId=${formId} .period=${period}></formplan-reopen-control>`;
}

/**
 * Last year's figures for the totals of `period`: the previous year's published pack and its
 * period of the same kind (2019-Q1 → 2018-Q1), when the host has that year and the form.
 */
export function previousYearOf(ctx: PageContext, formId: string, period: string): { pack: PackSource; period: string; label: string } | undefined {
  const kind = ctx.pack.calendar.periods.find((p) => p.id === period)?.kind;
  const prev = publishedYears(ctx.packs).find((c) => c.year === ctx.pack.manifest.year - 1)?.pack;
  const same = prev?.calendar.periods.find((p) => p.kind === kind);
  if (!prev || !same || !prev.forms.some((f) => f['x-fp-id'] === formId)) return undefined;
  return { pack: prev, period: same.id, label: pick(same.label, ctx.lang) };
}

/** District totals of one form and period, with last year's figures beside them, drill-down and XLSX export. */
export function totalsPage(ctx: PageContext): TemplateResult {
  const formId = ctx.pack.forms.some((f) => f['x-fp-id'] === ctx.args[0]) ? ctx.args[0] : 'bieu-02';
  const period = pickPeriod(ctx, ctx.args[1]);
  const previous = previousYearOf(ctx, formId, period);
  const exportXlsx = async (e: Event) => {
    const el = (e.currentTarget as HTMLElement).closest('main')?.querySelector('fp-aggregate');
    if (!el) return;
    downloadBlob(`tong-hop-${formId}-${period}.xlsx`, await el.exportXlsx());
  };
  return html`<h1>${pageTitle(ctx, 'totals')}</h1>
    <div class="toolbar">
      <label>${term(ctx.lang, 'host', 'form')}
        <select @change=${(e: Event) => ctx.go('totals', (e.target as HTMLSelectElement).value, period)}>
          ${ctx.pack.forms.filter((f) => !f['x-fp-from-criteria']).map((f) => html`<option value=${f['x-fp-id']} ?selected=${f['x-fp-id'] === formId}>${pick(f['x-fp-label'], ctx.lang)}</option>`)}
        </select>
      </label>
      ${periodSelect(ctx, period, (id) => ctx.go('totals', formId, id))}
      <button @click=${exportXlsx}>${term(ctx.lang, 'host', 'exportXlsx')}</button>
    </div>
    ${previous ? html`<section class="compare" aria-labelledby="compare-h">
      <h2 id="compare-h">${term(ctx.lang, 'host', 'compareTitle')}</h2>
      <p class="muted">${term(ctx.lang, 'host', 'compareNote', { period: previous.label })}</p>
    </section>` : nothing}
    <fp-aggregate .pack=${ctx.pack} .store=${ctx.store} form=${formId} period=${period} lang=${ctx.lang} .previous=${previous}></fp-aggregate>`;
}

/** Every ward's score and recognition, with district verification per indicator. */
export function assessmentsPage(ctx: PageContext): TemplateResult {
  const ward = wardsOf(ctx.pack).find((w) => w.code === ctx.args[0]);
  const set = ctx.pack.criteriaSets[0];
  const report = ward && set ? assessmentReportKey(ctx.pack, set.id, ward.code, ctx.pack.manifest.year) : undefined;
  return html`<h1>${pageTitle(ctx, 'assessments')}</h1>
    <formplan-scores-table .ctx=${ctx}></formplan-scores-table>
    ${ward
      ? html`<h2>${ward.name}</h2>
          ${report ? html`<p><a href=${href('review', ward.code, report.formId, report.period)}>${term(ctx.lang, 'host', 'reviewAssessment')}</a></p>` : nothing}
          <fp-assessment .pack=${ctx.pack} .store=${ctx.store} ward=${ward.code} year=${String(ctx.pack.manifest.year)} mode="verify" lang=${ctx.lang}
            @fp-saved=${() => ctx.refresh()}></fp-assessment>`
      : nothing}`;
}
