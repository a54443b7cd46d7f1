/**
 * Guard against prototype-polluting keys and runaway nesting in packs handed to rollover and diff.
 */
import { RolloverError } from './change-log.js';

import { FORBIDDEN_KEYS, MAX_DEPTH } from '../common/safe-keys.js';

/**
 * Throws when `value` holds a `__proto__`, `constructor` or `prototype` key, or nests deeper
 * than {@link MAX_DEPTH}.
 * @throws {RolloverError} with a Vietnamese and English message
 */
export function assertSafeKeys(value: unknown, depth = 0): void {
  if (depth > MAX_DEPTH) throw new RolloverError({ vi: 'Dữ liệu lồng nhau quá sâu', en: 'Data nested too deeply' });
  if (Array.isArray(value)) {
    for (const x of value) assertSafeKeys(x, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(k)) throw new RolloverError({ vi: `Khóa bị cấm trong gói: ${k}`, en: `Forbidden key in pack: ${k}` });
      assertSafeKeys((value as Record<string, unknown>)[k], depth + 1);
    }
  }
}
