/**
 * Converts a jsep syntax tree into our closed {@link Expr} union, rejecting every construct the
 * formplan language does not have (arrays, `this`, `a[b]`, `?.`, `?:`, `;`, unknown operators…).
 */
import type jsep from 'jsep';
import type { ArithmeticOperator, ComparisonOperator, Expr, PathExpr } from './ast.js';
import type { Bilingual } from '../common/bilingual.js';
import { parserText as bilingual } from './parser-text.js';
import { STAR_NODE_TYPE } from './configured-jsep.js';

/** Deepest nesting accepted; deeper trees are rejected rather than risking the stack. */
export const MAX_EXPRESSION_DEPTH = 100;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ROOT = '$root';

const ARITHMETIC: ReadonlySet<string> = new Set<ArithmeticOperator>(['+', '-', '*', '/', '%']);
const COMPARISON: ReadonlySet<string> = new Set<ComparisonOperator>(['<', '<=', '>', '>=', '==', '!=']);

/**
 * Thrown inside the converter only; {@link convertJsepNode} callers catch it and keep `messages`.
 * (A plain Error: the parsing modules share no module with the ward bundle, see parser-text.ts.)
 */
export class ConversionError extends Error {
  readonly code = 'expression';
  constructor(readonly messages: Bilingual) {
    super(messages.en ?? messages.vi);
    this.name = 'ConversionError';
  }
}

function fail(vi: string, en: string): never {
  throw new ConversionError(bilingual(vi, en));
}

function checkName(name: string, first: boolean): void {
  if (name === ROOT) {
    if (!first) fail('"$root" chỉ được đứng đầu đường dẫn', '"$root" may only start a path');
    return;
  }
  if (name === '*') return;
  if (!NAME.test(name)) {
    fail(`Tên trường "${name}" không hợp lệ (chỉ dùng chữ cái ASCII, chữ số, dấu gạch dưới)`,
      `Invalid field name "${name}" (use ASCII letters, digits and underscores)`);
  }
}

function flattenPath(node: jsep.Expression): string[] {
  if (node.type === 'Identifier') return [String(node.name)];
  if (node.type === 'MemberExpression') {
    if (node.computed) fail('Không hỗ trợ truy cập kiểu a[b]; hãy dùng a.b', 'Computed access a[b] is not supported; write a.b');
    if (node.optional) fail('Không hỗ trợ "?."', '"?." is not supported');
    const property = node.property as jsep.Expression;
    if (property.type !== 'Identifier') fail('Sau dấu chấm phải là tên trường', 'A field name must follow "."');
    return [...flattenPath(node.object as jsep.Expression), String(property.name)];
  }
  fail('Chỉ tên trường mới đi được với dấu chấm', 'Only field names can be followed by "."');
}

function toPath(node: jsep.Expression): PathExpr {
  const segments = flattenPath(node);
  segments.forEach((s, i) => checkName(s, i === 0));
  if (segments[0] === ROOT && segments.length === 1) {
    fail('"$root" phải đi kèm tên trường, ví dụ $root.x', '"$root" must be followed by a field, e.g. $root.x');
  }
  return Object.freeze({ kind: 'path', segments: Object.freeze(segments) });
}

function convertLiteral(node: jsep.Expression): Expr {
  const value = node.value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('Số không hợp lệ', 'Invalid number');
    return Object.freeze({ kind: 'number', value });
  }
  if (typeof value === 'string') return Object.freeze({ kind: 'string', value: value.normalize('NFC') });
  if (typeof value === 'boolean') return Object.freeze({ kind: 'boolean', value });
  if (value === null) {
    fail('Không hỗ trợ "null": trường trống đã được coi là thiếu', '"null" is not supported: an empty field already counts as missing');
  }
  fail('Giá trị hằng không được hỗ trợ', 'Unsupported literal');
}

function convert(node: jsep.Expression, depth: number, asArgument: boolean): Expr {
  if (depth > MAX_EXPRESSION_DEPTH) fail('Biểu thức lồng nhau quá sâu', 'Expression is nested too deeply');
  const next = depth + 1;
  switch (node.type) {
    case 'Literal':
      return convertLiteral(node);
    case 'Identifier':
    case 'MemberExpression':
      return toPath(node);
    case STAR_NODE_TYPE:
      if (!asArgument) {
        fail('"*" đứng riêng chỉ dùng làm đối số của hàm, ví dụ sum(*)', 'A bare "*" may only be a function argument, e.g. sum(*)');
      }
      return Object.freeze({ kind: 'star' });
    case 'UnaryExpression': {
      const op = String(node.operator);
      const arg = convert(node.argument as jsep.Expression, next, false);
      if (op === '-') return Object.freeze({ kind: 'unary', op: '-', arg });
      if (op === '!' || op === 'not') return Object.freeze({ kind: 'unary', op: 'not', arg });
      return fail(`Toán tử "${op}" không được hỗ trợ`, `Operator "${op}" is not supported`);
    }
    case 'BinaryExpression': {
      const raw = String(node.operator);
      const left = convert(node.left as jsep.Expression, next, false);
      const right = convert(node.right as jsep.Expression, next, false);
      if (raw === '&&' || raw === 'and') return Object.freeze({ kind: 'logical', op: 'and', left, right });
      if (raw === '||' || raw === 'or') return Object.freeze({ kind: 'logical', op: 'or', left, right });
      if (ARITHMETIC.has(raw) || COMPARISON.has(raw)) {
        return Object.freeze({ kind: 'binary', op: raw as ArithmeticOperator | ComparisonOperator, left, right });
      }
      return fail(`Toán tử "${raw}" không được hỗ trợ`, `Operator "${raw}" is not supported`);
    }
    case 'CallExpression': {
      const callee = node.callee as jsep.Expression;
      if (callee.type !== 'Identifier' || !NAME.test(String(callee.name))) {
        fail('Chỉ gọi được hàm theo tên, ví dụ sum(a, b)', 'Only named functions can be called, e.g. sum(a, b)');
      }
      const args = (node.arguments as (jsep.Expression | null)[]).map((a) => {
        if (!a) fail('Thiếu đối số', 'Missing argument');
        return convert(a, next, true);
      });
      return Object.freeze({ kind: 'call', name: String(callee.name), args: Object.freeze(args) });
    }
    case 'ConditionalExpression':
      return fail('Không hỗ trợ "?:"; hãy dùng if(điều_kiện, a, b)', '"?:" is not supported; use if(condition, a, b)');
    case 'ArrayExpression':
      return fail('Không hỗ trợ mảng [..]', 'Array literals are not supported');
    case 'ThisExpression':
      return fail('Không hỗ trợ "this"', '"this" is not supported');
    case 'Compound':
    case 'SequenceExpression':
      return fail('Chỉ được viết một biểu thức (không dùng ";" hay "," ở ngoài hàm)',
        'Write a single expression (no ";" or "," outside a call)');
    default:
      return fail(`Cấu trúc "${node.type}" không được hỗ trợ`, `Construct "${node.type}" is not supported`);
  }
}

/**
 * Converts a jsep tree. Throws {@link ConversionError} (only) when the tree uses something
 * outside the formplan language; the result is deeply frozen.
 * @param node - jsep's root node
 * @returns our typed tree
 */
export function convertJsepNode(node: jsep.Expression): Expr {
  return convert(node, 0, false);
}
