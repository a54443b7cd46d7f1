/** Turns jsep's English error descriptions into vi/en messages. */
import type { Bilingual } from '../common/bilingual.js';
import { parserText as bilingual } from './parser-text.js';

const RULES: readonly { prefix: string; vi: (rest: string) => string; en: (rest: string) => string }[] = [
  { prefix: 'Expected expression after ', vi: (r) => `Thiếu biểu thức sau "${r}"`, en: (r) => `Expected an expression after "${r}"` },
  { prefix: 'Expected expression', vi: () => 'Thiếu biểu thức', en: () => 'Expected an expression' },
  { prefix: 'Expected comma', vi: () => 'Thiếu dấu phẩy', en: () => 'Expected a comma' },
  { prefix: 'Expected exponent', vi: () => 'Số mũ không hợp lệ', en: () => 'Invalid exponent' },
  { prefix: 'Expected ', vi: (r) => `Thiếu "${r}"`, en: (r) => `Expected "${r}"` },
  { prefix: 'Unexpected period', vi: () => 'Dấu chấm không đúng chỗ', en: () => 'Unexpected period' },
  { prefix: 'Unexpected token ', vi: (r) => `Ký tự không mong đợi "${r}"`, en: (r) => `Unexpected "${r}"` },
  { prefix: 'Unexpected ', vi: (r) => `Ký tự không mong đợi "${unquote(r)}"`, en: (r) => `Unexpected "${unquote(r)}"` },
  { prefix: 'Unclosed quote', vi: () => 'Chuỗi chưa đóng dấu nháy', en: () => 'Unclosed quote' },
  { prefix: 'Unclosed ', vi: (r) => `Thiếu dấu đóng cho "${r}"`, en: (r) => `Unclosed "${r}"` },
  { prefix: 'missing unaryOp argument', vi: () => 'Thiếu toán hạng sau toán tử', en: () => 'Missing operand after a unary operator' },
  { prefix: 'Variable names cannot start with a number', vi: () => 'Tên trường không được bắt đầu bằng chữ số',
    en: () => 'Field names cannot start with a digit' },
];

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s;
}

/**
 * Translates a jsep error description.
 * @param description - jsep's `error.description` (English)
 * @param index - the character offset of the error
 * @returns a vi/en message that names the position
 */
export function syntaxMessage(description: string, index: number | undefined): Bilingual {
  const rule = RULES.find((r) => description.startsWith(r.prefix));
  const rest = rule ? description.slice(rule.prefix.length) : '';
  const vi = rule ? rule.vi(rest) : 'Lỗi cú pháp';
  const en = rule ? rule.en(rest) : `Syntax error (${description})`;
  if (index === undefined) return bilingual(`Lỗi cú pháp: ${vi}`, `Syntax error: ${en}`);
  return bilingual(`Lỗi cú pháp tại vị trí ${index}: ${vi}`, `Syntax error at character ${index}: ${en}`);
}
