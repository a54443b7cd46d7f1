/**
 * Reads drafts and submissions from a store into the `ReportLookup` the core status grids use.
 */
import type { PackSource, ReportLookup, ReportRecord, Store, SubmissionSummary } from '@formplan/core';

const key = (formId: string, ward: string, period: string): string => `${formId}\u0000${ward}\u0000${period}`;

/**
 * Loads what the store holds for one pack version (drafts, and every submission revision with
 * the status derived from its reviews), limited to one ward or one period, into a lookup.
 * @param store where the records are
 * @param pack the pack (its id and version select the records)
 * @param scope `{ ward }` for a ward's year, `{ period }` for a period's district board
 * @returns a lookup by form, ward and period (`undefined` where nothing is stored)
 * @example
 * ```ts
 * const lookup = await loadReportLookup(store, pack, { ward: 'P00109' });
 * statusGrid(pack, { ward: 'P00109', clock: new Date(), lookup });
 * ```
 */
export async function loadReportLookup(
  store: Store, pack: PackSource, scope: { ward?: string; period?: string },
): Promise<ReportLookup> {
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
  return (formId, ward, period) => records.get(key(formId, ward, period));
}
