/**
 * Evaluates the plan's measurable targets against figures computed from reports and assessments.
 */
import type { Code, Bilingual, Plan, PlanTarget } from '../pack/types.js';
import { evaluate } from '../expression/evaluate.js';
import { parseExpression } from '../expression/parse-expression.js';
import type { TargetContext } from './target-context.js';

import { errorMessages } from '../common/formplan-error.js';

const TARGET_FAILED: Bilingual = { vi: 'Không tính được chỉ tiêu', en: 'Could not compute the target' };

/** The state of one plan target. */
export interface TargetResult {
  code: Code;
  text: Bilingual;
  /** the target has a binding that can be computed */
  bound: boolean;
  /** the computed value; null when unbound, missing or not a number */
  value: number | null;
  /** whether the value passes `op value`; null when it cannot be decided (no value) */
  ok: boolean | null;
  /** some of the figures behind the value are missing (e.g. wards that have not reported) */
  incomplete: boolean;
  op?: NonNullable<PlanTarget['binding']>['op'];
  target?: number;
  unit?: string;
  /** parse or evaluation problem, Vietnamese first */
  error?: Bilingual;
}

/** Tolerance for `=`, so that 99.99999999 (from a percent) equals 100. */
const EPSILON = 1e-9;

/**
 * Compares a value with a target by a plan operator.
 * @param value - the computed value
 * @param op - `>=`, `<=`, `=`, `<` or `>`
 * @param target - the target value
 * @returns whether the value passes
 */
export function passes(value: number, op: NonNullable<PlanTarget['binding']>['op'], target: number): boolean {
  switch (op) {
    case '>=': return value >= target - EPSILON;
    case '<=': return value <= target + EPSILON;
    case '=': return Math.abs(value - target) <= EPSILON;
    case '<': return value < target;
    case '>': return value > target;
  }
}

function isTargetContext(c: unknown): c is TargetContext {
  return c !== null && typeof c === 'object' && 'values' in c && 'incomplete' in c &&
    Array.isArray((c as TargetContext).incomplete);
}

/**
 * Evaluates every target of the plan. A binding's expression reads the context's names
 * (e.g. `percent(wards_recognised, wards_total)`); a name that is null or absent is missing,
 * so the value is null and `ok` is null: a missing figure never passes or fails a target.
 * @param plan - the plan (only `targets` is read)
 * @param context - figures by name: a plain record, or a {@link TargetContext} (whose
 *   incomplete names mark the targets that read them as incomplete)
 * @returns one result per target, in plan order
 * @example
 * ```ts
 * evaluateTargets(plan, { wards_recognised: 8, wards_total: 8 })
 * // [{ code: 'MT2', value: 100, ok: true, incomplete: false, … }]
 * ```
 */
export function evaluateTargets(
  plan: Pick<Plan, 'targets'>,
  context: Record<string, number | null> | TargetContext,
): TargetResult[] {
  const values: Record<string, number | null> = isTargetContext(context) ? context.values : context;
  const incompleteNames = new Set(isTargetContext(context) ? context.incomplete : []);
  const has = (k: string): boolean => Object.prototype.hasOwnProperty.call(values, k);

  return plan.targets.map((t): TargetResult => {
    const base = { code: t.code, text: t.text };
    if (!t.binding) return { ...base, bound: false, value: null, ok: null, incomplete: false };
    const { expr, op, value: target, unit } = t.binding;
    const meta = { op, target, ...(unit !== undefined ? { unit } : {}) };
    const parsed = parseExpression(expr);
    if (!parsed.ok) {
      return { ...base, ...meta, bound: true, value: null, ok: null, incomplete: false, error: errorMessages(parsed.error, TARGET_FAILED) };
    }
    let readIncomplete = false;
    const scope = {
      get(path: readonly string[]): unknown {
        const p = path[0] === '$root' ? path.slice(1) : path;
        if (p.length !== 1 || !has(p[0])) return undefined;
        if (incompleteNames.has(p[0])) readIncomplete = true;
        return values[p[0]];
      },
      keys(path: readonly string[]): string[] {
        const p = path[0] === '$root' ? path.slice(1) : path;
        return p.length === 0 ? Object.keys(values) : [];
      },
    };
    const r = evaluate(parsed.expr, scope);
    const value = typeof r.value === 'number' && Number.isFinite(r.value) ? r.value : null;
    return {
      ...base,
      ...meta,
      bound: true,
      value,
      ok: value === null ? null : passes(value, op, target),
      incomplete: r.incomplete || readIncomplete || value === null,
      ...(r.error ? { error: errorMessages(r.error, TARGET_FAILED) } : {}),
    };
  });
}
