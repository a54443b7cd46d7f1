/** A ward's pages: the year's reports, one report, the self-assessment, the file for the district. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { exportBundle } from '@formplan/core';
import type { PackSource, Store } from '@formplan/core';
import type { PageContext } from '../app.js';
import { PAGE_TITLES } from '../host-strings.js';
import { downloadText } from './download.js';

function wardOf(ctx: PageContext): string {
  return ctx.role.kind === 'ward' ? ctx.role.ward : '';
}

function wardName(pack: PackSource, code: string): string {
  return pack.orgUnits.find((o) => o.code === code)?.name ?? code;
}

/** "My reports": the calendar of the year for the ward. */
export function reportsPage(ctx: PageContext): TemplateResult {
  const ward = wardOf(ctx);
  return html`<h1>${PAGE_TITLES[ctx.lang].reports} — ${wardName(ctx.pack, ward)}</h1>
    <fp-calendar
      .pack=${ctx.pack}
      .store=${ctx.store}
      ward=${ward}
      today=${ctx.today}
      lang=${ctx.lang}
      @fp-open=${(e: CustomEvent<{ formId: string; periodId: string }>) => ctx.go('form', e.detail.formId, e.detail.periodId)}
    ></fp-calendar>`;
}

async function reviewNotice(store: Store, ctx: PageContext, formId: string, periodId: string): Promise<TemplateResult | typeof nothing> {
  const key = { packId: ctx.pack.manifest.id, packVersion: ctx.pack.manifest.version, formId, ward: wardOf(ctx), period: periodId };
  const latest = await store.latestSubmission(key);
  if (!latest) return nothing;
  const reviews = await store.getReviews(key, latest.revision);
  const last = reviews[reviews.length - 1];
  const en = ctx.lang === 'en';
  if (last?.decision === 'return') {
    return html`<div class="error" role="status">
      <strong>${en ? `Revision ${latest.revision} was returned by the district` : `Lần gửi ${latest.revision} bị quận trả lại`}:</strong>
      ${last.comment}
      <div>${en ? 'Correct the report and submit again (a new revision is kept beside the old one).' : 'Hãy sửa và gửi lại (lần gửi mới được lưu, lần cũ vẫn giữ).'}</div>
    </div>`;
  }
  if (last?.decision === 'accept') {
    return html`<div class="ok" role="status">${en ? `Revision ${latest.revision} was accepted by the district.` : `Lần gửi ${latest.revision} đã được quận chấp nhận.`}</div>`;
  }
  return html`<div class="ok" role="status">${en ? `Revision ${latest.revision} submitted; waiting for the district's review.` : `Đã gửi lần ${latest.revision}; đang chờ quận xem xét.`}</div>`;
}

/** One report: the form for the ward and period, with the district's last decision above it. */
export function formPage(ctx: PageContext): TemplateResult {
  const [formId, periodId] = ctx.args;
  const ward = wardOf(ctx);
  if (!formId || !periodId) return reportsPage(ctx);
  // The self-assessment is filed through its own page, which scores it live.
  if (ctx.pack.forms.find((f) => f['x-fp-id'] === formId)?.['x-fp-from-criteria']) return assessmentPage(ctx);
  return html`<p><a href="#/reports">← ${PAGE_TITLES[ctx.lang].reports}</a></p>
    ${until(reviewNotice(ctx.store, ctx, formId, periodId), nothing)}
    <fp-form
      pack=${ctx.pack.manifest.id}
      pack-version=${ctx.pack.manifest.version}
      form=${formId}
      ward=${ward}
      period=${periodId}
      lang=${ctx.lang}
      @fp-submit=${() => ctx.refresh()}
    ></fp-form>`;
}

/** The child-friendly-ward self-assessment. */
export function assessmentPage(ctx: PageContext): TemplateResult {
  const ward = wardOf(ctx);
  return html`<h1>${PAGE_TITLES[ctx.lang].assessment} — ${wardName(ctx.pack, ward)}</h1>
    <fp-assessment .pack=${ctx.pack} .store=${ctx.store} ward=${ward} year=${String(ctx.pack.manifest.year)} mode="self" lang=${ctx.lang}></fp-assessment>`;
}

/** Export the ward's submissions as a file for the district. */
export function exportPage(ctx: PageContext): TemplateResult {
  const ward = wardOf(ctx);
  const en = ctx.lang === 'en';
  const run = async (e: Event) => {
    const status = (e.target as HTMLElement).closest('section')?.querySelector('[role=status]');
    const bundle = await exportBundle(ctx.store, { packId: ctx.pack.manifest.id, packVersion: ctx.pack.manifest.version, ward });
    const name = `formplan-${ctx.pack.manifest.id}-${ward}-${ctx.today}.json`;
    downloadText(name, JSON.stringify(bundle, null, 2), 'application/json');
    if (status) status.textContent = en ? `Saved ${name}: ${bundle.submissions.length} submission(s).` : `Đã lưu tệp ${name}: ${bundle.submissions.length} lần gửi.`;
  };
  return html`<h1>${PAGE_TITLES[ctx.lang].export}</h1>
    <section class="card">
      <p>${en
        ? 'For offices without a shared server: save every submission of the ward in one file and send it to the district (e-mail, USB). The district imports it; importing twice adds nothing.'
        : 'Dành cho nơi không có máy chủ chung: lưu mọi lần gửi báo cáo của phường vào một tệp và gửi cho quận (thư điện tử, USB). Quận nhập tệp; nhập hai lần không bị trùng.'}</p>
      <button class="primary" @click=${run}>${en ? 'Save the file' : 'Lưu tệp gửi quận'}</button>
      <p role="status" aria-live="polite"></p>
    </section>`;
}
