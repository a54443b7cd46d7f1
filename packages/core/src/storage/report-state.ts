/**
 * A report as a store holds it (revisions, reviews, reopenings, draft) with the policy that
 * applies to it at a clock: what `<fp-form>`, a host's district page or any embedding shows.
 */
import { reportPolicy, type ReportPolicy } from '../calendar/report-policy.js';
import type { StatusPeriod } from '../calendar/report-status.js';
import type { IsoDate } from '../pack/types.js';
import { submissionSummaries } from './report-versions.js';
import { readReport } from './report-versions.js';
import type { DraftRecord, FormDataKey, ReopenRecord, ReviewRecord, SubmissionRecord } from './records.js';
import type { Store } from './store.js';

/** One report read from a store, with its policy. */
export interface StoredReport {
  policy: ReportPolicy;
  /** every revision under any version of the pack id, in report order (`compareRevisions`), with its derived status */
  submissions: SubmissionRecord[];
  /** every review under any version, oldest first (match a revision with `reviewsOfRevision`) */
  reviews: ReviewRecord[];
  /** every reopening under any version */
  reopens: ReopenRecord[];
  /** the draft under the key's own version */
  draft?: DraftRecord;
}

/**
 * Reads one report across the versions of its pack id (see `report-versions.ts`) and applies
 * `reportPolicy` at `clock`: a report submitted or accepted under 1.0.0 is submitted or accepted
 * when read under 1.1.0. The draft is the one of the key's version.
 * @param store where the report is
 * @param key the report (form × ward × period of a pack version)
 * @param period its period in the plan (`planPeriod`), null when not in the plan
 * @param clock now (an instant or a calendar day)
 * @example
 * ```ts
 * const { policy } = await readStoredReport(store, key, planPeriod(pack, key.formId, key.period), '2018-05-16');
 * ```
 */
export async function readStoredReport(store: Store, key: FormDataKey, period: StatusPeriod | null, clock: Date | IsoDate): Promise<StoredReport> {
  const [{ submissions, reviews, reopens }, draft] = await Promise.all([readReport(store, key), store.getDraft(key)]);
  const policy = reportPolicy({
    period, clock, submissions: submissionSummaries(submissions, reviews), reopens, draft: draft ? { updatedAt: draft.updatedAt } : null,
  });
  return { policy, submissions, reviews, reopens, draft };
}
