/** The fixed set of functions an expression may call, with their arity. */
import { bilingual, type Bilingual } from '../common/bilingual.js';

/** Names of the built-in functions. */
export type FunctionName = 'sum' | 'min' | 'max' | 'count' | 'if' | 'round' | 'percent';

/** What a function accepts. Aggregates take lists (wildcard paths, bare `*`) as well as values. */
export interface FunctionSpec {
  readonly name: FunctionName;
  readonly minArgs: number;
  /** `Infinity` for variadic functions */
  readonly maxArgs: number;
  /** true for `sum`, `min`, `max`, `count`: arguments may be lists, missing items are skipped */
  readonly aggregate: boolean;
  readonly signature: string;
  readonly description: Bilingual;
}

/** Every built-in function, in documentation order. */
export const EXPRESSION_FUNCTIONS: readonly FunctionSpec[] = [
  { name: 'sum', minArgs: 1, maxArgs: Infinity, aggregate: true, signature: 'sum(x, …)',
    description: bilingual('Tổng các giá trị có mặt', 'Sum of the present values') },
  { name: 'min', minArgs: 1, maxArgs: Infinity, aggregate: true, signature: 'min(x, …)',
    description: bilingual('Giá trị nhỏ nhất trong các giá trị có mặt', 'Smallest present value') },
  { name: 'max', minArgs: 1, maxArgs: Infinity, aggregate: true, signature: 'max(x, …)',
    description: bilingual('Giá trị lớn nhất trong các giá trị có mặt', 'Largest present value') },
  { name: 'count', minArgs: 1, maxArgs: Infinity, aggregate: true, signature: 'count(x, …)',
    description: bilingual('Số giá trị có mặt', 'Number of present values') },
  { name: 'if', minArgs: 3, maxArgs: 3, aggregate: false, signature: 'if(điều_kiện, a, b)',
    description: bilingual('a nếu điều kiện đúng, ngược lại b', 'a when the condition holds, else b') },
  { name: 'round', minArgs: 1, maxArgs: 2, aggregate: false, signature: 'round(x, số_chữ_số?)',
    description: bilingual('Làm tròn (nửa ra xa số 0)', 'Round (half away from zero)') },
  { name: 'percent', minArgs: 2, maxArgs: 2, aggregate: false, signature: 'percent(phần, tổng)',
    description: bilingual('phần / tổng × 100', 'part / whole × 100') },
];

const BY_NAME: ReadonlyMap<string, FunctionSpec> = new Map(EXPRESSION_FUNCTIONS.map((s) => [s.name, s]));

/**
 * Looks a function up by name (own entries only: `constructor` etc. are unknown).
 * @param name - the called name
 * @returns its spec, or `undefined` when there is no such function
 */
export function lookupFunction(name: string): FunctionSpec | undefined {
  return BY_NAME.get(name);
}

/**
 * Describes the accepted number of arguments, for messages.
 * @param spec - the function
 * @returns e.g. `{ vi: '3 đối số', en: '3 arguments' }`
 */
export function arityText(spec: FunctionSpec): Bilingual {
  if (spec.maxArgs === Infinity) {
    return bilingual(`ít nhất ${spec.minArgs} đối số`, `at least ${spec.minArgs} argument(s)`);
  }
  if (spec.minArgs === spec.maxArgs) {
    return bilingual(`${spec.minArgs} đối số`, `${spec.minArgs} argument(s)`);
  }
  return bilingual(`${spec.minArgs}–${spec.maxArgs} đối số`, `${spec.minArgs}–${spec.maxArgs} arguments`);
}
