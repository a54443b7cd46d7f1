/** Keys that could reach an object's prototype; expressions never look them up. */
const FORBIDDEN: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Tells whether a path segment is refused (`__proto__`, `constructor`, `prototype`).
 * @param key - a path segment or object key
 * @returns true when the key must be treated as unknown/missing
 */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN.has(key);
}
