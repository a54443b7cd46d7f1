/**
 * Turns a loader error (a file of the pack folder and a pointer into that file, sometimes into the
 * resolved schema) into an RFC 6901 pointer into the PackSource and the editor area it belongs to.
 */
import { getAt, parsePointer } from '../common/json-pointer.js';
import { defaultPartFiles } from '../pack/check-references.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';
import { columnKey, expandedColumnCodes } from './commands-matrix.js';

/** The editor areas a problem or change belongs to. */
export type PackArea = 'manifest' | 'forms' | 'categorySets' | 'criteria' | 'calendar' | 'orgUnits' | 'agencies' | 'plan';

/** Where each file of a pack folder sits in a PackSource. */
export interface FilePlaces {
  place(file: string): { prefix: string; area: PackArea; formIndex?: number };
}

const SINGLE: Record<string, { prefix: string; area: PackArea }> = {
  'pack.json': { prefix: '/manifest', area: 'manifest' },
  'org-units.json': { prefix: '/orgUnits', area: 'orgUnits' },
  'agencies.json': { prefix: '/agencies', area: 'agencies' },
  'category-sets.json': { prefix: '/categorySets', area: 'categorySets' },
  'calendar.json': { prefix: '/calendar', area: 'calendar' },
  'plan.json': { prefix: '/plan', area: 'plan' },
};

/** Maps the file names the loader uses for `pack` (see `defaultPartFiles`) to PackSource places. */
export function filePlaces(pack: PackSource): FilePlaces {
  const files = defaultPartFiles(pack);
  const first = (list: string[], file: string): number => list.indexOf(file);
  return {
    place(file) {
      if (SINGLE[file]) return SINGLE[file];
      const ci = first(files.criteriaSets, file);
      if (ci >= 0) return { prefix: `/criteriaSets/${ci}`, area: 'criteria' };
      const fi = first(files.forms, file);
      if (fi >= 0) return { prefix: `/forms/${fi}`, area: 'forms', formIndex: fi };
      if (file.startsWith('criteria/')) return { prefix: '/criteriaSets', area: 'criteria' };
      if (file.startsWith('forms/')) return { prefix: '/forms', area: 'forms' };
      return { prefix: '', area: 'manifest' };
    },
  };
}

type Node = Record<string, unknown>;

/**
 * A pointer into the authored form for a pointer that may be into the resolved schema: kept when it
 * (or its parent) exists in the authored form; a cell of an expanded matrix becomes its column
 * (`…/x-fp-matrix/columns/<i>`); otherwise the deepest authored place on the way.
 */
export function authoredPointer(pack: PackSource, form: AuthoredForm, pointer: string): string {
  const segs = parsePointer(pointer);
  if (getAt(form, segs) !== undefined || getAt(form, segs.slice(0, -1)) !== undefined) return pointer;
  let node: Node = form;
  let out = '';
  for (let i = 0; i < segs.length; i++) {
    const m = node['x-fp-matrix'] as { columns?: Node[] } | undefined;
    if (m && segs[i] === 'properties') {
      // properties/<row>/properties/<cell code>/…: the column the cell comes from
      const cell = segs[i + 3];
      const columns = m.columns ?? [];
      const ci = cell === undefined ? -1 : columns.findIndex((c) => expandedColumnCodes(pack, [c]).includes(cell));
      if (ci < 0) return `${out}/x-fp-matrix`;
      const tail = segs[i + 4] === 'x-fp-computed' && typeof columns[ci].code === 'string' && columnKey(columns[ci]) === cell ? '/computed' : '';
      return `${out}/x-fp-matrix/columns/${ci}${tail}`;
    }
    const next = getAt(node, [segs[i]]);
    if (next === undefined) return out;
    out += `/${pointer.split('/')[i + 1]}`;
    if (next === null || typeof next !== 'object') return out;
    node = next as Node;
  }
  return out;
}
