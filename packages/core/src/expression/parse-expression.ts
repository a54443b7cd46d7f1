/** Parses expression text into the typed {@link Expr} tree, without ever throwing. */
import type { Expr } from './ast.js';
import type { ExpressionError } from './expression-error.js';
import { parserText as bilingual } from './parser-text.js';
import { configuredJsep } from './configured-jsep.js';
import { ConversionError, convertJsepNode } from './convert-jsep-node.js';
import { syntaxMessage } from './syntax-message.js';

/** Longest expression text accepted (characters, after NFC normalisation). */
export const MAX_EXPRESSION_LENGTH = 2000;

/** Result of {@link parseExpression}. */
export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ExpressionError };

/** Parses expression text, never throwing: {@link parseExpression}, or one that knows trees parsed ahead of time. */
export type ExpressionParser = (text: string) => ParseResult;

function isJsepError(e: unknown): e is Error & { index: number; description: string } {
  return e instanceof Error && typeof (e as { index?: unknown }).index === 'number' &&
    typeof (e as { description?: unknown }).description === 'string';
}

/**
 * Parses an expression of the formplan language (see docs/pack-format.md, "Expressions").
 * Never throws: syntax errors come back with their character index and a vi/en message.
 * @param text - the expression, e.g. `sum(so_lieu.*.tong_so) <= $root.tong_tre_em`
 * @returns the typed tree, or the first error
 * @example
 * ```ts
 * const r = parseExpression('a + b * 2');
 * if (r.ok) evaluate(r.expr, scope);
 * ```
 */
export function parseExpression(text: string): ParseResult {
  const r = parseUnfrozen(text);
  if (!r.ok) {
    Object.freeze(r.error.message);
    Object.freeze(r.error);
  }
  return Object.freeze(r);
}

function parseUnfrozen(text: string): ParseResult {
  if (typeof text !== 'string') {
    return { ok: false, error: { message: bilingual('Biểu thức phải là chuỗi', 'An expression must be a string') } };
  }
  const source = text.normalize('NFC');
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, error: { message: bilingual(
      `Biểu thức quá dài (tối đa ${MAX_EXPRESSION_LENGTH} ký tự)`,
      `Expression too long (at most ${MAX_EXPRESSION_LENGTH} characters)`) } };
  }
  if (source.trim() === '') {
    return { ok: false, error: { index: 0, message: bilingual('Biểu thức rỗng', 'Empty expression') } };
  }
  let tree;
  try {
    tree = configuredJsep()(source);
  } catch (e) {
    if (isJsepError(e)) return { ok: false, error: { index: e.index, message: syntaxMessage(e.description, e.index) } };
    return { ok: false, error: { message: bilingual(
      'Không phân tích được biểu thức (quá phức tạp)', 'Could not parse the expression (too complex)') } };
  }
  try {
    return { ok: true, expr: convertJsepNode(tree) };
  } catch (e) {
    if (e instanceof ConversionError) return { ok: false, error: { message: e.messages } };
    return { ok: false, error: { message: bilingual(
      'Không phân tích được biểu thức (quá phức tạp)', 'Could not parse the expression (too complex)') } };
  }
}
