/**
 * The read-only parts of the district's review page: the revision history with each decision,
 * what changed since the previous revision, and the earlier return comments. Times are shown
 * `dd/mm/yyyy hh:mm` (the store dates them by the viewing date), numbers in the page language's
 * separators.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { isIsoDate } from '@formplan/core';
import type { ReviewRecord, RevisionChange, SubmissionRecord } from '@formplan/core';
import { statusText } from '@formplan/elements';
import { displayDate, formatNumber, pick } from '@formplan/elements/i18n';
import type { KeyOf } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';
import type { Lang } from '../host-strings.js';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An ISO timestamp as `dd/mm/yyyy hh:mm` in local time (other text unchanged).
 * @example
 * ```ts
 * displayDateTime('2018-05-16T03:30:00.000Z'); // '16/05/2018 10:30' in Hà Nội
 * ```
 */
export function displayDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A decision in the words of the state it leads to (one word for one state, as the calendar says it). */
export function decisionText(lang: Lang, decision: ReviewRecord['decision']): string {
  return statusText(lang, decision === 'accept' ? 'accepted' : 'returned');
}

/** A cell value as a reader writes it: vi numbers, Có/Không, dd/mm/yyyy dates, "(trống)". */
function valueText(lang: Lang, value: unknown): string {
  if (value === undefined || value === null || value === '') return term(lang, 'host', 'review.empty');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'boolean') return term(lang, 'host', value ? 'review.yes' : 'review.no');
  if (typeof value === 'string') return isIsoDate(value) ? displayDate(value) : value;
  return JSON.stringify(value);
}

/** The table of every revision, oldest first, with its decisions. */
export function historyTable(lang: Lang, revisions: SubmissionRecord[], reviews: ReviewRecord[]): TemplateResult {
  const t = (key: KeyOf<'host'>) => term(lang, 'host', key);
  return html`<table class="simple review-history">
    <caption>${t('review.history')}</caption>
    <thead><tr>
      <th scope="col">${t('review.revision')}</th><th scope="col">${t('review.submittedAt')}</th>
      <th scope="col">${t('review.author')}</th><th scope="col">${t('review.cutOff')}</th>
      <th scope="col">${t('review.status')}</th><th scope="col">${t('review.decisions')}</th>
    </tr></thead>
    <tbody>${revisions.map((s) => {
      const own = reviews.filter((r) => r.revision === s.revision);
      return html`<tr data-revision=${s.revision}>
        <th scope="row">${s.revision}</th>
        <td>${displayDateTime(s.submittedAt)}</td>
        <td>${s.author}</td>
        <td>${displayDate(s.cutOffDate)}</td>
        <td>${statusText(lang, s.status)}</td>
        <td>${own.length
          ? html`<ul>${own.map((r) => html`<li>
              ${term(lang, 'host', 'review.decisionLine', { decision: decisionText(lang, r.decision), at: displayDateTime(r.at), reviewer: r.reviewer })}${r.comment ? html`: <q>${r.comment}</q>` : nothing}
            </li>`)}</ul>`
          : html`<span class="muted">${t('review.notReviewed')}</span>`}</td>
      </tr>`;
    })}</tbody>
  </table>`;
}

/** What changed since the previous revision (nothing is rendered for a first revision). */
export function changesTable(lang: Lang, previous: number, latest: number, changes: RevisionChange[]): TemplateResult {
  const caption = term(lang, 'host', 'review.changes', { previous });
  if (!changes.length) {
    return html`<section class="review-changes" aria-label=${caption}><h2>${caption}</h2><p>${term(lang, 'host', 'review.noChanges')}</p></section>`;
  }
  return html`<section class="review-changes" aria-label=${caption}><h2>${caption}</h2>
    <table class="simple">
      <thead><tr>
        <th scope="col">${term(lang, 'host', 'review.field')}</th>
        <th scope="col">${term(lang, 'host', 'review.revisionN', { revision: previous })}</th>
        <th scope="col">${term(lang, 'host', 'review.revisionN', { revision: latest })}</th>
      </tr></thead>
      <tbody>${changes.map((c) => html`<tr data-pointer-changed=${c.pointer}>
        <th scope="row">${pick(c.label, lang)}</th>
        <td>${valueText(lang, c.before)}</td>
        <td>${valueText(lang, c.after)}</td>
      </tr>`)}</tbody>
    </table></section>`;
}

/** Every return comment so far, in order (nothing when there is none). */
export function returnComments(lang: Lang, reviews: ReviewRecord[]): TemplateResult | typeof nothing {
  const returns = reviews.filter((r) => r.decision === 'return');
  if (!returns.length) return nothing;
  const title = term(lang, 'host', 'review.returnComments');
  return html`<section class="review-comments" aria-label=${title}><h2>${title}</h2>
    <ol>${returns.map((r) => html`<li>
      ${term(lang, 'host', 'review.returnComment', { revision: r.revision, at: displayDateTime(r.at), reviewer: r.reviewer })}
      <q>${r.comment}</q>
    </li>`)}</ol></section>`;
}
