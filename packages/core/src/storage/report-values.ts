/**
 * Figures of reports made under another version of the same pack id, read under the version
 * shown: values are matched by code path (codes are stable across versions), so a column added
 * in 1.1.0 is simply empty for a report made under 1.0.0, and a retired one is not counted.
 */
import { setAt } from '../common/json-pointer.js';
import { valuesByCode, type ResolvedFormLike } from '../compare/values-by-code.js';
import type { PackSource } from '../pack/types.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import type { SubmissionRecord } from './records.js';
import { latestSubmissions } from './report-versions.js';
import type { Store } from './store.js';

/**
 * The figures of `data` (made under form `from`) placed at the fields of form `to` with the same
 * code path; fields of `to` that `from` lacks, or that are empty, are absent (missing, not zero).
 * Text fields are left out: this is data for totals, not for entry.
 * @param from the form the data was made under
 * @param to the form it is read under
 * @param data the report's data
 * @returns an object shaped by `to`'s code paths
 * @example
 * ```ts
 * dataByCode(bieu02v100, bieu02v110, { so_lieu: { HCDB_04: { tong_so: 3 } } }); // same figures; the 1.1.0 column stays absent
 * ```
 */
export function dataByCode(from: ResolvedFormLike, to: ResolvedFormLike, data: unknown): unknown {
  const values = valuesByCode(from, data);
  let out: unknown = {};
  for (const f of to.fields) {
    const v = values[f.path.join('/')];
    if (v !== undefined && v !== null) out = setAt(out, f.path, v);
  }
  return out;
}

/**
 * The latest revision of every ward's report of one form and period under any version of the
 * pack's id, with the data of a report made under another version mapped by code onto `pack`'s
 * form ({@link dataByCode}); each keeps its own `packVersion`. What the district's totals add up.
 * @param store where the submissions and the pack versions are
 * @param pack the version the totals are read under
 * @param form the form, resolved under `pack`
 * @param period the period id
 * @example
 * ```ts
 * aggregate({ formId, periodId, wards, reports: await reportsForTotals(store, pack, resolveForm(pack, formId)!, periodId) });
 * ```
 */
export async function reportsForTotals(store: Store, pack: PackSource, form: ResolvedForm, period: string): Promise<SubmissionRecord[]> {
  const packId = pack.manifest.id;
  const latest = await latestSubmissions(store, { packId, formId: form.id, period });
  const forms = new Map<string, Promise<ResolvedForm | undefined>>();
  const formOf = (version: string) => {
    let f = forms.get(version);
    if (!f) {
      f = store.getPack(packId, version).then((r) => (r ? resolveForm(r.source as PackSource, form.id) : undefined));
      forms.set(version, f);
    }
    return f;
  };
  return Promise.all(latest.map(async (s) => {
    if (s.packVersion === pack.manifest.version) return s;
    const from = await formOf(s.packVersion);
    return from ? { ...s, data: dataByCode(from, form, s.data) } : s;
  }));
}
