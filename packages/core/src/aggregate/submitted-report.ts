/**
 * The minimal view of a submission that aggregation, prefill and plan targets need.
 * The store's `SubmissionRecord` has at least these fields (plus pack id/version and hash).
 */
import type { Code } from '../pack/types.js';

/** Review status of a submission revision. */
export type SubmissionStatus = 'submitted' | 'accepted' | 'returned';

/** One immutable revision of a ward's report for a form and period. */
export interface SubmittedReport {
  formId: string;
  ward: Code;
  period: string;
  /** 1, 2, …; a higher revision supersedes a lower one */
  revision: number;
  data: unknown;
  status: SubmissionStatus;
  /** ISO timestamp; breaks ties between equal revisions (later wins) */
  submittedAt: string;
}

/**
 * Picks the latest revision per ward among `reports` (all of one form and period, or filtered
 * by `accept`). Higher `revision` wins; on a tie, the later `submittedAt`; on a full tie, the
 * later in the input. One pass, O(n).
 * @param reports - revisions, in any order
 * @param accept - optional filter applied before choosing
 * @returns a map ward code → latest report
 */
export function latestByWard<R extends SubmittedReport>(
  reports: Iterable<R>,
  accept?: (r: R) => boolean,
): Map<Code, R> {
  const latest = new Map<Code, R>();
  for (const r of reports) {
    if (accept && !accept(r)) continue;
    const cur = latest.get(r.ward);
    if (
      !cur ||
      r.revision > cur.revision ||
      (r.revision === cur.revision && r.submittedAt >= cur.submittedAt)
    ) {
      latest.set(r.ward, r);
    }
  }
  return latest;
}
