/**
 * Every expression of a pack with its JSON Pointer into the PackSource: computed fields and
 * columns, visibility, rules, indicator bindings and plan target bindings. Shared by the criteria
 * swap (rewrite references) and the draft checks (a rule naming a retired field).
 */
import { formatPointer } from '../common/json-pointer.js';
import type { PackSource } from '../pack/types.js';
import { walkFormNodes } from './usage.js';

/** Where an expression sits. */
export interface PackExpression {
  /** RFC 6901 pointer into the PackSource */
  pointer: string;
  /** the form it belongs to (rules and computed fields), else undefined */
  formIndex?: number;
  /** data path of the object its names are relative to, e.g. `['so_lieu']`; `*` for any matrix row */
  scope?: string[];
  kind: 'computed' | 'visibleIf' | 'rule' | 'binding' | 'target';
  text: string;
  /** replaces the text in a draft */
  set: (text: string) => void;
}

/** Lists the expressions of a pack (a draft when the `set` functions are to be used). */
export function packExpressions(pack: PackSource): PackExpression[] {
  const out: PackExpression[] = [];
  pack.forms.forEach((form, fi) => {
    walkFormNodes(form, (node, segs) => {
      const path = segs.filter((_, i) => i % 2 === 1);
      const at = (...tail: (string | number)[]): string => formatPointer(['forms', fi, ...segs, ...tail]);
      const add = (holder: Record<string, unknown>, key: string, kind: PackExpression['kind'], pointer: string, scope: string[]): void => {
        const v = holder[key];
        if (typeof v === 'string') out.push({ pointer, formIndex: fi, scope, kind, text: v, set: (t) => { holder[key] = t; } });
      };
      // a field's formula and condition read its siblings; a rule reads its own object's fields
      add(node, 'x-fp-computed', 'computed', at('x-fp-computed'), path.slice(0, -1));
      add(node, 'x-fp-visible-if', 'visibleIf', at('x-fp-visible-if'), path.slice(0, -1));
      const rules = node['x-fp-rules'];
      if (Array.isArray(rules)) rules.forEach((r: Record<string, unknown>, ri) => add(r, 'expr', 'rule', at('x-fp-rules', ri, 'expr'), path));
      const m = node['x-fp-matrix'] as { columns?: Record<string, unknown>[] } | undefined;
      if (Array.isArray(m?.columns)) m.columns.forEach((c, ci) => add(c, 'computed', 'computed', at('x-fp-matrix', 'columns', ci, 'computed'), [...path, '*']));
    });
  });
  pack.criteriaSets.forEach((set, si) => set.criteria.forEach((c, ci) => c.indicators.forEach((ind, ii) => {
    if (ind.binding !== undefined) {
      out.push({
        pointer: `/criteriaSets/${si}/criteria/${ci}/indicators/${ii}/binding`, kind: 'binding', text: ind.binding,
        set: (t) => { ind.binding = t; },
      });
    }
  })));
  pack.plan.targets.forEach((t, ti) => {
    const b = t.binding;
    if (b) out.push({ pointer: `/plan/targets/${ti}/binding/expr`, kind: 'target', text: b.expr, set: (x) => { b.expr = x; } });
  });
  return out;
}
