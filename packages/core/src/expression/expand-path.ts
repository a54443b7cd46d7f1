/** Expanding wildcard paths (`a.*.b`) into concrete paths through a {@link Scope}. */
import { bilingual, type Bilingual } from '../common/bilingual.js';
import { isForbiddenKey } from '../common/safe-keys.js';
import type { Scope } from './scope.js';

/** Most concrete paths one wildcard path may expand to. */
export const MAX_WILDCARD_ITEMS = 100_000;

/** Result of {@link expandPath}: the concrete paths, or why expansion failed. */
export type ExpandResult = { paths: string[][] } | { error: Bilingual };

function safeKeys(scope: Scope, path: readonly string[]): string[] {
  let keys: unknown;
  try {
    keys = scope.keys(path);
  } catch {
    return [];
  }
  if (!Array.isArray(keys)) return [];
  return keys.filter((k): k is string => typeof k === 'string' && !isForbiddenKey(k));
}

/**
 * Replaces each `'*'` segment by every child key the scope reports, in the scope's key order.
 * A path with a refused segment (`__proto__`, …) expands to nothing.
 * @param scope - where keys come from
 * @param segments - the written path, e.g. `['so_lieu', '*', 'tong_so']`
 * @returns the concrete paths, or an error when there would be more than {@link MAX_WILDCARD_ITEMS}
 */
export function expandPath(scope: Scope, segments: readonly string[]): ExpandResult {
  if (segments.some(isForbiddenKey)) return { paths: [] };
  let prefixes: string[][] = [[]];
  for (const segment of segments) {
    if (segment !== '*') {
      for (const p of prefixes) p.push(segment);
      continue;
    }
    const next: string[][] = [];
    for (const p of prefixes) {
      for (const key of safeKeys(scope, p)) {
        if (next.length >= MAX_WILDCARD_ITEMS) {
          return { error: bilingual(
            `Đường dẫn "${segments.join('.')}" có quá nhiều phần tử (tối đa ${MAX_WILDCARD_ITEMS})`,
            `Path "${segments.join('.')}" has too many items (at most ${MAX_WILDCARD_ITEMS})`) };
        }
        next.push([...p, key]);
      }
    }
    prefixes = next;
  }
  return { paths: prefixes };
}

/**
 * Reads a concrete path, treating a throwing scope or a refused segment as absent.
 * @param scope - where values come from
 * @param path - a concrete path (no wildcard)
 * @returns the raw value or `undefined`
 */
export function readPath(scope: Scope, path: readonly string[]): unknown {
  if (path.some(isForbiddenKey)) return undefined;
  try {
    return scope.get(path);
  } catch {
    return undefined;
  }
}
