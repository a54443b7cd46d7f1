/**
 * The wards a district board lists for a period: wards of the pack's district that exist
 * during the period (wards merge, so org units carry validity dates).
 */
import type { Code, IsoDate, PackSource } from '../pack/types.js';
import { toCalendarDate } from './iso-date.js';

/**
 * Codes of the wards of the pack's district (`manifest.district`) that exist on at least one
 * day of `range`, in pack order. `validFrom` is the first day a ward exists; `validTo` is the day
 * it stops existing (the effective date of a merge), so a ward with `validTo` 2025-07-01 exists
 * up to 2025-06-30. A missing bound is open.
 * @param pack the pack
 * @param range a day, or a period's coverage `{ from, to }`
 * @example
 * ```ts
 * activeWards(pack, periodById(pack, '2018-H1').coverage); // ['P00091', …]
 * ```
 */
export function activeWards(
  pack: Pick<PackSource, 'manifest' | 'orgUnits'>, range: Date | IsoDate | { from: IsoDate; to: IsoDate },
): Code[] {
  const { from, to } = typeof range === 'string' || range instanceof Date
    ? { from: toCalendarDate(range), to: toCalendarDate(range) }
    : { from: toCalendarDate(range.from), to: toCalendarDate(range.to) };
  return pack.orgUnits
    .filter((u) => u.level === 'ward' && u.parent === pack.manifest.district)
    .filter((u) => (u.validFrom === undefined || u.validFrom <= to) && (u.validTo == null || u.validTo > from))
    .map((u) => u.code);
}
