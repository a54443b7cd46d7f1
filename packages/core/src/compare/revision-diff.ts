/**
 * What changed between two revisions of one report: the form's fields, matched by their stable
 * code paths, whose value differs. The district reads it before deciding on a resubmission.
 */
import { getAt } from '../common/json-pointer.js';
import { canonicalJson } from '../storage/canonical-json.js';
import type { Bilingual } from '../pack/types.js';
import type { FieldInfo } from '../schema/resolved-form.js';

/** The part of a resolved form that {@link revisionDiff} needs (a `ResolvedForm` fits). */
export interface DiffableForm {
  fields: readonly Pick<FieldInfo, 'pointer' | 'path' | 'type' | 'fullLabel' | 'computed'>[];
}

/** One changed field. */
export interface RevisionChange {
  /** JSON Pointer of the field, e.g. `/so_lieu/HCDB_01/duoi_6__nam` */
  pointer: string;
  /** the field's codes, e.g. `['so_lieu', 'HCDB_01', 'duoi_6__nam']` */
  path: readonly string[];
  /** JSON Schema type of the field */
  type: string;
  /** the labels from the form's top level down to the field, joined with ` › ` */
  label: Bilingual;
  /** the value in the earlier revision; `undefined` when empty */
  before: unknown;
  /** the value in the later revision; `undefined` when empty */
  after: unknown;
}

/** Empty text, null and absent all mean "not filled". */
function filled(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && value.trim() === '') return undefined;
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || typeof a !== 'object' || typeof b !== 'object') return false;
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The fields whose value differs between two revisions' data, in the form's display order.
 * Computed fields are left out (they follow from the entered ones); an empty value (absent, null,
 * blank text) equals another empty value.
 * @param form - the resolved form both revisions were made with
 * @param before - the earlier revision's data
 * @param after - the later revision's data
 * @returns the changed fields; empty when nothing changed
 * @example
 * ```ts
 * revisionDiff(resolveForm(pack, 'bieu-02')!, rev1.data, rev2.data);
 * // [{ pointer: '/so_lieu/HCDB_04/tu_6_duoi_11__nam', before: 1234, after: 12, label: {...}, ... }]
 * ```
 */
export function revisionDiff(form: DiffableForm, before: unknown, after: unknown): RevisionChange[] {
  const out: RevisionChange[] = [];
  for (const f of form.fields) {
    if (f.computed !== undefined) continue;
    const a = filled(getAt(before, f.path));
    const b = filled(getAt(after, f.path));
    if (same(a, b)) continue;
    out.push({ pointer: f.pointer, path: f.path, type: f.type, label: f.fullLabel, before: a, after: b });
  }
  return out;
}
