import { MAX_PACK_BYTES } from './limits.js';
import { packError, type PackError } from './pack-error.js';
import { joinPointer } from '../common/json-pointer.js';
import { FORBIDDEN_KEYS, MAX_DEPTH } from '../common/safe-keys.js';

/** What a scan found: errors, and the approximate size of the data in bytes. */
export interface ScanResult {
  errors: PackError[];
  bytes: number;
}

/**
 * Walks imported data and refuses what must never enter: forbidden keys (`__proto__`,
 * `constructor`, `prototype`), strings or keys that are not NFC, values that are not JSON
 * (functions, symbols, non-finite numbers, class instances) and nesting deeper than
 * {@link MAX_DEPTH} (which also stops cycles), and data larger than `maxBytes` (which also stops
 * shared references from blowing up). Never throws.
 * @param value - parsed data
 * @param file - file name for errors
 * @param maxErrors - stop after this many errors
 * @param maxBytes - stop when the data's approximate size passes this
 */
export function scanJson(value: unknown, file: string, maxErrors = 100, maxBytes = MAX_PACK_BYTES): ScanResult {
  const errors: PackError[] = [];
  let bytes = 0;
  let tooLarge = false;
  const walk = (v: unknown, pointer: string, depth: number): void => {
    if (errors.length >= maxErrors || tooLarge) return;
    if (bytes > maxBytes) {
      tooLarge = true;
      errors.push(packError(file, pointer, 'pack-too-large', { limit: maxBytes }));
      return;
    }
    if (depth > MAX_DEPTH) {
      errors.push(packError(file, pointer, 'too-deep', { limit: MAX_DEPTH }));
      return;
    }
    if (v === null || typeof v === 'boolean') {
      bytes += 5;
      return;
    }
    if (typeof v === 'number') {
      bytes += 8;
      if (!Number.isFinite(v)) errors.push(packError(file, pointer, 'not-json-value', { kind: String(v) }));
      return;
    }
    if (typeof v === 'string') {
      bytes += v.length + 2;
      if (v.normalize('NFC') !== v) errors.push(packError(file, pointer, 'not-nfc'));
      return;
    }
    if (Array.isArray(v)) {
      bytes += 2;
      for (let i = 0; i < v.length; i++) walk(v[i], joinPointer(pointer, i), depth + 1);
      return;
    }
    if (typeof v === 'object') {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        errors.push(packError(file, pointer, 'not-json-value', { kind: 'object instance' }));
        return;
      }
      bytes += 2;
      for (const key of Object.keys(v)) {
        const child = joinPointer(pointer, key);
        bytes += key.length + 3;
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push(packError(file, child, 'forbidden-key', { key }));
          continue;
        }
        if (key.normalize('NFC') !== key) errors.push(packError(file, child, 'not-nfc'));
        walk((v as Record<string, unknown>)[key], child, depth + 1);
      }
      return;
    }
    errors.push(packError(file, pointer, 'not-json-value', { kind: typeof v }));
  };
  walk(value, '', 0);
  return { errors, bytes };
}
