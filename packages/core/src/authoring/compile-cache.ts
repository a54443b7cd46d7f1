/**
 * Strict-ajv compilation of resolved form schemas, remembered by content: an edit changes one
 * form, so the checks after it compile only that one (compiling is most of a check's time).
 */
import { defaultExpressionChecker, type ExpressionChecker, type ParsedExpression } from '../pack/check-expressions.js';
import { createAjv, type AjvInstance } from '../schema/create-ajv.js';
import type { SchemaNode } from '../schema/resolved-form.js';

const MAX_ENTRIES = 300;
/** schema JSON → undefined when it compiled, else the error it threw */
const results = new Map<string, { error?: unknown }>();

/** A compile function for the loader's `compileSchemas` option, backed by the cache. */
export function cachedCompile(): (schema: SchemaNode) => void {
  let ajv: AjvInstance | undefined;
  return (schema) => {
    const key = JSON.stringify(schema);
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
