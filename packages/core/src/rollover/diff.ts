/**
 * Diff of two packs, keyed by stable codes rather than array positions, so that a reworded or
 * reordered pack compares item by item (2018-H1 and 2019-H1 compare as the period kind H1).
 */
import type { PackSource } from '../pack/types.js';
import type { Bilingual } from '../common/bilingual.js';
import { RolloverError } from './change-log.js';
import { assertSafeKeys } from './safe-keys.js';
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';
import { isBilingualText } from './year-text.js';

/** The part of a pack a difference is in. */
export type DiffArea = 'manifest' | 'orgUnits' | 'agencies' | 'categorySets' | 'criteria' | 'calendar' | 'plan' | 'forms';

/** One difference between two packs. */
export interface DiffEntry {
  area: DiffArea;
  /** `moved`: the same coded items in a new order (key of the list) */
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /**
   * Stable code path, e.g. `categorySets/hcdb-dieu-10/HCDB_04`, `calendar/periods/H1/due`,
   * `criteria/qd-34-2014/TC1/TC1_1/maxPoints`, `plan/assignments/11.2/tasks/NV3/due`,
   * `forms/bieu-02/properties/so_lieu/x-fp-matrix/columns/tong_so/label`, `forms/bieu-02/x-fp-rules/R1/expr`.
   * Items without any code (plan purposes, calendar notes) are keyed by position.
   */
  key: string;
  before?: unknown;
  after?: unknown;
  message: Bilingual;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** The stable key of an array element, or null when it has none. */
function elementKey(v: unknown): string | null {
  if (!isObj(v)) return null;
  if (typeof v.kind === 'string' && isObj(v.coverage)) return v.kind; // a calendar period: ids carry the year
  for (const field of ['code', 'x-fp-id', 'id', 'number', 'localityClass']) {
    if (typeof v[field] === 'string' && v[field] !== '') return v[field] as string;
  }
  if (typeof v.categorySet === 'string') return `categorySet:${v.categorySet}`;
  if (Array.isArray(v.categorySet)) return `categorySet:${v.categorySet.join('+')}`;
  return null;
}

/** Keys of every element of a list, numbering repeats (`ADHOC`, `ADHOC#2`); null when some element has no key. */
function keyList(list: unknown[]): string[] | null {
  const seen = new Map<string, number>();
  const keys: string[] = [];
  for (const v of list) {
    const k = elementKey(v);
    if (k === null) return null;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    keys.push(n === 1 ? k : `${k}#${n}`);
  }
  return keys;
}

function isLeafObject(v: unknown): boolean {
  return isBilingualText(v) || (isObj(v) && (v.status === 'confirmed' || v.status === 'proposed') && Object.keys(v).every((k) => ['status', 'source', 'note'].includes(k)));
}

function show(v: unknown): string {
  if (v === undefined) return '∅';
  if (isBilingualText(v)) return `"${v.vi.length > 60 ? `${v.vi.slice(0, 60)}…` : v.vi}"`;
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 80)}…` : s;
}

class Differ {
  readonly out: DiffEntry[] = [];

  constructor(private readonly area: DiffArea, private readonly elide: ReadonlySet<string>, private readonly moves = false) {}

  emit(kind: DiffEntry['kind'], key: string, before: unknown, after: unknown): void {
    const message = kind === 'added'
      ? { vi: `Thêm ${key}`, en: `Added ${key}` }
      : kind === 'removed'
        ? { vi: `Bỏ ${key}`, en: `Removed ${key}` }
        : kind === 'moved'
          ? { vi: `Đổi thứ tự ${key}`, en: `Reordered ${key}` }
          : { vi: `Đổi ${key}: ${show(before)} → ${show(after)}`, en: `Changed ${key}: ${show(before)} → ${show(after)}` };
    const entry: DiffEntry = { area: this.area, kind, key, message };
    if (before !== undefined) entry.before = before;
    if (after !== undefined) entry.after = after;
    this.out.push(entry);
  }

  value(a: unknown, b: unknown, key: string, depth: number): void {
    if (depth > 64) throw new RolloverError({ vi: 'Dữ liệu lồng nhau quá sâu', en: 'Data nested too deeply' });
    if (deepEqual(a, b)) return;
    if (a === undefined) return this.emit('added', key, undefined, b);
    if (b === undefined) return this.emit('removed', key, a, undefined);
    if (Array.isArray(a) && Array.isArray(b)) return this.list(a, b, key, depth);
    if (isObj(a) && isObj(b) && !isLeafObject(a) && !isLeafObject(b)) return this.object(a, b, key, depth);
    this.emit('changed', key, a, b);
  }

  object(a: Obj, b: Obj, key: string, depth: number): void {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
    for (const k of keys) {
      if (FORBIDDEN_KEYS.has(k)) throw new RolloverError({ vi: `Khóa bị cấm trong gói: ${k}`, en: `Forbidden key in pack: ${k}` });
      const sub = this.elide.has(k) && (Array.isArray(a[k]) || Array.isArray(b[k])) ? key : `${key}/${k}`;
      this.value(a[k], b[k], sub, depth + 1);
    }
  }

  list(a: unknown[], b: unknown[], key: string, depth: number): void {
    const primitive = (l: unknown[]) => l.every((v) => v === null || typeof v !== 'object');
    if (primitive(a) && primitive(b)) {
      const sa = new Set(a.map((v) => JSON.stringify(v)));
      const sb = new Set(b.map((v) => JSON.stringify(v)));
      const sameSet = sa.size === sb.size && [...sa].every((v) => sb.has(v));
      if (sameSet) return this.emit('changed', key, a, b); // same values, new order
      for (const v of a) if (!sb.has(JSON.stringify(v))) this.emit('removed', `${key}/${String(v)}`, v, undefined);
      for (const v of b) if (!sa.has(JSON.stringify(v))) this.emit('added', `${key}/${String(v)}`, undefined, v);
      return;
    }
    const ka = keyList(a);
    const kb = keyList(b);
    if (ka && kb) {
      const mb = new Map(kb.map((k, i) => [k, b[i]]));
      const ma = new Map(ka.map((k, i) => [k, a[i]]));
      ka.forEach((k, i) => this.value(a[i], mb.get(k), `${key}/${k}`, depth + 1));
      kb.forEach((k, i) => { if (!ma.has(k)) this.value(undefined, b[i], `${key}/${k}`, depth + 1); });
      const common = (l: string[], other: Map<string, unknown>) => l.filter((k) => other.has(k));
      const [oa, ob] = [common(ka, mb), common(kb, ma)];
      if (this.moves && oa.some((k, i) => ob[i] !== k)) this.emit('moved', key, oa, ob);
      return;
    }
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i += 1) this.value(a[i], b[i], `${key}/${i}`, depth + 1);
  }
}

/** Array properties whose level a diff key leaves out (`categorySets/<set>/<item>`, `criteria/<set>/<criterion>/<indicator>`). */
const ELIDED: Record<string, string[]> = { categorySets: ['items', 'children'], criteria: ['criteria', 'indicators'] };
const AREA_PROPERTY: Record<string, keyof PackSource> = { criteria: 'criteriaSets' };

/**
 * The RFC 6901 pointer into `pack` of a diff key (`forms/bieu-02/properties/so_lieu/…`): codes
 * become array indices; the deepest place that exists when the key names something `pack` lacks
 * (a removed item points at its list).
 * @param pack - the pack the key is looked up in
 * @param key - a {@link DiffEntry} key
 */
export function diffKeyPointer(pack: PackSource, key: string): string {
  const [area, ...rest] = key.split('/');
  const prop = AREA_PROPERTY[area] ?? area;
  let node: unknown = (pack as unknown as Obj)[prop];
  let out = `/${prop}`;
  const elided = ELIDED[area] ?? [];
  for (const seg of rest) {
    if (isObj(node) && !Object.prototype.hasOwnProperty.call(node, seg)) {
      const via = elided.find((p) => Array.isArray(node && (node as Obj)[p]));
      if (via === undefined) return out;
      node = (node as Obj)[via];
      out += `/${via}`;
    }
    if (Array.isArray(node)) {
      const keys = keyList(node);
      const i = keys ? keys.indexOf(seg) : /^\d+$/.test(seg) ? Number(seg) : -1;
      if (i < 0 || i >= node.length) return out;
      node = node[i];
      out += `/${i}`;
    } else if (isObj(node) && Object.prototype.hasOwnProperty.call(node, seg) && !FORBIDDEN_KEYS.has(seg)) {
      node = node[seg];
      out += `/${seg.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    } else return out;
  }
  return out;
}

