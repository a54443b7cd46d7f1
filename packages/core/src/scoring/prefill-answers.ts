/**
 * Prefills self-assessment answers from report data through indicator bindings, so figures
 * the wards already reported are not asked for twice.
 */
import type { Code, CriteriaSet } from '../pack/types.js';
import type { Expr } from '../expression/ast.js';
import { evaluate } from '../expression/evaluate.js';
import { parseExpression } from '../expression/parse-expression.js';
import { formatPointer, getAt } from '../common/json-pointer.js';
import { safeKeys } from '../common/safe-keys.js';
import type { Bilingual } from '../common/bilingual.js';
import { errorMessages } from '../common/formplan-error.js';

const BINDING_FAILED: Bilingual = { vi: 'Không tính được giá trị liên kết', en: 'Could not compute the binding' };

/** A report's data for one form (the caller passes the latest counted revision per form). */
export interface ReportData {
  formId: string;
  data: unknown;
}

/** Where a prefilled answer comes from. */
export interface PrefillSource {
  /** the first form the binding reads */
  formId: string;
  /** every form the binding reads */
  formIds: string[];
  /** the JSON Pointer in that form, when the binding is a plain field reference */
  pointer?: string;
  /** the binding expression */
  expr: string;
}

/** A prefilled answer. */
export interface PrefilledAnswer {
  /** null when the form is not reported, the field is empty, or the binding is broken */
  value: number | boolean | string | null;
  source: PrefillSource;
  /** some value behind it is missing (form not reported, or cells empty) */
  incomplete: boolean;
  error?: Bilingual;
}

/**
 * Maps the first segment of a binding path to a form id: `bieu_06` → `bieu-06`
 * (form ids use `-`, identifiers cannot). A leading `$root` and `forms` are skipped.
 * @param segments - the path as written, e.g. `['forms', 'bieu_06', 'so_lieu', 'x']`
 * @returns the form id and the path inside the form's data, or null when too short
 */
export function splitBindingPath(segments: readonly string[]): { formId: string; path: string[] } | null {
  let i = 0;
  if (segments[i] === '$root') i++;
  if (segments[i] === 'forms' && segments.length > i + 1) i++;
  if (i >= segments.length) return null;
  return { formId: segments[i].replace(/_/g, '-'), path: segments.slice(i + 1) };
}

function collectPaths(expr: Expr, out: (readonly string[])[]): void {
  switch (expr.kind) {
    case 'path': out.push(expr.segments); return;
    case 'unary': collectPaths(expr.arg, out); return;
    case 'binary':
    case 'logical': collectPaths(expr.left, out); collectPaths(expr.right, out); return;
    case 'call': for (const a of expr.args) collectPaths(a, out); return;
    default: return;
  }
}


/**
 * Computes answers for every indicator that has a `binding`, from the reports' data.
 * Bindings name `<form>.<path>` (e.g. `bieu_06.so_lieu.khai_sinh.ty_le`, or
 * `forms.bieu_06.…`), and may be any expression (`percent(bieu_06.a, bieu_06.b)`).
 * When several reports share a form id, the last one wins.
 * @param criteriaSet - the criteria set whose indicators carry bindings
 * @param reports - report data by form
 * @returns prefilled answers by indicator code (indicators without a binding are absent)
 * @example
 * ```ts
 * const pre = prefillAnswers(qd34, [{ formId: 'bieu-06', data }]);
 * pre.TC2_1 // { value: 98.5, source: { formId: 'bieu-06', pointer: '/so_lieu/khai_sinh/ty_le', … }, incomplete: false }
 * ```
 */
export function prefillAnswers(criteriaSet: CriteriaSet, reports: readonly ReportData[]): Record<Code, PrefilledAnswer> {
  const byForm = new Map<string, unknown>();
  for (const r of reports) byForm.set(r.formId, r.data);
  const out: Record<Code, PrefilledAnswer> = {};

  for (const criterion of criteriaSet.criteria) {
    for (const indicator of criterion.indicators) {
      if (!indicator.binding) continue;
      const expr = indicator.binding;
      const parsed = parseExpression(expr);
      if (!parsed.ok) {
        out[indicator.code] = {
          value: null, incomplete: false, error: errorMessages(parsed.error, BINDING_FAILED),
          source: { formId: '', formIds: [], expr },
        };
        continue;
      }
      const paths: (readonly string[])[] = [];
      collectPaths(parsed.expr, paths);
      const formIds: string[] = [];
      for (const p of paths) {
        const s = splitBindingPath(p);
        if (s && !formIds.includes(s.formId)) formIds.push(s.formId);
      }
      const source: PrefillSource = { formId: formIds[0] ?? '', formIds, expr };
      if (parsed.expr.kind === 'path' && !parsed.expr.segments.includes('*')) {
        const s = splitBindingPath(parsed.expr.segments);
        if (s) source.pointer = formatPointer(s.path);
      }

      let missingForm = false;
      const scope = {
        get(path: readonly string[]): unknown {
          const s = splitBindingPath(path);
          if (!s) return undefined;
          if (!byForm.has(s.formId)) { missingForm = true; return undefined; }
          return getAt(byForm.get(s.formId), s.path);
        },
        keys(path: readonly string[]): string[] {
          const s = splitBindingPath(path);
          if (!s) {
            return [...byForm.keys()].map((id) => id.replace(/-/g, '_'));
          }
          if (!byForm.has(s.formId)) { missingForm = true; return []; }
          return safeKeys(getAt(byForm.get(s.formId), s.path));
        },
      };
      const r = evaluate(parsed.expr, scope);
      out[indicator.code] = {
        value: r.value,
        source,
        incomplete: r.incomplete || missingForm || r.value === null,
        ...(r.error ? { error: errorMessages(r.error, BINDING_FAILED) } : {}),
      };
    }
  }
  return out;
}
