/** Every check of an expression an editor shows while the administrator types, against a list of fields. */
import type { ExpressionError } from './expression-error.js';
import { checkExpression, type CheckOptions } from './check-expression.js';
import { checkExpressionTypes, expressionTypeOfField, type ExpressionType } from './check-expression-types.js';
import { parseExpression } from './parse-expression.js';

/** A field an expression may name: its code (a dotted path such as `so_lieu.*.tong_so`) and type. */
export interface ExpressionField {
  code: string;
  /** `integer`, `number`, `count`, `percent`, `boolean`, `string`, `date`, `enum`… */
  type: string;
}

/** Options of {@link checkExpressionAgainstFields}. */
export interface FieldCheckOptions extends CheckOptions {
  /** the type the place of the expression needs: `boolean` for rules and visibility, `number` for most computed fields */
  expect?: Exclude<ExpressionType, 'any'>;
}

/**
 * Checks an expression against the fields it may name: syntax (only that, when it does not
 * parse), unknown fields and functions, arity, lists, then types. `$root.x` names the field `x`.
 * Errors come sorted by position (those without one last), each with its `kind`.
 * @param text - the expression text
 * @param fields - the fields in scope
 * @param options - what the place of the expression needs
 * @returns the problems (empty when the expression is valid)
 * @example
 * ```ts
 * checkExpressionAgainstFields('a + b', [{ code: 'a', type: 'integer' }, { code: 'b', type: 'string' }])
 * // [{ kind: 'type', index: 4, message: { vi: 'Toán tử "+" cần số, nhận được chuỗi', … } }]
 * ```
 */
export function checkExpressionAgainstFields(
  text: string, fields: readonly ExpressionField[], options: FieldCheckOptions = {},
): ExpressionError[] {
  const types = new Map<string, ExpressionType>();
  for (const f of fields) types.set(f.code, expressionTypeOfField(f.type));
  const key = (path: readonly string[]): string => (path[0] === '$root' ? path.slice(1) : path).join('.');
  const errors = checkExpression(text, (path) => types.has(key(path)), options);
  const parsed = parseExpression(text);
  if (parsed.ok) errors.push(...checkExpressionTypes(text, parsed.expr, (path) => types.get(key(path)), options.expect));
  return errors
    .map((e, order) => ({ e, order }))
    .sort((a, b) => (a.e.index ?? Infinity) - (b.e.index ?? Infinity) || a.order - b.order)
    .map(({ e }) => e);
}
