/**
 * Small, safe JSON Pointer helpers (RFC 6901) used by aggregation, scoring and comparison.
 * They never walk `__proto__`, `constructor` or `prototype` and only read own properties.
 */

import { FORBIDDEN_KEYS as FORBIDDEN } from '../pack/limits.js';

/**
 * Whether `key` may be read from or written to imported data.
 * @param key - a property name
 * @returns false for `__proto__`, `constructor` and `prototype`
 */
export function isSafeKey(key: string): boolean {
  return !FORBIDDEN.has(key);
}

/**
 * Splits a JSON Pointer into its unescaped segments.
 * @param pointer - e.g. `/so_lieu/HCDB_04/tong_so` (`''` is the root)
 * @returns the segments, e.g. `['so_lieu', 'HCDB_04', 'tong_so']`
 * @throws when the pointer does not start with `/` or names a forbidden key
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new Error(`Con trỏ JSON không hợp lệ: "${pointer}" / Invalid JSON Pointer: "${pointer}"`);
  }
  const segments = pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const s of segments) {
    if (!isSafeKey(s)) {
      throw new Error(`Khóa bị cấm trong con trỏ: "${s}" / Forbidden key in pointer: "${s}"`);
    }
  }
  return segments;
}

/**
 * Joins segments into a JSON Pointer, escaping `~` and `/`.
 * @param segments - path segments
 * @returns the pointer, `''` for no segments
 */
export function toPointer(segments: readonly string[]): string {
  let out = '';
  for (const s of segments) out += '/' + s.replace(/~/g, '~0').replace(/\//g, '~1');
  return out;
}

/**
 * Reads the value at `segments` inside `data`, own properties only.
 * @param data - any JSON value
 * @param segments - the path, as returned by {@link parsePointer}
 * @returns the value, or `undefined` when any step is missing or not an object
 */
export function readPath(data: unknown, segments: readonly string[]): unknown {
  let cur: unknown = data;
  for (const s of segments) {
    if (cur === null || typeof cur !== 'object' || !isSafeKey(s)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, s)) return undefined;
    cur = (cur as Record<string, unknown>)[s];
  }
  return cur;
}

/**
 * Own, safe keys of a plain object (arrays and scalars have none).
 * @param value - any JSON value
 * @returns its property names, forbidden keys left out
 */
export function safeKeys(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).filter(isSafeKey);
}
