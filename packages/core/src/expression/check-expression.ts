/** Static checks of an expression text, as a pack validator needs them. */
import type { Expr } from './ast.js';
import type { ExpressionError, ExpressionErrorKind } from './expression-error.js';
import { bilingual } from '../common/bilingual.js';
import { isForbiddenKey } from '../common/safe-keys.js';
import { arityText, EXPRESSION_FUNCTIONS, lookupFunction } from './functions.js';
import { callOffset, pathOffset } from './locate-token.js';
import { parseExpression } from './parse-expression.js';

/** Options of {@link checkExpression}. */
export interface CheckOptions {
  /** whether a bare `*` has a meaning where the expression sits (default true; false e.g. for rules at the root) */
  star?: boolean;
}

function known(knownPath: (path: string[]) => boolean, segments: readonly string[]): boolean {
  if (segments.some(isForbiddenKey)) return false;
  try {
    return knownPath([...segments]) === true;
  } catch {
    return false;
  }
}

/**
 * Checks an expression: syntax (with the character index), unknown functions, wrong number of
 * arguments, lists used outside `sum`/`min`/`max`/`count`, and references to unknown fields
 * (the message names the field). Each error has a `kind`, and an `index` when its name can be
 * found in the text. `knownPath` receives paths as written, e.g.
 * `['so_lieu', '*', 'tong_so']` or `['$root', 'x']`; `__proto__`, `constructor` and
 * `prototype` are always unknown.
 * @param text - the expression text
 * @param knownPath - tells whether a written path names a field
 * @param options - context of the expression
 * @returns all problems found (empty when the expression is valid)
 * @example
 * ```ts
 * checkExpression('sum(a, b) <= c', (p) => ['a', 'b', 'c'].includes(p.join('.'))) // []
 * ```
 */
export function checkExpression(text: string, knownPath: (path: string[]) => boolean, options: CheckOptions = {}): ExpressionError[] {
  const parsed = parseExpression(text);
  if (!parsed.ok) return [{ ...parsed.error, kind: 'syntax' }];
  const errors: ExpressionError[] = [];
  const reported = new Set<string>();
  const report = (key: string, kind: ExpressionErrorKind, index: number | undefined, vi: string, en: string): void => {
    if (reported.has(key)) return;
    reported.add(key);
    errors.push(index === undefined ? { kind, message: bilingual(vi, en) } : { kind, index, message: bilingual(vi, en) });
  };
  const names = EXPRESSION_FUNCTIONS.map((f) => f.name).join(', ');

  const visit = (node: Expr, listAllowed: boolean): void => {
    switch (node.kind) {
      case 'path': {
        const label = node.segments.join('.');
        const at = pathOffset(text, node.segments);
        if (node.segments.includes('*') && !listAllowed) {
          report(`list:${label}`, 'list', at, `Đường dẫn "${label}" là một danh sách, chỉ dùng được trong sum, min, max, count`,
            `Path "${label}" is a list and can only be used inside sum, min, max or count`);
        }
        if (!known(knownPath, node.segments)) {
          report(`field:${label}`, 'unknown-field', at, `Không có trường "${label}"`, `Unknown field "${label}"`);
        }
        return;
      }
      case 'star':
        if (options.star === false) {
          report('star', 'list', undefined, '"*" không có nghĩa ở vị trí này', '"*" has no meaning here');
        } else if (!listAllowed) {
          report('star-list', 'list', undefined, '"*" chỉ dùng được trong sum, min, max, count', '"*" can only be used inside sum, min, max or count');
        }
        return;
      case 'unary': visit(node.arg, false); return;
      case 'binary':
      case 'logical': visit(node.left, false); visit(node.right, false); return;
      case 'call': {
        const spec = lookupFunction(node.name);
        if (!spec) {
          report(`fn:${node.name}`, 'unknown-function', callOffset(text, node.name), `Không có hàm "${node.name}" (các hàm: ${names})`,
            `Unknown function "${node.name}" (functions: ${names})`);
        } else if (node.args.length < spec.minArgs || node.args.length > spec.maxArgs) {
          const want = arityText(spec);
          report(`arity:${node.name}:${node.args.length}`, 'arity', callOffset(text, node.name), `Hàm ${spec.name} cần ${want.vi}, nhận được ${node.args.length}`,
            `Function ${spec.name} takes ${want.en}, got ${node.args.length}`);
        }
        for (const arg of node.args) visit(arg, spec?.aggregate === true);
        return;
      }
      default:
        return;
    }
  };
  visit(parsed.expr, false);
  return errors;
}
