import { parseExpression, referencedPaths, type Expr } from '../expression/index.js';
import type { Bilingual } from '../common/bilingual.js';
import type { ResolvedForm, SchemaNode } from '../schema/resolved-form.js';
import { packError, type PackError } from './pack-error.js';
import { joinPointer } from '../common/json-pointer.js';

/** The parse result an expression checker gives (shape of `parseExpression` in `../expression`). */
export type ParsedExpression =
  | { ok: true; ast: unknown }
  | { ok: false; error: { message: Bilingual; index?: number } };

/**
 * What the loader needs to check expressions: a parser and the field paths an AST reads
 * (`a.b`, `a.*.b`, `$root.x`). The expression module provides both; pass them to the loader.
 */
export interface ExpressionChecker {
  parse(text: string): ParsedExpression;
  referencedPaths(ast: unknown): string[][];
}

/** The checker built on core's expression module (`parseExpression`, `referencedPaths`). */
export const defaultExpressionChecker: ExpressionChecker = {
  parse(text) {
    const r = parseExpression(text);
    return r.ok ? { ok: true, ast: r.expr } : { ok: false, error: r.error };
  },
  referencedPaths: (ast) => referencedPaths(ast as Expr),
};

function childrenOf(node: SchemaNode): Record<string, SchemaNode> {
  return (node.properties ?? {}) as Record<string, SchemaNode>;
}

/** Whether a dotted path (with `*` for any child) names a field under `scope`. */
export function pathExists(scope: SchemaNode, segments: readonly string[]): boolean {
  if (segments.length === 0) return true;
  const [head, ...rest] = segments;
  const kids = childrenOf(scope);
  if (head === '*') {
    const all = Object.values(kids);
    return all.length > 0 && all.every((k) => pathExists(k, rest));
  }
  return Object.prototype.hasOwnProperty.call(kids, head) && pathExists(kids[head], rest);
}

interface Site {
  text: string;
  /** pointer of the expression in the resolved schema */
  pointer: string;
  /** the object the expression's identifiers are relative to */
  scope: SchemaNode;
}

function collectSites(root: SchemaNode): Site[] {
  const sites: Site[] = [];
  const walk = (node: SchemaNode, pointer: string, parent: SchemaNode): void => {
    if (typeof node['x-fp-computed'] === 'string') {
      sites.push({ text: node['x-fp-computed'] as string, pointer: `${pointer}/x-fp-computed`, scope: parent });
    }
    if (typeof node['x-fp-visible-if'] === 'string') {
      sites.push({ text: node['x-fp-visible-if'] as string, pointer: `${pointer}/x-fp-visible-if`, scope: parent });
    }
    if (Array.isArray(node['x-fp-rules'])) {
      (node['x-fp-rules'] as { expr?: unknown }[]).forEach((r, i) => {
        if (typeof r.expr === 'string') sites.push({ text: r.expr, pointer: `${pointer}/x-fp-rules/${i}/expr`, scope: node });
      });
    }
    for (const [k, v] of Object.entries(childrenOf(node))) walk(v, joinPointer(pointer, 'properties', k), node);
  };
  walk(root, '', root);
  return sites;
}

/**
 * Checks every expression of resolved forms (computed fields, visibility, rules): syntax, and
 * that each referenced field exists. Pointers are into the **resolved** schema.
 * @param forms - resolved forms
 * @param fileOf - file name of a form id, for errors
 * @param checker - the expression parser (default: core's expression module)
 */
export function checkExpressions(
  forms: readonly ResolvedForm[], fileOf: (formId: string) => string, checker: ExpressionChecker = defaultExpressionChecker,
): PackError[] {
  const errs: PackError[] = [];
  for (const form of forms) {
    const file = fileOf(form.id);
    for (const site of collectSites(form.schema)) {
      const parsed = checker.parse(site.text);
      if (!parsed.ok) {
        const e = packError(file, site.pointer, 'bad-expression', { index: parsed.error.index ?? 0 });
        e.message = {
          vi: `${e.message.vi.replace(/: $/, '')}: ${parsed.error.message.vi}`,
          en: `${(e.message.en ?? e.message.vi).replace(/: $/, '')}: ${parsed.error.message.en ?? parsed.error.message.vi}`,
        };
        errs.push(e);
        continue;
      }
      for (const segs of checker.referencedPaths(parsed.ast)) {
        const path = segs.join('.');
        const fromRoot = segs[0] === '$root';
        const ok = pathExists(fromRoot ? form.schema : site.scope, fromRoot ? segs.slice(1) : segs);
        if (!ok) errs.push(packError(file, site.pointer, 'unknown-field', { path }));
      }
    }
  }
  return errs;
}
