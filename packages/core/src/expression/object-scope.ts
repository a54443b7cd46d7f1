/** A {@link Scope} over plain JSON data (own properties only, prototype keys refused). */
import { isForbiddenKey } from '../common/safe-keys.js';
import type { Scope } from './scope.js';

/** Options of {@link createObjectScope}. */
export interface ObjectScopeOptions {
  /** path from the root to the object holding the expression (default: the root itself) */
  base?: readonly string[];
  /** keys of the holding object that a bare `*` stands for (e.g. a row's non-computed count columns) */
  starKeys?: readonly string[];
}

const INDEX = /^(0|[1-9][0-9]{0,8})$/;

function child(value: unknown, key: string): unknown {
  if (isForbiddenKey(key) || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) return INDEX.test(key) ? value[Number(key)] : undefined;
  return Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

function walk(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    current = child(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * Makes a scope over a JSON value: `get` walks own properties (and array indices),
 * `keys` lists own keys, `'$root'` as first segment starts at `root`.
 * @param root - the form data
 * @param options - where the expression sits, and what `*` means
 * @returns the scope
 * @example
 * ```ts
 * const scope = createObjectScope(form, { base: ['so_lieu', 'HCDB_01'], starKeys: ['duoi_6__nam', 'duoi_6__nu'] });
 * evaluate(parsed, scope);
 * ```
 */
export function createObjectScope(root: unknown, options: ObjectScopeOptions = {}): Scope {
  const base = [...(options.base ?? [])];
  const starKeys = options.starKeys ? [...options.starKeys] : undefined;
  const resolve = (path: readonly string[]): unknown =>
    path[0] === '$root' ? walk(root, path.slice(1)) : walk(walk(root, base), path);
  const scope: Scope = {
    get: resolve,
    keys(path) {
      const value = resolve(path);
      if (typeof value !== 'object' || value === null) return [];
      if (Array.isArray(value)) return value.map((_, i) => String(i));
      return Object.keys(value).filter((k) => !isForbiddenKey(k));
    },
  };
  if (starKeys) {
    scope.star = () => starKeys.map((k) => resolve([k]));
  }
  return scope;
}
