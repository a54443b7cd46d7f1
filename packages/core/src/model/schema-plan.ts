/**
 * Reads a resolved form schema once and lists what the form model must keep live: computed
 * fields, visibility conditions, cross-field rules and defaults, each with its parsed expression
 * and the data paths it depends on.
 */
import { dependencyPatterns } from '../expression/index.js';
import type { Expr, ExpressionParser } from '../expression/index.js';
import type { Bilingual } from '../pack/types.js';
import { formatPointer } from '../common/json-pointer.js';
import type { SchemaNode } from '../schema/resolved-form.js';

/** A JSON Schema node as plain data. */

/** A path pattern: concrete segments, or `'*'` for any array index / object key. */
export type PathPattern = readonly string[];

/** A computed leaf: its value is the expression evaluated over its parent object. */
export interface ComputedField {
  /** the leaf's path (may contain `*` inside arrays) */
  pattern: PathPattern;
  /** path of the object the expression is written in */
  base: PathPattern;
  expr: Expr;
  source: string;
  /** absolute patterns whose change makes this field stale */
  deps: PathPattern[];
}

/** A conditional field: shown and validated only while `expr` is true. */
export interface VisibilityRule {
  pattern: PathPattern;
  base: PathPattern;
  expr: Expr;
  deps: PathPattern[];
}

/** A cross-field rule declared with `x-fp-rules`. */
export interface CrossFieldRule {
  code: string;
  base: PathPattern;
  expr: Expr;
  message: Bilingual;
  severity: 'error' | 'warning';
  /** JSON Pointer where the message shows */
  pointer: string;
  deps: PathPattern[];
}

/** A problem in the schema's own expressions (a pack validation catches these first). */
export interface PlanProblem {
  pointer: string;
  message: Bilingual;
}

/** Everything live in one form. */
export interface SchemaPlan {
  computed: ComputedField[];
  visibility: VisibilityRule[];
  rules: CrossFieldRule[];
  /** leaf patterns with a JSON Schema `default` */
  defaults: { pattern: PathPattern; value: unknown }[];
  problems: PlanProblem[];
  /** property names of numeric, non-computed leaves per object pattern (what `*` sums) */
  starMembers: Map<string, string[]>;
}

const NUMERIC = new Set(['integer', 'number']);

function typeOf(node: SchemaNode): string | undefined {
  const t = node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) return t.find((x) => x !== 'null') as string | undefined;
  return undefined;
}

function parseOrReport(parse: ExpressionParser, source: unknown, where: string, problems: PlanProblem[]): Expr | undefined {
  if (typeof source !== 'string') {
    problems.push({ pointer: where, message: { vi: 'Biểu thức phải là chuỗi', en: 'An expression must be a string' } });
    return undefined;
  }
  const r = parse(source);
  if (!r.ok) {
    problems.push({ pointer: where, message: r.error.message });
    return undefined;
  }
  return r.expr;
}

/** Key under which `starMembers` stores an object pattern. */
export function patternKey(pattern: PathPattern): string {
  return formatPointer(pattern);
}

/**
 * Walks a resolved schema and collects its live parts.
 * @param schema - a resolved form schema
 * @param parse - how expressions are parsed (`parseExpression`, or trees parsed ahead of time)
 */
export function planSchema(schema: SchemaNode, parse: ExpressionParser): SchemaPlan {
  const plan: SchemaPlan = { computed: [], visibility: [], rules: [], defaults: [], problems: [], starMembers: new Map() };

  const walk = (node: SchemaNode, path: string[], schemaPtr: string): void => {
    const t = typeOf(node);
    if (path.length > 0) {
      const base = path.slice(0, -1);
      if ('x-fp-computed' in node) {
        const expr = parseOrReport(parse, node['x-fp-computed'], schemaPtr + '/x-fp-computed', plan.problems);
        if (expr) plan.computed.push({ pattern: path, base, expr, source: String(node['x-fp-computed']), deps: dependencyPatterns(expr, base) });
      }
      if ('x-fp-visible-if' in node) {
        const expr = parseOrReport(parse, node['x-fp-visible-if'], schemaPtr + '/x-fp-visible-if', plan.problems);
        if (expr) plan.visibility.push({ pattern: path, base, expr, deps: dependencyPatterns(expr, base) });
      }
      if ('default' in node && t !== 'object' && t !== 'array') plan.defaults.push({ pattern: path, value: node.default });
    }
    const rules = node['x-fp-rules'];
    if (Array.isArray(rules)) {
      rules.forEach((rule, i) => {
        const r = rule as SchemaNode;
        const expr = parseOrReport(parse, r.expr, `${schemaPtr}/x-fp-rules/${i}/expr`, plan.problems);
        if (!expr) return;
        plan.rules.push({
          code: String(r.code ?? `R${i + 1}`),
          base: path,
          expr,
          message: (r.message as Bilingual) ?? { vi: 'Vi phạm quy tắc', en: 'Rule not met' },
          severity: r.severity === 'warning' ? 'warning' : 'error',
          pointer: typeof r.path === 'string' ? r.path : formatPointer(path),
          deps: dependencyPatterns(expr, path),
        });
      });
    }
    if (t === 'object' && node.properties && typeof node.properties === 'object') {
      const props = node.properties as Record<string, SchemaNode>;
      const star: string[] = [];
      for (const [key, child] of Object.entries(props)) {
        if (NUMERIC.has(typeOf(child) ?? '') && !('x-fp-computed' in child)) star.push(key);
        walk(child, [...path, key], `${schemaPtr}/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
      plan.starMembers.set(patternKey(path), star);
    } else if (t === 'array' && node.items && typeof node.items === 'object') {
      walk(node.items as SchemaNode, [...path, '*'], `${schemaPtr}/items`);
    }
  };
  walk(schema, [], '');
  return plan;
}
