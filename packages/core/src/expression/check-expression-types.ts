/**
 * A static type check of an expression against the types of the fields it names, so an editor
 * can say "Toán tử "+" cần số, nhận được chuỗi" while the administrator types, before any data.
 */
import type { Expr } from './ast.js';
import type { ExpressionError } from './expression-error.js';
import { bilingual } from '../common/bilingual.js';
import { lookupFunction } from './functions.js';
import { pathOffset } from './locate-token.js';

/** The type of an expression's value; `any` when it cannot be known (unknown field, mixed `if`). */
export type ExpressionType = 'number' | 'boolean' | 'string' | 'any';

/** A text in both languages (both known: these are formplan's own). */
interface Both { vi: string; en: string }

const NAMES: Record<Exclude<ExpressionType, 'any'>, Both> = {
  number: { vi: 'số', en: 'a number' },
  boolean: { vi: 'giá trị đúng/sai', en: 'a boolean' },
  string: { vi: 'chuỗi', en: 'a string' },
};

/**
 * The expression type of a field type as the editor and packs write it.
 * @param fieldType - `integer`, `number`, `count`, `percent`, `boolean`, `string`, `date`, `enum`…
 * @returns `number`, `boolean`, `string`, or `any` for what an expression cannot read as one value
 */
export function expressionTypeOfField(fieldType: string): ExpressionType {
  switch (fieldType) {
    case 'integer': case 'number': case 'count': case 'percent': return 'number';
    case 'boolean': return 'boolean';
    case 'string': case 'date': case 'enum': return 'string';
    default: return 'any';
  }
}

interface Typed { type: ExpressionType; node: Expr }

/**
 * Infers the type of each node and reports operands of the wrong type (arithmetic and ordering
 * need numbers, `and`/`or`/`not` and `if`'s condition need booleans, `==` compares like with
 * like, `sum`/`min`/`max`/`round`/`percent` need numbers) and, with `expect`, a result of the
 * wrong type. Unknown fields are `any` (the name check reports them).
 * @param text - the expression text (for error positions)
 * @param expr - its parsed tree
 * @param typeOf - the type of a written path, `undefined` when unknown
 * @param expect - the type the place of the expression needs (e.g. `boolean` for a rule)
 * @returns the type errors, each with `kind: 'type'`
 */
export function checkExpressionTypes(
  text: string, expr: Expr, typeOf: (path: readonly string[]) => ExpressionType | undefined, expect?: Exclude<ExpressionType, 'any'>,
): ExpressionError[] {
  const errors: ExpressionError[] = [];
  const seen = new Set<string>();
  const fail = (at: Expr, vi: string, en: string): void => {
    if (seen.has(en)) return;
    seen.add(en);
    const index = at.kind === 'path' ? pathOffset(text, at.segments) : undefined;
    const message = bilingual(vi, en);
    errors.push(index === undefined ? { kind: 'type', message } : { kind: 'type', index, message });
  };
  const need = (what: Both, want: Exclude<ExpressionType, 'any'>, got: Typed): void => {
    if (got.type === 'any' || got.type === want) return;
    fail(got.node, `${what.vi} cần ${NAMES[want].vi}, nhận được ${NAMES[got.type].vi}`,
      `${what.en} needs ${NAMES[want].en}, got ${NAMES[got.type].en}`);
  };
  const operator = (op: string): Both => ({ vi: `Toán tử "${op}"`, en: `Operator "${op}"` });
  const visit = (node: Expr): Typed => ({ type: typeOfNode(node), node });
  const typeOfNode = (node: Expr): ExpressionType => {
    switch (node.kind) {
      case 'number': case 'string': case 'boolean': return node.kind;
      case 'path': return typeOf(node.segments) ?? 'any';
      case 'star': return 'number';
      case 'unary': {
        const want = node.op === 'not' ? 'boolean' : 'number';
        need(operator(node.op), want, visit(node.arg));
        return want;
      }
      case 'logical':
        need(operator(node.op), 'boolean', visit(node.left));
        need(operator(node.op), 'boolean', visit(node.right));
        return 'boolean';
      case 'binary': return binaryType(node.op, visit(node.left), visit(node.right));
      case 'call': return callType(node.name, node.args.map(visit));
      default: return 'any';
    }
  };
  const binaryType = (op: string, left: Typed, right: Typed): ExpressionType => {
    if (op === '==' || op === '!=') {
      if (left.type !== 'any' && right.type !== 'any' && left.type !== right.type) {
        fail(right.node, `Phép so sánh "${op}" giữa ${NAMES[left.type].vi} và ${NAMES[right.type].vi} luôn cho kết quả như nhau`,
          `Comparing ${NAMES[left.type].en} with ${NAMES[right.type].en} by "${op}" always gives the same result`);
      }
      return 'boolean';
    }
    need(operator(op), 'number', left);
    need(operator(op), 'number', right);
    return ['<', '<=', '>', '>='].includes(op) ? 'boolean' : 'number';
  };
  const callType = (name: string, args: Typed[]): ExpressionType => {
    const spec = lookupFunction(name);
    if (!spec) return 'any';
    if (spec.name === 'count') return 'number';
    if (spec.name === 'if') {
      if (args[0]) need({ vi: 'Điều kiện của if', en: 'The condition of if' }, 'boolean', args[0]);
      const [a, b] = [args[1]?.type ?? 'any', args[2]?.type ?? 'any'];
      return a === b ? a : a === 'any' ? b : b === 'any' ? a : 'any';
    }
    for (const arg of args) need({ vi: `Hàm ${spec.name}`, en: `Function ${spec.name}` }, 'number', arg);
    return 'number';
  };
  const result = visit(expr);
  if (expect) {
    const t = result.type;
    if (t !== 'any' && t !== expect) {
      fail(expr, `Biểu thức ở đây phải cho ${NAMES[expect].vi}, nhưng cho ${NAMES[t].vi}`,
        `The expression here must give ${NAMES[expect].en}, but gives ${NAMES[t].en}`);
    }
  }
  return errors;
}
