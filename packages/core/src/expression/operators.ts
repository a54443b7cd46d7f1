/** Arithmetic, comparison and unary operators over evaluated operands (missing propagates). */
import type { ArithmeticOperator, ComparisonOperator } from './ast.js';
import { bilingual } from '../common/bilingual.js';
import type { EvalResult, ExpressionValue } from './scope.js';
import { DIVISION_BY_ZERO, failure, missing, numberResult, typeName } from './values.js';

function typeError(op: string, expected: 'number' | 'boolean', got: ExpressionValue, incomplete: boolean): EvalResult {
  const t = typeName(got);
  const want = expected === 'number' ? { vi: 'số', en: 'numbers' } : { vi: 'giá trị đúng/sai', en: 'booleans' };
  return failure(bilingual(`Toán tử "${op}" cần ${want.vi}, nhận được ${t.vi}`,
    `Operator "${op}" needs ${want.en}, got ${t.en}`), incomplete);
}

/**
 * Applies `+ - * / %` or a comparison to two evaluated operands.
 * Errors in an operand win; a missing operand makes the result missing.
 * @param op - the operator
 * @param left - evaluated left operand
 * @param right - evaluated right operand
 * @returns the result
 */
export function applyBinary(op: ArithmeticOperator | ComparisonOperator, left: EvalResult, right: EvalResult): EvalResult {
  const incomplete = left.incomplete || right.incomplete;
  if (left.error) return failure(left.error, incomplete);
  if (right.error) return failure(right.error, incomplete);
  const a = left.value;
  const b = right.value;
  if (a === null || b === null) return missing(incomplete);
  if (op === '==' || op === '!=') {
    const same = typeof a === typeof b && a === b;
    return { value: op === '==' ? same : !same, incomplete };
  }
  if (typeof a !== 'number') return typeError(op, 'number', a, incomplete);
  if (typeof b !== 'number') return typeError(op, 'number', b, incomplete);
  switch (op) {
    case '+': return numberResult(a + b, incomplete);
    case '-': return numberResult(a - b, incomplete);
    case '*': return numberResult(a * b, incomplete);
    case '/': return b === 0 ? failure(DIVISION_BY_ZERO, incomplete) : numberResult(a / b, incomplete);
    case '%': return b === 0 ? failure(DIVISION_BY_ZERO, incomplete) : numberResult(a % b, incomplete);
    case '<': return { value: a < b, incomplete };
    case '<=': return { value: a <= b, incomplete };
    case '>': return { value: a > b, incomplete };
    case '>=': return { value: a >= b, incomplete };
    default: return failure(bilingual(`Toán tử "${String(op)}" không được hỗ trợ`, `Operator "${String(op)}" is not supported`), incomplete);
  }
}

/**
 * Applies `not` or unary `-`.
 * @param op - the operator
 * @param arg - the evaluated operand
 * @returns the result
 */
export function applyUnary(op: 'not' | '-', arg: EvalResult): EvalResult {
  if (arg.error) return arg;
  const v = arg.value;
  if (v === null) return missing(arg.incomplete);
  if (op === 'not') return typeof v === 'boolean' ? { value: !v, incomplete: arg.incomplete } : typeError('not', 'boolean', v, arg.incomplete);
  return typeof v === 'number' ? { value: v === 0 ? 0 : -v, incomplete: arg.incomplete } : typeError('-', 'number', v, arg.incomplete);
}

/**
 * Checks an operand of `and`/`or`.
 * @param op - `and` or `or`
 * @param r - the evaluated operand
 * @returns the operand when boolean or missing, else a type error
 */
export function logicalOperand(op: 'and' | 'or', r: EvalResult): EvalResult {
  if (r.error || r.value === null || typeof r.value === 'boolean') return r;
  return typeError(op, 'boolean', r.value, r.incomplete);
}
