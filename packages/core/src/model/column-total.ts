/**
 * Column totals of a matrix and the concrete paths of a pattern: pure functions over a form's
 * schema, data and computed states, used by {@link FormModel}.
 */
import { formatPointer, getAt, parsePointer } from '../common/json-pointer.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { schemaAt } from '../schema/labels.js';
import { totalledRowKeys } from '../schema/sub-row-rules.js';
import { invalidForTotal, NOT_COMPUTABLE } from './cell-validity.js';
import type { PathPattern } from './schema-plan.js';
import type { Bilingual } from '../common/bilingual.js';

/** What a computed value is: its value, whether an input was missing, and why it failed. */
export interface TotalState {
  value: unknown;
  incomplete: boolean;
  error?: Bilingual;
}

/** What {@link sumColumn} reads. */
export interface ColumnSource {
  schema: SchemaNode;
  value: unknown;
  /** computed states by JSON Pointer */
  states: ReadonlyMap<string, { incomplete: boolean; error?: unknown }>;
}

/**
 * Sum of one column of a matrix (or of any object of objects) over its top-level rows: sub-rows
 * ("of which") are part of their parent and not added again. The total is incomplete when a
 * cell is missing or an incomplete computed value, missing (null) when every cell is, and not
 * computable (an error, no value) when a cell is invalid (−3 in a count, 1,5 in an integer,
 * text) or a computed cell failed.
 */
export function sumColumn(src: ColumnSource, objectPointer: string, column: string): TotalState {
  const path = parsePointer(objectPointer);
  const rows = getAt(src.value, path);
  const node = schemaAt(src.schema, path);
  const keys = totalledRowKeys(node) ?? (node?.properties ? Object.keys(node.properties as SchemaNode) : rows && typeof rows === 'object' ? Object.keys(rows) : []);
  let sum = 0;
  let present = 0;
  let partial = false;
  for (const k of keys) {
    const v = getAt(rows, [k, column]);
    const state = src.states.get(formatPointer([...path, k, column]));
    if (state?.error !== undefined || invalidForTotal(schemaAt(src.schema, [...path, k, column]), v)) return { value: null, incomplete: true, error: NOT_COMPUTABLE };
    if (typeof v === 'number') {
      sum += v;
      present++;
      partial ||= state?.incomplete === true;
    }
  }
  return { value: present ? sum : null, incomplete: present < keys.length || partial };
}

/** Concrete paths of a pattern over the data (a `*` walks the existing keys or items). */
export function pathInstances(value: unknown, pattern: PathPattern): string[][] {
  let acc: string[][] = [[]];
  for (const seg of pattern) {
    if (seg !== '*') {
      acc = acc.map((p) => [...p, seg]);
      continue;
    }
    const next: string[][] = [];
    for (const p of acc) {
      const v = getAt(value, p);
      if (v && typeof v === 'object') for (const k of Object.keys(v)) next.push([...p, k]);
    }
    acc = next;
  }
  return acc;
}
