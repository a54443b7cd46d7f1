/**
 * The one JSON Pointer (RFC 6901) module: escape, join, parse, format, read and immutable write.
 * Reads never walk `__proto__`, `constructor` or `prototype` and only see own properties.
 */
import { FormplanError } from './formplan-error.js';
import { FORBIDDEN_KEYS } from './safe-keys.js';

/** A JSON Pointer that is malformed or names a forbidden key. */
export class JsonPointerError extends FormplanError {
  constructor(vi: string, en: string, pointer: string) {
    super('pointer', { vi, en }, { pointer });
    this.name = 'JsonPointerError';
  }
}

/** Escapes one reference token (`~` → `~0`, `/` → `~1`). */
export function escapePointerToken(token: string | number): string {
  const t = String(token);
  // most tokens (property names, indices) have nothing to escape: no regex for them
  return t.includes('~') || t.includes('/') ? t.replace(/~/g, '~0').replace(/\//g, '~1') : t;
}

/** Unescapes one reference token (`~1` → `/`, `~0` → `~`). */
export function unescapePointerToken(token: string): string {
  return token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
}

/** Appends reference tokens to a JSON Pointer. */
export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += '/' + escapePointerToken(t);
  return out;
}

/**
 * Joins segments into a JSON Pointer, escaping `~` and `/`.
 * @param segments - path segments
 * @returns the pointer, `''` for no segments
 */
export function formatPointer(segments: readonly (string | number)[]): string {
  return joinPointer('', ...segments);
}

/**
 * Splits a JSON Pointer into its unescaped segments.
 * @param pointer - e.g. `/so_lieu/HCDB_01/nam` (`''` is the root)
 * @returns the segments, e.g. `['so_lieu', 'HCDB_01', 'nam']`
 * @throws {JsonPointerError} when the pointer does not start with `/`
 */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw new JsonPointerError(`Con trỏ JSON không hợp lệ: "${pointer}"`, `Invalid JSON Pointer: "${pointer}"`, pointer);
  }
  return pointer.slice(1).split('/').map(unescapePointerToken);
}

/**
 * Like {@link parsePointer}, for pointers that come with imported data: a forbidden key is refused.
 * @throws {JsonPointerError} on a malformed pointer or a forbidden key
 */
export function parseSafePointer(pointer: string): string[] {
  const segments = parsePointer(pointer);
  for (const s of segments) {
    if (FORBIDDEN_KEYS.has(s)) {
      throw new JsonPointerError(`Khóa bị cấm trong con trỏ: "${s}"`, `Forbidden key in pointer: "${s}"`, pointer);
    }
  }
  return segments;
}

/** The last segment of a JSON Pointer, unescaped (`''` for the root): a label of last resort. */
export function lastSegment(pointer: string): string {
  return unescapePointerToken(pointer.slice(pointer.lastIndexOf('/') + 1));
}

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return typeof v === 'object' && v !== null;
}

/**
 * Reads the value at `segments`, own properties only.
 * @returns the value, or `undefined` when any step is missing, not an object or forbidden
 */
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
 * @throws {JsonPointerError} on a forbidden key
 */
export function setAt(root: unknown, segments: readonly string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (FORBIDDEN_KEYS.has(head)) {
    throw new JsonPointerError(`Khóa bị cấm: ${head}`, `Refused key: ${head}`, formatPointer(segments));
  }
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
