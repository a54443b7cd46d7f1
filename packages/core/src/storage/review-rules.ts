/**
 * The district's decisions on a report, as the lifecycle allows them: only the latest revision is
 * reviewed; an accepted revision is final (unless the district reopens the report, which makes
 * room for a new revision); a returned revision waits for the ward's next revision, though the
 * district may still accept it. The store enforces these rules; a page asks them which buttons to
 * show.
 */
import type { ReviewRecord } from './records.js';
import type { ReviewRefusalReason } from './storage-errors.js';

/** A district decision. */
export type ReviewDecision = ReviewRecord['decision'];

/**
 * Why `decision` on `revision` is not allowed, or `undefined` when it is.
 * @param decision - the decision asked for
 * @param revision - the revision it is for
 * @param latestRevision - the report's latest revision
 * @param reviewsOfRevision - the reviews of `revision`, oldest first
 * @example
 * ```ts
 * reviewRefusal('return', 2, 2, [{ decision: 'accept', ... }]); // 'already-accepted'
 * ```
 */
export function reviewRefusal(
  decision: ReviewDecision, revision: number, latestRevision: number, reviewsOfRevision: readonly Pick<ReviewRecord, 'decision'>[],
): ReviewRefusalReason | undefined {
  if (revision < latestRevision) return 'superseded';
  const last = reviewsOfRevision[reviewsOfRevision.length - 1];
  if (last?.decision === 'accept') return 'already-accepted';
  if (last?.decision === 'return' && decision === 'return') return 'already-returned';
  return undefined;
}

/**
 * The decisions still open on `revision` (none when it is superseded or accepted).
 * @example
 * ```ts
 * allowedDecisions(1, 1, []); // ['accept', 'return']
 * ```
 */
export function allowedDecisions(
  revision: number, latestRevision: number, reviewsOfRevision: readonly Pick<ReviewRecord, 'decision'>[],
): ReviewDecision[] {
  return (['accept', 'return'] as const).filter((d) => !reviewRefusal(d, revision, latestRevision, reviewsOfRevision));
}
