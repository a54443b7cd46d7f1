/**
 * What a check of a draft pack after every edit can remember: resolved forms per unchanged
 * (frozen) form object, strict-ajv compilation of resolved schemas per object and by content,
 * expression parses by text. An edit changes one form, so the check after it resolves and
 * compiles only that one (compiling is most of a check's time).
 */
import { defaultExpressionChecker, type ExpressionChecker, type ParsedExpression } from '../pack/check-expressions.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';
import { createAjv, type AjvInstance } from '../schema/create-ajv.js';
import { resolveAuthoredForm } from '../schema/resolve-form.js';
import type { ResolvedForm, SchemaNode } from '../schema/resolved-form.js';

const MAX_ENTRIES = 300;

/**
 * The part of a resolved schema that decides whether strict ajv compiles it: its JSON with every
 * `x-fp-*` value (annotation keywords with no meta-schema, any value compiles) and every
 * `title`/`description` text (must only be strings) blanked. Renaming a field or a column, the
 * most common edit, then needs no new compile.
 * @param schema - a resolved form schema
 * @returns the cache key
 */
export function compileKey(schema: SchemaNode): string {
  return JSON.stringify(schema, (key, value: unknown) => {
    if (key.startsWith('x-fp-')) return 0;
    if ((key === 'title' || key === 'description') && typeof value === 'string') return '';
    return value;
  });
}

/** compileKey → undefined when it compiled, else the error it threw */
const results = new Map<string, { error?: unknown }>();
/** the same by schema object, so an unchanged form's schema is not even serialised again */
const byObject = new WeakMap<object, { error?: unknown }>();

interface ResolvedEntry { manifest: unknown; categorySets: unknown; criteriaSets: readonly unknown[]; resolved: ResolvedForm }
const resolvedForms = new WeakMap<object, ResolvedEntry>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * `resolveAuthoredForm`, remembered per form object while the parts it reads (the manifest's id
 * and version, the category sets, the criteria sets) are the same objects. Only frozen documents
 * are remembered (an `EditSession` freezes its documents and keeps unchanged parts as the same
 * objects), so a document changed in place is always resolved again.
 * @param pack - the draft pack (the loader passes a new object holding the same parts)
 * @param form - one of its forms
 * @returns the resolved form; the same object for an unchanged form (treat it as read-only)
 */
export function cachedResolveForm(pack: PackSource, form: AuthoredForm): ResolvedForm {
  const parts = [form, pack.manifest, pack.categorySets, ...pack.criteriaSets];
  if (!parts.every((x) => Object.isFrozen(x))) return resolveAuthoredForm(pack, form);
  const hit = resolvedForms.get(form);
  if (hit && hit.manifest === pack.manifest && hit.categorySets === pack.categorySets && sameItems(hit.criteriaSets, pack.criteriaSets)) return hit.resolved;
  const resolved = resolveAuthoredForm(pack, form);
  resolvedForms.set(form, { manifest: pack.manifest, categorySets: pack.categorySets, criteriaSets: [...pack.criteriaSets], resolved });
  return resolved;
}

/** A compile function for the loader's `compileSchemas` option, backed by the cache. */
export function cachedCompile(): (schema: SchemaNode) => void {
  let ajv: AjvInstance | undefined;
  return (schema) => {
    const seen = byObject.get(schema);
    if (seen) {
      if (seen.error !== undefined) throw seen.error;
      return;
    }
    const key = compileKey(schema);
    let hit = results.get(key);
    if (!hit) {
      ajv ??= createAjv();
      try {
        ajv.compile(schema);
        hit = {};
      } catch (error) {
        hit = { error };
      }
      if (typeof schema.$id === 'string') ajv.removeSchema(schema.$id);
      if (results.size >= MAX_ENTRIES) results.delete(results.keys().next().value as string);
      results.set(key, hit);
    }
    byObject.set(schema, hit);
    if (hit.error !== undefined) throw hit.error;
  };
}

const parsed = new Map<string, ParsedExpression>();
const paths = new WeakMap<object, string[][]>();

/**
 * The loader's expression checker with parses remembered by text: a matrix repeats its column
 * formulas on every row, and a draft is checked after every edit.
 */
export const cachedExpressionChecker: ExpressionChecker = {
  parse(text) {
    let hit = parsed.get(text);
    if (!hit) {
      hit = defaultExpressionChecker.parse(text);
      if (parsed.size >= 5000) parsed.delete(parsed.keys().next().value as string);
      parsed.set(text, hit);
    }
    return hit;
  },
  referencedPaths(ast) {
    const key = ast as object;
    let hit = paths.get(key);
    if (!hit) {
      hit = defaultExpressionChecker.referencedPaths(ast);
      paths.set(key, hit);
    }
    return hit;
  },
};
