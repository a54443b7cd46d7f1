/**
 * Reads drafts and submissions from a store into the `ReportLookup` the core status grids use.
 */
import { latestDraft, latestRevision, readReports, reviewsOfRevision, submissionSummaries } from '@formplan/core';
import type { PackSource, ReportLookup, ReportRecord, Store } from '@formplan/core';

const key = (formId: string, ward: string, period: string): string => `${formId}\u0000${ward}\u0000${period}`;

/** What the calendar reads from the store. */
export interface LoadedReports {
  /** the records by form, ward and period, for the core status grids */
  lookup: ReportLookup;
  /** the district's comment on a report whose latest revision was returned */
  returnComment: (formId: string, ward: string, period: string) => string | undefined;
}

/**
 * Loads what the store holds of the pack's reports under every version of its id (drafts, every
 * submission revision with the status derived from its reviews, the district's reopenings; core
 * `readReports`), limited to one ward or one period, into a lookup: a report submitted under
 * 1.0.0 shows as submitted when the year's version is 1.1.0.
 * @param store where the records are
 * @param pack the pack (its id selects the records, of any version)
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
  const reports = await readReports(store, { packId: pack.manifest.id, ...scope });
  const records = new Map<string, ReportRecord>();
  const comments = new Map<string, string>();
  for (const r of reports.values()) {
    const k = key(r.key.formId, r.key.ward, r.key.period);
    const draft = latestDraft(r.drafts);
    records.set(k, { draft: draft ? { updatedAt: draft.updatedAt } : null, submissions: submissionSummaries(r.submissions, r.reviews), reopens: r.reopens });
    const latest = latestRevision(r.submissions);
    const last = latest ? reviewsOfRevision(r.reviews, latest).pop() : undefined;
    if (latest?.status === 'returned' && last?.comment) comments.set(k, last.comment);
  }
  return {
    lookup: (formId, ward, period) => records.get(key(formId, ward, period)),
    returnComment: (formId, ward, period) => comments.get(key(formId, ward, period)),
  };
}
