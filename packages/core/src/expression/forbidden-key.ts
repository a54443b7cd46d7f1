import { FORBIDDEN_KEYS } from '../pack/limits.js';

/**
 * Tells whether a path segment is refused (`__proto__`, `constructor`, `prototype`).
 * @param key - a path segment or object key
 * @returns true when the key must be treated as unknown/missing
 */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}
