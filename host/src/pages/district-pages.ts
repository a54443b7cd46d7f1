/** The district's pages: completeness board, review, totals, ward assessments. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { resolveForm, scoreAssessment } from '@formplan/core';
import type { LocalizedText, PackSource } from '@formplan/core';
import type { PageContext } from '../app.js';
import { PAGE_TITLES, tr } from '../host-strings.js';
import { downloadBlob } from './download.js';

const l = (t: LocalizedText | undefined, lang: 'vi' | 'en'): string => (t ? (lang === 'en' ? t.en ?? t.vi : t.vi) : '');

function wards(pack: PackSource) {
  return pack.orgUnits.filter((o) => o.level === 'ward');
}

/** The period a page shows: its argument, else the first period due on or after today, else the last. */
export function pickPeriod(ctx: PageContext, arg: string | undefined): string {
  const periods = ctx.pack.calendar.periods.filter((p) => p.due);
  if (arg && ctx.pack.calendar.periods.some((p) => p.id === arg)) return arg;
  return (periods.find((p) => (p.due ?? '') >= ctx.today) ?? periods[periods.length - 1])?.id ?? '';
}

function periodSelect(ctx: PageContext, value: string, onChange: (id: string) => void): TemplateResult {
  return html`<label>${tr(ctx.lang, 'period')}
    <select @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${ctx.pack.calendar.periods.map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${l(p.label, ctx.lang)}</option>`)}
    </select>
  </label>`;
}

/** Completeness: wards × forms for a period. */
export function boardPage(ctx: PageContext): TemplateResult {
  const period = pickPeriod(ctx, ctx.args[0]);
  return html`<h1>${PAGE_TITLES[ctx.lang].board}</h1>
    <div class="toolbar">${periodSelect(ctx, period, (id) => ctx.go('board', id))}</div>
    <fp-calendar
      .pack=${ctx.pack}
      .store=${ctx.store}
      period=${period}
      today=${ctx.today}
      lang=${ctx.lang}
      @fp-open=${(e: CustomEvent<{ formId: string; periodId: string; ward: string }>) => ctx.go('review', e.detail.ward, e.detail.formId, e.detail.periodId)}
    ></fp-calendar>`;
}

async function reviewBody(ctx: PageContext, ward: string, formId: string, period: string): Promise<TemplateResult> {
  const en = ctx.lang === 'en';
  const key = { packId: ctx.pack.manifest.id, packVersion: ctx.pack.manifest.version, formId, ward, period };
  const latest = await ctx.store.latestSubmission(key);
  const resolved = resolveForm(ctx.pack, formId);
  if (!resolved) return html`<div class="error" role="alert">${en ? `Unknown form ${formId}` : `Không có biểu ${formId}`}</div>`;
  if (!latest) return html`<p class="muted">${en ? 'This ward has not submitted this report yet.' : 'Phường chưa gửi báo cáo này.'}</p>`;
  const reviews = await ctx.store.getReviews(key, latest.revision);
  const decide = async (e: Event, decision: 'accept' | 'return') => {
    const section = (e.target as HTMLElement).closest('section')!;
    const comment = section.querySelector('textarea')!.value.trim();
    const status = section.querySelector('[role=status]')!;
    if (decision === 'return' && !comment) {
      status.textContent = en ? 'Write a comment saying what to correct before returning the report.' : 'Hãy ghi nhận xét cần sửa trước khi trả lại báo cáo.';
      return;
    }
    await ctx.store.review({ key, revision: latest.revision, decision, comment, reviewer: en ? 'District officer' : 'Phòng LĐTB&XH' });
    ctx.refresh();
    ctx.go('board', period);
  };
  return html`<p>${en ? 'Revision' : 'Lần gửi'} ${latest.revision} · ${new Date(latest.submittedAt).toLocaleString(en ? 'en-GB' : 'vi-VN')} ·
      ${en ? 'status' : 'trạng thái'}: <strong>${latest.status}</strong></p>
    ${reviews.length
      ? html`<ul>${reviews.map((r) => html`<li>${r.decision === 'accept' ? (en ? 'Accepted' : 'Đã chấp nhận') : en ? 'Returned' : 'Đã trả lại'}: ${r.comment}</li>`)}</ul>`
      : nothing}
    <fp-form .schema=${resolved.schema} .value=${latest.data} readonly lang=${ctx.lang}></fp-form>
    <section class="card" aria-labelledby="decide-h">
      <h2 id="decide-h">${en ? 'Decision' : 'Quyết định'}</h2>
      <label for="review-comment">${en ? 'Comment to the ward' : 'Nhận xét gửi phường'}</label><br />
      <textarea id="review-comment" rows="3" cols="60"></textarea>
      <div class="toolbar">
        <button class="primary" @click=${(e: Event) => decide(e, 'accept')}>${en ? 'Accept' : 'Chấp nhận'}</button>
        <button @click=${(e: Event) => decide(e, 'return')}>${en ? 'Return with comment' : 'Trả lại kèm nhận xét'}</button>
      </div>
      <p role="status" aria-live="polite"></p>
    </section>`;
}

/** Review one ward's submission read-only; accept or return it with a comment. */
export function reviewPage(ctx: PageContext): TemplateResult {
  const [ward, formId, period] = ctx.args;
  const w = wards(ctx.pack).find((o) => o.code === ward);
  const form = ctx.pack.forms.find((f) => f['x-fp-id'] === formId);
  const p = ctx.pack.calendar.periods.find((x) => x.id === period);
  if (!w || !form || !p) return boardPage(ctx);
  return html`<p><a href=${`#/board/${encodeURIComponent(period)}`}>← ${PAGE_TITLES[ctx.lang].board}</a></p>
    <h1>${l(form['x-fp-label'], ctx.lang)} — ${w.name} — ${l(p.label, ctx.lang)}</h1>
    ${until(reviewBody(ctx, ward, formId, period), html`<p role="status">${tr(ctx.lang, 'loading')}</p>`)}`;
}

/** District totals of one form and period, with drill-down and XLSX export. */
export function totalsPage(ctx: PageContext): TemplateResult {
  const formId = ctx.pack.forms.some((f) => f['x-fp-id'] === ctx.args[0]) ? ctx.args[0] : 'bieu-02';
  const period = pickPeriod(ctx, ctx.args[1]);
  const en = ctx.lang === 'en';
  const exportXlsx = async (e: Event) => {
    const el = (e.target as HTMLElement).closest('main')?.querySelector('fp-aggregate') as (HTMLElement & { exportXlsx(): Promise<Blob> }) | null;
    if (!el) return;
    downloadBlob(`tong-hop-${formId}-${period}.xlsx`, await el.exportXlsx());
  };
  return html`<h1>${PAGE_TITLES[ctx.lang].totals}</h1>
    <div class="toolbar">
      <label>${tr(ctx.lang, 'form')}
        <select @change=${(e: Event) => ctx.go('totals', (e.target as HTMLSelectElement).value, period)}>
          ${ctx.pack.forms.filter((f) => !f['x-fp-from-criteria']).map((f) => html`<option value=${f['x-fp-id']} ?selected=${f['x-fp-id'] === formId}>${l(f['x-fp-label'], ctx.lang)}</option>`)}
        </select>
      </label>
      ${periodSelect(ctx, period, (id) => ctx.go('totals', formId, id))}
      <button @click=${exportXlsx}>${en ? 'Export XLSX' : 'Xuất tệp Excel (XLSX)'}</button>
    </div>
    <fp-aggregate .pack=${ctx.pack} .store=${ctx.store} form=${formId} period=${period} lang=${ctx.lang}></fp-aggregate>`;
}

async function scoresTable(ctx: PageContext): Promise<TemplateResult> {
  const en = ctx.lang === 'en';
  const set = ctx.pack.criteriaSets[0];
  if (!set) return html``;
  const all = await ctx.store.listAssessments({ packId: ctx.pack.manifest.id, criteriaSetId: set.id });
  return html`<table class="simple">
    <caption>${l(set.title, ctx.lang)}</caption>
    <thead><tr><th scope="col">${tr(ctx.lang, 'ward')}</th><th scope="col">${en ? 'Score' : 'Điểm'}</th><th scope="col">${en ? 'Result' : 'Kết quả'}</th><th scope="col">${en ? 'Verify' : 'Thẩm định'}</th></tr></thead>
    <tbody>
      ${wards(ctx.pack).map((w) => {
        const a = all.find((x) => x.ward === w.code);
        const s = a ? scoreAssessment(set, a.answers as Record<string, unknown>, { localityClass: w.localityClass ?? '', verification: a.verification as never }) : undefined;
        return html`<tr>
          <th scope="row">${w.name}</th>
          <td>${s ? `${s.total}/${s.maxPoints}` : '—'}</td>
          <td>${!s ? (en ? 'not assessed' : 'chưa tự đánh giá') : s.recognised ? (en ? 'recognised' : 'đạt chuẩn') : en ? 'not recognised' : 'chưa đạt'}</td>
          <td><a href=${`#/assessments/${encodeURIComponent(w.code)}`}>${en ? 'Open' : 'Mở'}</a></td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

/** Every ward's score and recognition, with district verification per indicator. */
export function assessmentsPage(ctx: PageContext): TemplateResult {
  const ward = wards(ctx.pack).find((w) => w.code === ctx.args[0]);
  return html`<h1>${PAGE_TITLES[ctx.lang].assessments}</h1>
    ${until(scoresTable(ctx), html`<p role="status">${tr(ctx.lang, 'loading')}</p>`)}
    ${ward
      ? html`<h2>${ward.name}</h2>
          <fp-assessment .pack=${ctx.pack} .store=${ctx.store} ward=${ward.code} year=${String(ctx.pack.manifest.year)} mode="verify" lang=${ctx.lang}></fp-assessment>`
      : nothing}`;
}
