/** Parsing with a bounded cache keyed by the expression text. */
import type { ParseResult } from './parse-expression.js';
import { parseExpression } from './parse-expression.js';

/** Most texts kept in the cache; the least recently used is dropped first. */
export const COMPILE_CACHE_SIZE = 1000;

const cache = new Map<string, ParseResult>();

/**
 * Like {@link parseExpression}, but returns the cached result for a text seen before.
 * Trees are frozen, so sharing them is safe.
 * @param text - the expression text
 * @returns the (possibly cached) parse result
 */
export function compileExpression(text: string): ParseResult {
  if (typeof text !== 'string') return parseExpression(text);
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const result = parseExpression(text);
  cache.set(text, result);
  if (cache.size > COMPILE_CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return result;
}

/**
 * How many texts the cache holds (for tests and diagnostics).
 * @returns the cache size
 */
export function compileCacheSize(): number {
  return cache.size;
}
