/**
 * Reads drafts and submissions from a store into the `ReportLookup` the core status grids use.
 */
import type { PackSource, ReportLookup, ReportRecord, Store, SubmissionRecord, SubmissionSummary } from '@formplan/core';

const key = (formId: string, ward: string, period: string): string => `${formId}\u0000${ward}\u0000${period}`;

/** What the calendar reads from the store. */
export interface LoadedReports {
  /** the records by form, ward and period, for the core status grids */
  lookup: ReportLookup;
  /** the district's comment on a report whose latest revision was returned */
  returnComment: (formId: string, ward: string, period: string) => string | undefined;
}

/**
 * Loads what the store holds for one pack version (drafts, and every submission revision with
 * the status derived from its reviews), limited to one ward or one period, into a lookup.
 * @param store where the records are
 * @param pack the pack (its id and version select the records)
 * @param scope `{ ward }` for a ward's year, `{ period }` for a period's district board
 * @returns a lookup by form, ward and period (`undefined` where nothing is stored), and the
 *   comments of returned reports (from their reviews)
 * @example
 * ```ts
 * const { lookup } = await loadReportLookup(store, pack, { ward: 'P00109' });
 * statusGrid(pack, { ward: 'P00109', clock: new Date(), lookup });
 * ```
 */
export async function loadReportLookup(
  store: Store, pack: PackSource, scope: { ward?: string; period?: string },
): Promise<LoadedReports> {
  const filter = { packId: pack.manifest.id, packVersion: pack.manifest.version, ...scope };
  const [drafts, submissions] = await Promise.all([store.listDrafts(filter), store.listSubmissions(filter)]);
  const records = new Map<string, { draft: ReportRecord['draft']; submissions: SubmissionSummary[] }>();
  const entry = (formId: string, ward: string, period: string) => {
    const k = key(formId, ward, period);
    let r = records.get(k);
    if (!r) {
      r = { draft: null, submissions: [] };
      records.set(k, r);
    }
    return r;
  };
  for (const d of drafts) entry(d.formId, d.ward, d.period).draft = { updatedAt: d.updatedAt };
  for (const s of submissions) {
    entry(s.formId, s.ward, s.period).submissions.push({ revision: s.revision, submittedAt: s.submittedAt, status: s.status });
  }
  const comments = new Map<string, string>();
  const latest = new Map<string, SubmissionRecord>();
  for (const s of submissions) {
    const k = key(s.formId, s.ward, s.period);
    if ((latest.get(k)?.revision ?? 0) < s.revision) latest.set(k, s);
  }
  await Promise.all([...latest].filter(([, s]) => s.status === 'returned').map(async ([k, s]) => {
    const reviews = await store.getReviews(s, s.revision);
    const last = reviews[reviews.length - 1];
    if (last?.comment) comments.set(k, last.comment);
  }));
  return {
    lookup: (formId, ward, period) => records.get(key(formId, ward, period)),
    returnComment: (formId, ward, period) => comments.get(key(formId, ward, period)),
  };
}
