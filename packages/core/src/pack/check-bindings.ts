import type { ResolvedForm } from '../schema/resolved-form.js';
import { defaultExpressionChecker, pathExists, type ExpressionChecker } from './check-expressions.js';
import { packError, type PackError } from './pack-error.js';
import type { PackSource } from './types.js';

/**
 * The form a binding path starts at: `forms.<form-id>.…` or `<form_id>.…` (the id with `-`
 * written `_`, since identifiers cannot hold `-`). Returns the form and the rest of the path.
 */
export function bindingTarget(
  segs: readonly string[], forms: readonly ResolvedForm[],
): { form: ResolvedForm; rest: string[] } | undefined {
  const [first, ...tail] = segs[0] === 'forms' ? segs.slice(1) : segs;
  const form = forms.find((f) => f.id === first || f.id === first?.replace(/_/g, '-'));
  return form ? { form, rest: tail } : undefined;
}

/**
 * Checks indicator bindings (syntax, and that each path names a field of a form) and plan
 * target bindings (syntax only: they read aggregates, not form fields).
 * @param pack - the pack
 * @param forms - its resolved forms
 * @param criteriaFiles - file of each criteria set
 * @param planFile - file of the plan
 * @param checker - expression parser (default: core's expression module)
 */
export function checkBindings(
  pack: PackSource, forms: readonly ResolvedForm[], criteriaFiles: readonly string[], planFile: string,
  checker: ExpressionChecker = defaultExpressionChecker,
): PackError[] {
  const errs: PackError[] = [];
  const parse = (text: string, file: string, pointer: string): unknown => {
    const r = checker.parse(text);
    if (r.ok) return r.ast;
    const e = packError(file, pointer, 'bad-expression', { index: r.error.index ?? 0 });
    e.message = { vi: `${e.message.vi}: ${r.error.message.vi}`, en: `${e.message.en}: ${r.error.message.en}` };
    errs.push(e);
    return undefined;
  };
  pack.criteriaSets.forEach((set, si) => {
    set.criteria.forEach((c, ci) => {
      c.indicators.forEach((ind, ii) => {
        if (ind.binding === undefined) return;
        const pointer = `/criteria/${ci}/indicators/${ii}/binding`;
        const ast = parse(ind.binding, criteriaFiles[si], pointer);
        if (ast === undefined) return;
        for (const segs of checker.referencedPaths(ast)) {
          const t = bindingTarget(segs, forms);
          if (!t || !pathExists(t.form.schema, t.rest)) {
            errs.push(packError(criteriaFiles[si], pointer, 'unknown-field', { path: segs.join('.') }));
          }
        }
      });
    });
  });
  pack.plan.targets.forEach((t, i) => {
    if (t.binding) parse(t.binding.expr, planFile, `/targets/${i}/binding/expr`);
  });
  return errs;
}
