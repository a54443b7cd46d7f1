/**
 * The status of one report (form × ward × period) at a given clock.
 */
import type { IsoDate } from '../pack/types.js';
import { addDaysIso, daysBetween, formatIsoDate, toCalendarDate } from './iso-date.js';

/** The status of one report. */
export type ReportStatus =
  | 'not-due' | 'open' | 'draft' | 'submitted' | 'accepted' | 'returned' | 'late' | 'locked' | 'reopened';

/** Every status, in precedence order (highest first). */
export const REPORT_STATUSES: readonly ReportStatus[] = [
  'reopened', 'accepted', 'returned', 'submitted', 'locked', 'late', 'draft', 'open', 'not-due',
];

/** What status needs of a stored submission revision. */
export interface SubmissionSummary {
  revision: number;
  /** ISO date-time (or date) of the submission */
  submittedAt: string;
  status: 'submitted' | 'accepted' | 'returned';
  /** ISO time of the review that decided `status` (accepted / returned), when known */
  decidedAt?: string;
}

/** What status needs of a district's reopening of one report (see the store's `reopen`). */
export interface ReopenSummary {
  /** the latest revision when the district reopened (null: nothing had been submitted) */
  afterRevision: number | null;
  reason: string;
  by: string;
  /** ISO time of the reopening */
  at: string;
}

/** What status needs of a stored draft. */
export interface DraftSummary {
  /** ISO date-time of the last save */
  updatedAt: string;
}

/** The period fields status needs; a {@link ScheduledPeriod} fits. */
export interface StatusPeriod {
  coverage: { from: IsoDate; to: IsoDate };
  due: IsoDate | null;
  /** days after due before locking; 0 when absent */
  graceDays?: number;
}

/** Input of {@link reportStatus}. */
export interface ReportStatusInput {
  period: StatusPeriod;
  /** the injected clock: an instant (its local day is used) or a calendar date */
  clock: Date | IsoDate;
  draft?: DraftSummary | null;
  submissions?: readonly SubmissionSummary[];
  /** the district has reopened the period for this report (a reopen without record) */
  unlocked?: boolean;
  /** the district's reopenings of this report, in any order; see {@link activeReopen} */
  reopens?: readonly ReopenSummary[];
}

/** Result of {@link reportStatus}. */
export interface ReportStatusResult {
  status: ReportStatus;
  /** a draft exists that is newer than the latest submission */
  hasDraft: boolean;
  /** days from the clock's day to the due date (0 on the due day, negative once past); null when ad hoc */
  dueIn: number | null;
  /** days past due for a report not yet submitted (status late or locked); null otherwise */
  lateBy: number | null;
  /** the revision that decides a submitted/accepted/returned status; null when none */
  revision: number | null;
  /** whether the first submission came after the due date; null when not submitted or ad hoc */
  submittedLate: boolean | null;
  /** the reopening in force (status `reopened`); null when none */
  reopen: ReopenSummary | null;
}

function instantDay(value: string): IsoDate | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : formatIsoDate(new Date(t));
}

/**
 * The reopening in force for a report: the latest one made after the latest revision (its
 * `afterRevision` is that revision, or null when nothing was submitted) and not followed by a
 * review of that revision. A new submission, or an accept / return after it, ends a reopening.
 * @param reopens the report's reopenings
 * @param latest the latest submission revision, if any
 * @returns the reopening in force, or null
 */
export function activeReopen(reopens: readonly ReopenSummary[] | undefined, latest: SubmissionSummary | undefined): ReopenSummary | null {
  const after = latest?.revision ?? null;
  const candidates = (reopens ?? [])
    .filter((r) => r.afterRevision === after && (latest?.decidedAt === undefined || r.at >= latest.decidedAt))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return candidates[candidates.length - 1] ?? null;
}

/**
 * Computes a report's status. Precedence, highest first:
 * `reopened` (a district reopening in force, see {@link activeReopen}) >
 * `accepted` > `returned` > `submitted` (the latest revision decides among these, since a
 * later revision supersedes earlier ones; a returned report stays `returned` after the due
 * date and after the lock) > `locked` / `late` > `draft` > `open` > `not-due`.
 *
 * - `not-due`: the clock is before the period's coverage starts and nothing was saved;
 * - `open` / `draft`: started, not submitted, on or before the due day (due day inclusive);
 *   ad-hoc periods (no due date) stay `open` / `draft` for ever;
 * - `late`: past due, not submitted, on or before the lock date (due + grace), or at any time
 *   after it when `unlocked`; `hasDraft` tells whether a draft exists;
 * - `locked`: after the lock date, not submitted and not unlocked.
 * @param input period, clock, draft, submissions, unlock flag
 * @returns the status with `hasDraft`, `dueIn`, `lateBy`, `revision` and `submittedLate`
 * @example
 * ```ts
 * reportStatus({ period: h1, clock: '2018-05-16', submissions: [] }).status; // 'late'
 * ```
 */
export function reportStatus(input: ReportStatusInput): ReportStatusResult {
  const today = toCalendarDate(input.clock);
  const { period } = input;
  const subs = [...(input.submissions ?? [])].sort((a, b) => a.revision - b.revision);
  const latest = subs.length > 0 ? subs[subs.length - 1] : undefined;

  let hasDraft = input.draft != null;
  if (hasDraft && latest && input.draft) {
    const draftAt = Date.parse(input.draft.updatedAt);
    const subAt = Date.parse(latest.submittedAt);
    if (!Number.isNaN(draftAt) && !Number.isNaN(subAt) && draftAt <= subAt) hasDraft = false;
  }

  const dueIn = period.due === null ? null : daysBetween(today, period.due);
  let submittedLate: boolean | null = null;
  if (subs.length > 0 && period.due !== null) {
    const firstDay = instantDay(subs[0].submittedAt);
    submittedLate = firstDay === null ? null : daysBetween(period.due, firstDay) > 0;
  }
  const reopen = activeReopen(input.reopens, latest);
  const base = { hasDraft, dueIn, submittedLate, reopen };

  if (reopen) {
    const lateBy = !latest && dueIn !== null && dueIn < 0 ? -dueIn : null;
    return { ...base, status: 'reopened', lateBy, revision: latest?.revision ?? null };
  }
  if (latest) {
    return { ...base, status: latest.status, lateBy: null, revision: latest.revision };
  }
  if (period.due !== null && dueIn !== null && dueIn < 0) {
    const lockDate = addDaysIso(period.due, period.graceDays ?? 0);
    const locked = daysBetween(lockDate, today) > 0 && input.unlocked !== true;
    return { ...base, status: locked ? 'locked' : 'late', lateBy: -dueIn, revision: null };
  }
  if (hasDraft) return { ...base, status: 'draft', lateBy: null, revision: null };
  const started = daysBetween(period.coverage.from, today) >= 0;
  return { ...base, status: started ? 'open' : 'not-due', lateBy: null, revision: null };
}
