/**
 * Which wards are expected to report: ward-level org units under a district, valid on a date.
 */
import type { Code, IsoDate, OrgUnit } from '../pack/types.js';

/** Options of {@link expectedWards}. */
export interface ExpectedWardsOptions {
  /** keep only wards whose `parent` is this code */
  parent?: Code;
  /** keep only wards valid on this date (`validFrom` ≤ on ≤ `validTo`) */
  on?: IsoDate;
}

/**
 * Selects the wards expected to report (wards merge and split over the years, so the
 * validity dates matter when aggregating a period).
 * @param orgUnits - the pack's org units
 * @param opts - parent district and date
 * @returns ward org units in pack order
 * @example
 * ```ts
 * aggregate({ formId, periodId, wards: expectedWards(pack.orgUnits, { parent: 'D003', on: '2018-06-30' }), reports });
 * ```
 */
export function expectedWards(orgUnits: readonly OrgUnit[], opts: ExpectedWardsOptions = {}): OrgUnit[] {
  return orgUnits.filter((u) => {
    if (u.level !== 'ward') return false;
    if (opts.parent !== undefined && u.parent !== opts.parent) return false;
    if (opts.on !== undefined) {
      if (u.validFrom && u.validFrom > opts.on) return false;
      if (u.validTo && u.validTo < opts.on) return false;
    }
    return true;
  });
}
