/** Which data cells an expression depends on, as pointer patterns for incremental recomputation. */
import type { Expr } from './ast.js';
import { referencedPaths, usesStar } from './referenced-paths.js';

/**
 * The absolute path patterns (segments of a JSON Pointer from the form root, `'*'` kept as a
 * wildcard) whose change can change the expression's value. Relative paths are prefixed with
 * `basePath`; `$root.x` becomes `['x']`; a bare `*` depends on every child of the holding
 * object, `[...basePath, '*']` (which includes the computed cell itself: callers skip self-edges).
 * @param expr - the tree
 * @param basePath - path from the root to the object holding the expression
 * @returns deduplicated patterns
 * @example
 * ```ts
 * dependencyPatterns(parse('sum(*)'), ['so_lieu', 'HCDB_01']) // [['so_lieu', 'HCDB_01', '*']]
 * ```
 */
export function dependencyPatterns(expr: Expr, basePath: readonly string[]): string[][] {
  const patterns = referencedPaths(expr).map((p) => (p[0] === '$root' ? p.slice(1) : [...basePath, ...p]));
  if (usesStar(expr)) patterns.push([...basePath, '*']);
  const seen = new Set<string>();
  return patterns.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Whether a change at `path` can affect a dependency `pattern`: true when one is a prefix of
 * the other, `'*'` in the pattern matching any one segment (a changed object affects the
 * cells under it; a changed cell affects a pattern naming its parent object).
 * @param pattern - a pattern from {@link dependencyPatterns}
 * @param path - the changed location, as pointer segments
 * @returns true when the expression must be recomputed
 */
export function patternAffectedBy(pattern: readonly string[], path: readonly string[]): boolean {
  const n = Math.min(pattern.length, path.length);
  for (let i = 0; i < n; i++) {
    if (pattern[i] !== '*' && pattern[i] !== path[i]) return false;
  }
  return true;
}
