/**
 * The one policy against prototype pollution and runaway nesting in imported data: keys that
 * could reach an object's prototype are refused everywhere, and nesting stops at {@link MAX_DEPTH}.
 */

/** Keys refused anywhere in imported data (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting of objects and arrays accepted in imported data. */
export const MAX_DEPTH = 64;

/**
 * Tells whether a key or path segment is refused (`__proto__`, `constructor`, `prototype`).
 * @param key - an object key or path segment
 * @returns true when the key must be treated as unknown or refused
 */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Own, safe keys of a plain object (arrays and scalars have none).
 * @param value - any JSON value
 * @returns its property names, forbidden keys left out
 */
export function safeKeys(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).filter((k) => !FORBIDDEN_KEYS.has(k));
}