function run(area: DiffArea, a: unknown, b: unknown, key: string, elide: string[] = [], moves = false): DiffEntry[] {
  const d = new Differ(area, new Set(elide), moves);
  d.value(a, b, key, 0);
  return d.out;
}

/**
 * Lists the differences from pack `a` to pack `b`, area by area, keyed by stable codes:
 * org units and agencies by code, category items by set id and item code (nested items by
 * their code path), criteria by set id, criterion and indicator code, calendar periods by kind,
 * plan targets, content items and tasks by code and assignments by number, forms by `x-fp-id`
 * and their fields by property path (matrix rows and columns by code or category set, rules by
 * code). Lists of plain values (e.g. `required`, `recipients`) compare as sets: an added or
 * removed value is one entry, a mere reordering one `changed` entry.
 * @param a the earlier pack
 * @param b the later pack
 * @param options `moves`: also report coded lists whose items kept their codes but changed order
 * @returns the differences, in area order, each with a vi/en message
 * @throws {RolloverError} on a forbidden key or nesting deeper than 64
 * @example
 * ```ts
 * diff(pack2018, pack2019).filter((d) => d.area === 'calendar');
 * // [{ area: 'calendar', kind: 'changed', key: 'calendar/periods/H1/due', before: '2018-05-15', after: '2019-05-15', … }, …]
 * ```
 */
export function diff(a: PackSource, b: PackSource, options: { moves?: boolean } = {}): DiffEntry[] {
  assertSafeKeys(a);
  assertSafeKeys(b);
  const m = options.moves === true;
  return [
    ...run('manifest', a.manifest, b.manifest, 'manifest', [], m),
    ...run('orgUnits', a.orgUnits, b.orgUnits, 'orgUnits', [], m),
    ...run('agencies', a.agencies, b.agencies, 'agencies', [], m),
    ...run('categorySets', a.categorySets, b.categorySets, 'categorySets', ELIDED.categorySets, m),
    ...run('criteria', a.criteriaSets, b.criteriaSets, 'criteria', ELIDED.criteria, m),
    ...run('calendar', a.calendar, b.calendar, 'calendar', [], m),
    ...run('plan', a.plan, b.plan, 'plan', [], m),
    ...run('forms', a.forms, b.forms, 'forms', [], m),
  ];
}
