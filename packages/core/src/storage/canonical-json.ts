/**
 * Canonical JSON: one text per value, so that equal data always hashes to the same digest.
 *
 * Rules: object keys are sorted by UTF-16 code units, recursively; every string (keys and
 * values) is normalised to Unicode NFC; `undefined` object members are dropped (as JSON does);
 * numbers must be finite; only plain objects, arrays, strings, numbers, booleans and `null` are
 * accepted. Keys `__proto__`, `constructor` and `prototype` are refused anywhere.
 */

import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';
import { escapePointerToken } from '../common/json-pointer.js';
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';

/** A plain JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Thrown when a value cannot be made canonical (forbidden key, cycle, non-JSON value). */
export class CanonicalJsonError extends FormplanError {
  /** JSON Pointer to the offending place. */
  declare readonly pointer: string;

  constructor(pointer: string, messages: Bilingual) {
    super('canonical-json', messages, { pointer });
    this.name = 'CanonicalJsonError';
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Finds the first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in a value.
 * @param value any value (typically the result of `JSON.parse`)
 * @returns the JSON Pointer of the offending key, or `undefined` when there is none
 */
export function findForbiddenKey(value: unknown): string | undefined {
  const stack: { v: unknown; p: string }[] = [{ v: value, p: '' }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { v, p } = stack.pop()!;
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    for (const key of Object.keys(v)) {
      const child = `${p}/${escapePointerToken(key)}`;
      if (FORBIDDEN_KEYS.has(key)) return child;
      stack.push({ v: (v as Record<string, unknown>)[key], p: child });
    }
  }
  return undefined;
}

function normalizeAt(value: unknown, pointer: string, path: Set<object>, sortKeys: boolean): JsonValue | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
      return value.normalize('NFC');
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalJsonError(pointer, {
          vi: `Số không hữu hạn tại ${pointer || '/'}.`,
          en: `Non-finite number at ${pointer || '/'}.`,
        });
      }
      return Object.is(value, -0) ? 0 : value;
    case 'undefined':
      return undefined;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(pointer, {
        vi: `Giá trị kiểu ${typeof value} không phải JSON tại ${pointer || '/'}.`,
        en: `A ${typeof value} is not JSON at ${pointer || '/'}.`,
      });
  }
  const obj = value as object;
  if (path.has(obj)) {
    throw new CanonicalJsonError(pointer, { vi: `Dữ liệu có vòng lặp tại ${pointer || '/'}.`, en: `Cycle at ${pointer || '/'}.` });
  }
  path.add(obj);
  try {
    if (Array.isArray(obj)) {
      return obj.map((item, i) => normalizeAt(item, `${pointer}/${i}`, path, sortKeys) ?? null);
    }
    if (!isPlainObject(obj)) {
      throw new CanonicalJsonError(pointer, {
        vi: `Đối tượng không phải JSON thuần tại ${pointer || '/'}.`,
        en: `Not a plain JSON object at ${pointer || '/'}.`,
      });
    }
    const entries: [string, JsonValue][] = [];
    for (const rawKey of Object.keys(obj)) {
      const key = rawKey.normalize('NFC');
      const child = `${pointer}/${escapePointerToken(rawKey)}`;
      if (FORBIDDEN_KEYS.has(key)) {
        throw new CanonicalJsonError(child, {
          vi: `Khóa bị cấm "${key}" tại ${child}.`,
          en: `Forbidden key "${key}" at ${child}.`,
        });
      }
      const v = normalizeAt((obj as Record<string, unknown>)[rawKey], child, path, sortKeys);
      if (v !== undefined) entries.push([key, v]);
    }
    if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    // A null-prototype object cannot be polluted; JSON.stringify treats it as a plain object.
    // Unsorted copies stay plain objects (forbidden keys were refused above).
    const out = (sortKeys ? Object.create(null) : {}) as { [key: string]: JsonValue };
    for (const [k, v] of entries) {
      if (Object.prototype.hasOwnProperty.call(out, k)) {
        throw new CanonicalJsonError(pointer, {
          vi: `Hai khóa trùng nhau sau chuẩn hóa NFC: "${k}".`,
          en: `Two keys are equal after NFC normalisation: "${k}".`,
        });
      }
      out[k] = v;
    }
    return out;
  } finally {
    path.delete(obj);
  }
}

/**
 * Returns a deep copy of a JSON value with NFC strings and recursively sorted keys.
 * @param value a JSON-like value
 * @param options `sortKeys: false` keeps the key order (one checked NFC copy, e.g. for drafts)
 * @returns the normalised copy (`null` when the value itself is `undefined`)
 * @throws {CanonicalJsonError} on forbidden keys, cycles, non-finite numbers or non-JSON values
 */
export function normalizeJson(value: unknown, options: { sortKeys?: boolean } = {}): JsonValue {
  return normalizeAt(value, '', new Set(), options.sortKeys ?? true) ?? null;
}

/**
 * The canonical JSON text of a value (sorted keys, NFC, no whitespace).
 * @param value a JSON-like value
 * @returns the canonical text
 * @throws {CanonicalJsonError} as {@link normalizeJson}
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: 'Cần Thơ' }); // '{"a":"Cần Thơ","b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalizeJson(value));
}
