/**
 * JSON Pointer (RFC 6901) helpers used by the form model: parse, format, read and immutable write.
 * Keys that could reach an object's prototype are refused.
 */

import { FORBIDDEN_KEYS } from '../pack/limits.js';

/**
 * Splits a JSON Pointer into its unescaped segments.
 * @example
 * ```ts
 * parsePointer('/so_lieu/HCDB_01/nam'); // ['so_lieu', 'HCDB_01', 'nam']
 * ```
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '' ? [] : [''];
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Joins segments into a JSON Pointer, escaping `~` and `/`. */
export function formatPointer(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null;
}

/** Reads the value at `segments`, or `undefined` when any step is missing. */
export function getAt(root: unknown, segments: readonly string[]): unknown {
  let cur: unknown = root;
  for (const s of segments) {
    if (!isContainer(cur) || FORBIDDEN_KEYS.has(s) || !Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

/**
 * Returns a copy of `root` with `value` at `segments` (objects are created on the way, and replace
 * a value of the wrong type; only the touched path is copied). `undefined` removes the key:
 * missing is not zero. Never throws on data, only on a forbidden key.
 */
export function setAt(root: unknown, segments: readonly string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (FORBIDDEN_KEYS.has(head)) throw new Error(`Refused key: ${head}`);
  const i = Number(head);
  const index = head !== '' && Number.isInteger(i) && i >= 0;
  if (Array.isArray(root) && index) {
    const copy = root.slice();
    copy[i] = setAt(copy[i], rest, value);
    return copy;
  }
  // A value of the wrong type on the way (a string, or an array where a key is written) is
  // replaced by an object, as a missing one is: the edit wins over data the schema refuses.
  const base: Record<string, unknown> = isContainer(root) && !Array.isArray(root) ? { ...(root as Record<string, unknown>) } : {};
  const next = setAt(base[head], rest, value);
  if (next === undefined) delete base[head];
  else base[head] = next;
  return base;
}
