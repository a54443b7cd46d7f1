/**
 * Reads drafts and submissions from a store into the `ReportLookup` the core status grids use.
 */
import type {
  PackSource, ReopenSummary, ReportLookup, ReportRecord, Store, SubmissionRecord, SubmissionSummary,
} from '@formplan/core';

const key = (formId: string, ward: string, period: string): string => `${formId}\u0000${ward}\u0000${period}`;

/** What the calendar reads from the store. */
export interface LoadedReports {
  /** the records by form, ward and period, for the core status grids */
  lookup: ReportLookup;
  /** the district's comment on a report whose latest revision was returned */
  returnComment: (formId: string, ward: string, period: string) => string | undefined;
}

/**
 * Loads what the store holds for one pack version (drafts, every submission revision with
 * the status derived from its reviews, the district's reopenings), limited to one ward or one period, into a lookup.
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
  const [drafts, submissions, reopens] = await Promise.all([store.listDrafts(filter), store.listSubmissions(filter), store.listReopens(filter)]);
  const records = new Map<string, { draft: ReportRecord['draft']; submissions: SubmissionSummary[]; reopens: ReopenSummary[] }>();
  const entry = (formId: string, ward: string, period: string) => {
    const k = key(formId, ward, period);
    let r = records.get(k);
    if (!r) {
      r = { draft: null, submissions: [], reopens: [] };
      records.set(k, r);
    }
    return r;
  };
  for (const d of drafts) entry(d.formId, d.ward, d.period).draft = { updatedAt: d.updatedAt };
  for (const s of submissions) {
    entry(s.formId, s.ward, s.period).submissions.push({ revision: s.revision, submittedAt: s.submittedAt, status: s.status });
  }
  for (const r of reopens) entry(r.formId, r.ward, r.period).reopens.push(r);
  const comments = new Map<string, string>();
  const latest = new Map<string, SubmissionRecord>();
  for (const s of submissions) {
    const k = key(s.formId, s.ward, s.period);
    if ((latest.get(k)?.revision ?? 0) < s.revision) latest.set(k, s);
  }
  // the comment of a returned report; the time of the decision where a reopening may follow it
  await Promise.all([...latest].filter(([k, s]) => s.status === 'returned' || (records.get(k)?.reopens.length ?? 0) > 0).map(async ([k, s]) => {
    const reviews = await store.getReviews(s, s.revision);
    const last = reviews[reviews.length - 1];
    if (s.status === 'returned' && last?.comment) comments.set(k, last.comment);
    const summary = records.get(k)?.submissions.find((x) => x.revision === s.revision);
    if (summary && last) summary.decidedAt = last.at;
  }));
  return {
    lookup: (formId, ward, period) => records.get(key(formId, ward, period)),
    returnComment: (formId, ward, period) => comments.get(key(formId, ward, period)),
  };
}
