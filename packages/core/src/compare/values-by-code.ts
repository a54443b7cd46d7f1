/**
 * Flattens a report's data into stable code paths, so figures match across years by code,
 * not by layout or labels.
 */
import { getAt } from '../common/json-pointer.js';
import { safeKeys } from '../common/safe-keys.js';
import { cellNumber } from '../aggregate/aggregate.js';

/** The part of a resolved form that {@link valuesByCode} needs (a `ResolvedForm` fits). */
export interface ResolvedFormLike {
  fields: readonly { path: readonly string[]; type: string }[];
}

/** Leaf types that carry figures. */
const NUMERIC_TYPES = new Set(['integer', 'number', 'boolean']);

/**
 * Flattens `data` into `code path → number | null`, code paths joined with `/`
 * (e.g. `so_lieu/HCDB_04/tong_so`). With a form, every numeric or boolean field of the form
 * appears (null when empty: missing is not zero); text fields are left out. Without a form
 * (`null`), every numeric or boolean leaf found in the data appears.
 * Booleans count as 1 (true) or 0 (false).
 * @param form - the resolved form (or anything with `fields[].path/type`), or null
 * @param data - the report data
 * @returns figures by code path
 * @example
 * ```ts
 * valuesByCode(resolvedBieu02, submission.data)['so_lieu/HCDB_04/tong_so'] // 12
 * ```
 */
export function valuesByCode(form: ResolvedFormLike | null, data: unknown): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  if (form) {
    for (const f of form.fields) {
      if (!NUMERIC_TYPES.has(f.type)) continue;
      out[f.path.join('/')] = cellNumber(getAt(data, f.path));
    }
    return out;
  }
  walk(data, [], out);
  return out;
}

function walk(data: unknown, path: string[], out: Record<string, number | null>): void {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const k of safeKeys(data)) {
      path.push(k);
      walk((data as Record<string, unknown>)[k], path, out);
      path.pop();
    }
    return;
  }
  const n = cellNumber(data);
  if (n !== null && path.length > 0) out[path.join('/')] = n;
}
