/**
 * The self-assessment as a report in `<fp-assessment mode="self">`: where it stands (not sent,
 * sent and awaiting the district, returned with the district's comment, accepted and final),
 * the "Gửi bản tự đánh giá" button with an in-page confirm step, and "Sửa và gửi lại".
 * The lifecycle rules (which revision counts, what the review decided) come from the store and
 * core; this file only loads them and renders them.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PackSource, ReviewRecord, Store, SubmissionKey, SubmissionRecord } from '@formplan/core';
import { assessmentReportKey, formatDisplayDate, latestRevision, readReport, reviewsOfRevision } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';
import { statusText } from '../calendar/calendar-strings.js';

/** The report behind a self-assessment: its key, latest revision and the latest review of it. */
export interface AssessmentReport {
  key?: SubmissionKey;
  latest?: SubmissionRecord;
  review?: ReviewRecord;
}

/**
 * Loads the report of a ward's self-assessment.
 * @param store - the store
 * @param pack - the pack
 * @param criteriaSetId - the criteria set
 * @param ward - the ward
 * @param year - the year
 * @returns the report (without key when the pack has no report form for the set and year)
 */
export async function loadAssessmentReport(store: Store, pack: PackSource, criteriaSetId: string, ward: string, year: number): Promise<AssessmentReport> {
  const key = assessmentReportKey(pack, criteriaSetId, ward, year);
  if (!key) return {};
  // the assessment's report under any version of the year's pack (core report-versions)
  const { submissions, reviews } = await readReport(store, key);
  const latest = latestRevision(submissions);
  const review = latest ? reviewsOfRevision(reviews, latest).pop() : undefined;
  return { key, ...(latest ? { latest } : {}), ...(review ? { review } : {}) };
}

/** Whether the ward may edit: never once accepted; after a return; after sending only when it chose to edit again or has unsent changes. */
export function wardMayEdit(report: AssessmentReport, editingAgain: boolean, unsent: boolean): boolean {
  const latest = report.latest;
  if (!latest) return true;
  if (latest.status === 'accepted') return false;
  if (latest.status === 'returned') return true;
  return editingAgain || unsent;
}

/** What the submit section shows. */
export interface SubmitView {
  lang: Lang;
  report: AssessmentReport;
  /** the period's due date, `YYYY-MM-DD`, or null */
  due: string | null;
  editable: boolean;
  /** the current answers differ from the latest sent revision */
  unsent: boolean;
  confirming: boolean;
  preparer: string;
  busy: boolean;
  /** the outcome of the last action */
  notice?: { kind: 'ok' | 'error'; text: string; items?: string[] };
}

/** What the submit section calls. */
export interface SubmitHandlers {
  ask(): void;
  confirm(): void;
  cancel(): void;
  editAgain(): void;
  preparer(text: string): void;
}

function statusLine(v: SubmitView): TemplateResult {
  const { lang, report } = v;
  const latest = report.latest;
  if (!latest) {
    return html`<p class="report-status" data-report-status="none">${v.due
      ? term(lang, 'assessment', 'notSentDue', { due: formatDisplayDate(v.due) })
      : term(lang, 'assessment', 'notSent')}</p>`;
  }
  const revision = latest.revision;
  const date = formatDisplayDate(latest.submittedAt.slice(0, 10));
  if (latest.status === 'accepted') {
    return html`<p class="report-status ok" data-report-status="accepted">${term(lang, 'assessment', 'statusAccepted', { revision, date })}</p>`;
  }
  if (latest.status === 'returned') {
    return html`<div class="report-status returned" data-report-status="returned">
      <p><strong>${term(lang, 'assessment', 'statusReturned', { revision })}</strong></p>
      <p class="return-comment">${report.review?.comment ?? ''}</p>
      <p>${term(lang, 'assessment', 'correctAndResubmit')}</p>
    </div>`;
  }
  return html`<p class="report-status" data-report-status="submitted">${term(lang, 'assessment', 'statusSubmitted', { revision, date })}
    ${v.unsent ? html`<strong class="unsent"> ${term(lang, 'assessment', 'unsent', { revision })}</strong>` : nothing}</p>`;
}

/**
 * Renders the submit section of the ward's self-assessment.
 * @param v - what to show
 * @param h - what to call
 * @returns the template
 */
export function renderSubmitSection(v: SubmitView, h: SubmitHandlers): TemplateResult {
  const { lang } = v;
  const accepted = v.report.latest?.status === 'accepted';
  const canSubmit = v.report.key !== undefined && v.editable && !accepted;
  return html`<section class="report" part="report" aria-labelledby="report-heading">
    <h3 id="report-heading">${term(lang, 'assessment', 'reportHeading')}</h3>
    ${statusLine(v)}
    ${v.confirming && canSubmit
      ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">${term(lang, 'assessment', 'confirmSubmit')}</p>
          <label for="preparer">${term(lang, 'assessment', 'preparer')}</label>
          <input id="preparer" type="text" autocomplete="name" .value=${v.preparer} aria-required="true"
            @input=${(e: Event) => h.preparer((e.target as HTMLInputElement).value)} />
          <button type="button" class="primary" data-action="confirm" ?disabled=${v.busy} @click=${() => h.confirm()}>${term(lang, 'assessment', 'confirmYes')}</button>
          <button type="button" data-action="cancel" @click=${() => h.cancel()}>${term(lang, 'assessment', 'cancel')}</button>
        </div>`
      : canSubmit
        ? html`<button type="button" class="primary" data-action="submit" part="submit" @click=${() => h.ask()}>${term(lang, 'assessment', 'submit')}</button>`
        : nothing}
    ${!v.editable && !accepted && v.report.latest
      ? html`<button type="button" data-action="edit-again" @click=${() => h.editAgain()}>${term(lang, 'assessment', 'editAgain')}</button>`
      : nothing}
    <div class="report-notice" role=${v.notice?.kind === 'error' ? 'alert' : 'status'}>
      ${v.notice ? html`<p>${v.notice.text}</p>${v.notice.items?.length ? html`<ul>${v.notice.items.map((i) => html`<li>${i}</li>`)}</ul>` : nothing}` : nothing}
    </div>
  </section>`;
}

/**
 * The district's line about the ward's report in verify mode: its status in the calendar's words
 * and the revision, or that nothing was sent yet.
 * @param report - the report
 * @param lang - language
 * @returns the template
 */
export function renderReportForDistrict(report: AssessmentReport, lang: Lang): TemplateResult {
  const latest = report.latest;
  return html`<p class="report-status" role="status" data-report-status=${latest?.status ?? 'none'}>${latest
    ? term(lang, 'assessment', 'districtStatus', { status: statusText(lang, latest.status), revision: latest.revision })
    : term(lang, 'assessment', 'districtNotSent')}</p>`;
}
