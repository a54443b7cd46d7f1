/** The interpreter: evaluates a typed {@link Expr} over a {@link Scope}. Total: never throws. */
import type { Expr, LogicalExpr } from './ast.js';
import { bilingual, type Bilingual } from '../common/bilingual.js';
import type { ListItem } from './call-function.js';
import { callFunction } from './call-function.js';
import { expandPath, readPath } from './expand-path.js';
import { applyBinary, applyUnary, logicalOperand } from './operators.js';
import type { EvalResult, Scope } from './scope.js';
import { failure, fieldValue, ok } from './values.js';

/** Deepest tree the interpreter walks (parsed trees are shallower, see MAX_EXPRESSION_DEPTH). */
export const MAX_EVAL_DEPTH = 200;

const LIST_IN_SCALAR = bilingual(
  'Danh sách (đường dẫn có "*" hoặc "*" đứng riêng) chỉ dùng được trong sum, min, max, count',
  'A list (a path with "*", or a bare "*") can only be used inside sum, min, max or count');

function isComposite(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null;
}

function evalLogical(e: LogicalExpr, scope: Scope, depth: number): EvalResult {
  const decisive = e.op === 'or';
  const left = logicalOperand(e.op, evalNode(e.left, scope, depth));
  if (left.error) return left;
  if (left.value === decisive) return { value: decisive, incomplete: left.incomplete };
  const right = logicalOperand(e.op, evalNode(e.right, scope, depth));
  const incomplete = left.incomplete || right.incomplete;
  if (right.error) return failure(right.error, incomplete);
  if (right.value === decisive) return { value: decisive, incomplete: right.incomplete };
  if (left.value === null || right.value === null) return { value: null, incomplete };
  return { value: !decisive, incomplete };
}

function evalItems(e: Expr, scope: Scope, depth: number): { items: ListItem[] } | { error: Bilingual } {
  if (e.kind === 'path' && e.segments.includes('*')) {
    const expanded = expandPath(scope, e.segments);
    if ('error' in expanded) return expanded;
    return {
      items: expanded.paths.map((p) => {
        const raw = readPath(scope, p);
        return { result: fieldValue(raw, p.join('.')), composite: isComposite(raw) };
      }),
    };
  }
  if (e.kind === 'star') {
    if (typeof scope.star !== 'function') {
      return { error: bilingual('"*" không có nghĩa ở vị trí này', '"*" has no meaning here') };
    }
    let list: unknown;
    try {
      list = scope.star();
    } catch {
      list = [];
    }
    if (!Array.isArray(list)) return { items: [] };
    return { items: list.map((raw) => ({ result: fieldValue(raw, '*'), composite: isComposite(raw) })) };
  }
  return { items: [{ result: evalNode(e, scope, depth), composite: false }] };
}

function evalNode(e: Expr, scope: Scope, depth: number): EvalResult {
  if (depth > MAX_EVAL_DEPTH) return failure(bilingual('Biểu thức lồng nhau quá sâu', 'Expression is nested too deeply'));
  const next = depth + 1;
  switch (e.kind) {
    case 'number':
      return Number.isFinite(e.value) ? ok(e.value) : failure(bilingual('Số không hợp lệ', 'Invalid number'));
    case 'string':
      return ok(String(e.value).normalize('NFC'));
    case 'boolean':
      return ok(e.value === true);
    case 'path':
      if (e.segments.includes('*')) return failure(LIST_IN_SCALAR);
      return fieldValue(readPath(scope, e.segments), e.segments.join('.'));
    case 'star':
      return failure(LIST_IN_SCALAR);
    case 'unary':
      return applyUnary(e.op, evalNode(e.arg, scope, next));
    case 'binary':
      return applyBinary(e.op, evalNode(e.left, scope, next), evalNode(e.right, scope, next));
    case 'logical':
      return evalLogical(e, scope, next);
    case 'call':
      return callFunction(e, (a) => evalNode(a, scope, next), (a) => evalItems(a, scope, next));
    default:
      return failure(bilingual('Nút biểu thức không hợp lệ', 'Invalid expression node'));
  }
}

/**
 * Evaluates an expression. Missing is not zero: arithmetic and comparisons over a missing
 * operand are missing (`null`); `sum`/`min`/`max`/`count` skip missing items and mark the
 * result `incomplete`. Errors (division by zero, wrong types, unknown functions) give `null`
 * with a vi/en `error`. Never throws, whatever the tree or the scope does.
 * @param expr - a parsed expression (see `parseExpression`)
 * @param scope - where fields are read
 * @returns value, incomplete flag and optional error
 * @example
 * ```ts
 * const row = { a: 1, b: null };
 * const r = evaluate(parsed, createObjectScope(row));  // sum(a, b) → { value: 1, incomplete: true }
 * ```
 */
export function evaluate(expr: Expr, scope: Scope): EvalResult {
  try {
    return evalNode(expr, scope, 0);
  } catch {
    return failure(bilingual('Không tính được biểu thức', 'Could not evaluate the expression'));
  }
}
