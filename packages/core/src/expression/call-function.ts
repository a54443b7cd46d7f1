/** Calls a built-in function: aggregates over lists, lazy `if`, `round`, `percent`. */
import type { CallExpr, Expr } from './ast.js';
import { bilingual, type Bilingual } from '../common/bilingual.js';
import { arityText, lookupFunction } from './functions.js';
import type { FunctionName } from './functions.js';
import { MAX_ROUND_DIGITS, roundHalfAway } from './round-half-away.js';
import type { EvalResult } from './scope.js';
import { DIVISION_BY_ZERO, failure, missing, numberResult, typeName } from './values.js';

/** One item of an aggregate's argument list; `composite` marks an object/array value. */
export interface ListItem {
  result: EvalResult;
  composite: boolean;
}

/** Evaluates an aggregate argument into items (a wildcard path and `*` give many). */
export type ItemsEvaluator = (e: Expr) => { items: ListItem[] } | { error: Bilingual };

/** Evaluates a scalar argument. */
export type ScalarEvaluator = (e: Expr) => EvalResult;

function needsNumber(fn: string, r: EvalResult): EvalResult {
  const t = typeName(r.value);
  return failure(bilingual(`Hàm ${fn} cần số, nhận được ${t.vi}`, `Function ${fn} needs numbers, got ${t.en}`), r.incomplete);
}

function aggregate(name: FunctionName, args: readonly Expr[], items: ItemsEvaluator): EvalResult {
  const all: ListItem[] = [];
  for (const arg of args) {
    const r = items(arg);
    if ('error' in r) return failure(r.error);
    for (const item of r.items) all.push(item);
  }
  let incomplete = false;
  let present = 0;
  const numbers: number[] = [];
  for (const { result, composite } of all) {
    incomplete ||= result.incomplete;
    if (composite && name === 'count') {
      present++;
      continue;
    }
    if (result.error) return failure(result.error, incomplete);
    if (result.value === null) {
      incomplete = true;
      continue;
    }
    present++;
    if (name === 'count') continue;
    if (typeof result.value !== 'number') return needsNumber(name, { ...result, incomplete });
    numbers.push(result.value);
  }
  if (name === 'count') return { value: present, incomplete };
  if (numbers.length === 0) return all.length === 0 && name === 'sum' ? { value: 0, incomplete } : missing(incomplete);
  let acc = numbers[0];
  for (let i = 1; i < numbers.length; i++) {
    const n = numbers[i];
    acc = name === 'sum' ? acc + n : name === 'min' ? Math.min(acc, n) : Math.max(acc, n);
  }
  return numberResult(acc, incomplete);
}

function callIf(args: readonly Expr[], ev: ScalarEvaluator): EvalResult {
  const c = ev(args[0]);
  if (c.error) return c;
  if (c.value === null) return missing(c.incomplete);
  if (typeof c.value !== 'boolean') {
    const t = typeName(c.value);
    return failure(bilingual(`Điều kiện của if phải là đúng/sai, nhận được ${t.vi}`,
      `The condition of if must be a boolean, got ${t.en}`), c.incomplete);
  }
  const r = ev(c.value ? args[1] : args[2]);
  return { ...r, incomplete: r.incomplete || c.incomplete };
}

function numericArgs(fn: string, results: EvalResult[]): number[] | EvalResult {
  const incomplete = results.some((r) => r.incomplete);
  for (const r of results) if (r.error) return failure(r.error, incomplete);
  if (results.some((r) => r.value === null)) return missing(incomplete);
  const bad = results.find((r) => typeof r.value !== 'number');
  if (bad) return needsNumber(fn, { ...bad, incomplete });
  return results.map((r) => r.value as number);
}

function callRound(args: readonly Expr[], ev: ScalarEvaluator): EvalResult {
  const results = args.map(ev);
  const incomplete = results.some((r) => r.incomplete);
  const nums = numericArgs('round', results);
  if (!Array.isArray(nums)) return nums;
  const [x, digits = 0] = nums;
  if (!Number.isInteger(digits) || Math.abs(digits) > MAX_ROUND_DIGITS) {
    return failure(bilingual(`Số chữ số của round phải là số nguyên từ -${MAX_ROUND_DIGITS} đến ${MAX_ROUND_DIGITS}`,
      `The digits of round must be an integer from -${MAX_ROUND_DIGITS} to ${MAX_ROUND_DIGITS}`), incomplete);
  }
  return numberResult(roundHalfAway(x, digits), incomplete);
}

function callPercent(args: readonly Expr[], ev: ScalarEvaluator): EvalResult {
  const results = args.map(ev);
  const incomplete = results.some((r) => r.incomplete);
  const nums = numericArgs('percent', results);
  if (!Array.isArray(nums)) return nums;
  const [part, whole] = nums;
  if (whole === 0) return failure(DIVISION_BY_ZERO, incomplete);
  return numberResult((part * 100) / whole, incomplete);
}

/**
 * Calls a function node. Unknown names and wrong arity give an error result, never a throw.
 * @param call - the call node
 * @param ev - evaluates a scalar argument (called lazily: `if` evaluates one branch only)
 * @param items - evaluates an aggregate argument into list items
 * @returns the result
 */
export function callFunction(call: CallExpr, ev: ScalarEvaluator, items: ItemsEvaluator): EvalResult {
  const spec = lookupFunction(call.name);
  if (!spec) return failure(bilingual(`Không có hàm "${call.name}"`, `Unknown function "${call.name}"`));
  const n = call.args.length;
  if (n < spec.minArgs || n > spec.maxArgs) {
    const want = arityText(spec);
    return failure(bilingual(`Hàm ${spec.name} cần ${want.vi}, nhận được ${n}`,
      `Function ${spec.name} takes ${want.en}, got ${n}`));
  }
  switch (spec.name) {
    case 'if': return callIf(call.args, ev);
    case 'round': return callRound(call.args, ev);
    case 'percent': return callPercent(call.args, ev);
    default: return aggregate(spec.name, call.args, items);
  }
}
