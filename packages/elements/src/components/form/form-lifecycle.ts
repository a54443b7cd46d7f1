/**
 * The report lifecycle in `<fp-form>` (pack mode): what the store holds of a report (revisions,
 * reviews, reopenings, draft) read into core's `reportPolicy`, and the box that says where the
 * report stands (sent and awaiting review with "Sửa và gửi lại", a revision not yet sent,
 * returned with the district's comment, reopened with its reason, locked or accepted with the
 * policy's reason), plus the confirm step before a submission.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { readStoredReport, reviewsOfRevision } from '@formplan/core';
import type { DraftKey, DraftRecord, ReportPolicy, ScheduledPeriod, Store, SubmissionRecord } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { displayDateTime } from '../../i18n/format.js';
import { term } from '../../i18n/form-term.js';

/** Where a report stands, as the form shows it. */
export interface ReportLifecycle {
  policy: ReportPolicy;
  /** the latest revision, if any */
  latest?: SubmissionRecord;
  /** the district's comment on the latest revision when it was returned */
  returnComment?: string;
}

/** The lifecycle of a report and its draft, as read from the store. */
export interface ReadLifecycle {
  lifecycle: ReportLifecycle;
  draft?: DraftRecord;
}

/**
 * Reads a report's revisions, reviews, reopenings and draft and applies the policy at `clock`.
 * @param store where the report is
 * @param key the report
 * @param period its period in the plan (see `planPeriod`)
 * @param clock now
 */
export async function readLifecycle(store: Store, key: DraftKey, period: ScheduledPeriod, clock: Date): Promise<ReadLifecycle> {
  const { policy, submissions, reviews, draft } = await readStoredReport(store, key, period, clock);
  const latest = submissions[submissions.length - 1];
  const last = latest ? reviewsOfRevision(reviews, latest).pop() : undefined;
  return { lifecycle: { policy, latest, returnComment: last?.decision === 'return' ? last.comment : undefined }, draft };
}

/**
 * The data a report opens with: the draft when it is newer than the latest revision (or there is
 * no revision), else the latest revision's data.
 */
export function openingData({ lifecycle, draft }: ReadLifecycle): unknown {
  const { latest, policy } = lifecycle;
  return !latest || policy.report?.hasDraft ? draft?.data : latest.data;
}

/** What the lifecycle box can do. */
export interface LifecycleActions {
  revise: () => void;
}

/** The revision the next submission will be. */
export function nextRevision(lifecycle: ReportLifecycle | undefined): number {
  return (lifecycle?.latest?.revision ?? 0) + 1;
}

/** The status-line text of a read-only report, by why it is read-only. */
export function readonlyText(lifecycle: ReportLifecycle | undefined, lang: Lang): string | undefined {
  const refusal = lifecycle?.policy.refusal;
  if (refusal === 'period-locked') return term(lang, 'form', 'readonlyLocked');
  if (refusal === 'accepted-final') return term(lang, 'form', 'readonlyAccepted');
  if (lifecycle?.policy.canRevise) return term(lang, 'form', 'readonlySubmitted');
  return undefined;
}

/**
 * The box saying where the report stands (nothing for a report never sent and not refused).
 * `revising`: the ward chose "Sửa và gửi lại" in this page.
 */
export function renderLifecycle(lifecycle: ReportLifecycle | undefined, lang: Lang, revising: boolean, actions: LifecycleActions): TemplateResult | typeof nothing {
  if (!lifecycle) return nothing;
  const { policy, latest, returnComment } = lifecycle;
  const box = (state: string, body: TemplateResult | string) =>
    html`<div class="lifecycle" part="lifecycle" role="status" data-state=${state}>${body}</div>`;
  if (policy.reason) return box(policy.refusal ?? 'refused', pick(policy.reason, lang));
  if (!latest && policy.status !== 'reopened') return nothing;
  const revision = latest?.revision ?? 0;
  if (policy.status === 'reopened') {
    return box('reopened', term(lang, 'form', 'reopened', { reason: policy.report?.reopen?.reason ?? '' }));
  }
  if (policy.status === 'returned') {
    const said = returnComment ? term(lang, 'form', 'returned', { revision, comment: returnComment }) : term(lang, 'form', 'returnedNoComment', { revision });
    return box('returned', html`<strong>${said}</strong> ${term(lang, 'form', 'fixAndResend')}`);
  }
  if (policy.canRevise && !revising) {
    return box('submitted', html`<span>${term(lang, 'form', 'awaitingReview', { revision, when: displayDateTime(latest?.submittedAt ?? '') })}</span>
      <button type="button" part="revise" @click=${actions.revise}>${term(lang, 'form', 'revise')}</button>`);
  }
  return box('revision-draft', html`<strong>${term(lang, 'form', 'revisionDraft', { revision })}</strong>`);
}

/** What the actions row shows and does. */
export interface ActionsView {
  lang: Lang;
  /** the submit button shows */
  canSubmit: boolean;
  /** pack mode: whether the confirm step shows; undefined in schema mode (no confirm step) */
  confirming: boolean | undefined;
  /** the revision the submission will be */
  revision: number;
  /** the submit button's text */
  label: string;
  /** what happened after the last submit, if anything */
  notice: string | undefined;
  submit: () => void;
  send: () => void;
  cancel: () => void;
}

/** The actions row: the submit button, the confirm step, what happened. Nothing when there is nothing to show. */
export function renderActions(v: ActionsView): TemplateResult | typeof nothing {
  if (!v.canSubmit && !v.notice) return nothing;
  return html`<div part="actions">
    ${v.canSubmit
      ? html`<button type="button" part="submit" aria-expanded=${v.confirming === undefined ? nothing : String(v.confirming)} @click=${v.submit}>${v.label}</button>`
      : nothing}
    ${v.canSubmit && v.confirming ? renderConfirm(v.lang, v.revision, v.send, v.cancel) : nothing}
    ${v.notice ? html`<span class="submit-result" role="status">${v.notice}</span>` : nothing}
  </div>`;
}

/** The in-page confirm step before a submission (focus goes to "Gửi"). */
export function renderConfirm(lang: Lang, revision: number, send: () => void, cancel: () => void): TemplateResult {
  return html`<div class="confirm" part="confirm" role="alertdialog" aria-modal="false" aria-labelledby="confirm-title" aria-describedby="confirm-text"
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') cancel(); }}>
    <strong id="confirm-title">${term(lang, 'form', 'confirmTitle', { revision })}</strong>
    <p id="confirm-text">${term(lang, 'form', 'confirmText')}</p>
    <div class="buttons">
      <button type="button" part="confirm-send" data-action="send" @click=${send}>${term(lang, 'form', 'confirmSend')}</button>
      <button type="button" part="confirm-cancel" data-action="cancel" @click=${cancel}>${term(lang, 'form', 'confirmCancel')}</button>
    </div>
  </div>`;
}

/** The text said after a submission: revision and time. */
export function sentText(lang: Lang, submission: SubmissionRecord): string {
  return term(lang, 'form', 'sentAt', { revision: submission.revision, when: displayDateTime(submission.submittedAt) });
}
