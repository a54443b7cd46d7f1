import { describe, expect, it } from 'vitest';
import { parseExpression, MAX_EXPRESSION_LENGTH } from './parse-expression.js';
import type { Expr } from './ast.js';

function parse(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`unexpected parse error for ${text}: ${r.error.message.en}`);
  return r.expr;
}

function fails(text: string): { index?: number; vi: string; en?: string } {
  const r = parseExpression(text);
  if (r.ok) throw new Error(`expected a parse error for ${text}`);
  return { index: r.error.index, ...r.error.message };
}

/** Fully parenthesised rendering of a tree, to assert precedence compactly. */
function show(e: Expr): string {
  switch (e.kind) {
    case 'number': return String(e.value);
    case 'string': return JSON.stringify(e.value);
    case 'boolean': return String(e.value);
    case 'path': return e.segments.join('.');
    case 'star': return '*';
    case 'unary': return `(${e.op} ${show(e.arg)})`;
    case 'binary':
    case 'logical': return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case 'call': return `${e.name}(${e.args.map(show).join(', ')})`;
  }
}

describe('parseExpression: operators and precedence', () => {
  it.each([
    ['a + b * 2', '(a + (b * 2))'],
    ['(a + b) * 2', '((a + b) * 2)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b % c', '((a / b) % c)'],
    ['a + b < c * 2', '((a + b) < (c * 2))'],
    ['a <= b == c >= d', '((a <= b) == (c >= d))'],
    ['a != b', '(a != b)'],
    ['a > 1 and b < 2 or c', '(((a > 1) and (b < 2)) or c)'],
    ['a or b and c', '(a or (b and c))'],
    ['a && b || c', '((a and b) or c)'],
    ['not a and b', '((not a) and b)'],
    ['!a', '(not a)'],
    ['not (a > 1)', '(not (a > 1))'],
    ['-a * b', '((- a) * b)'],
    ['- -3', '(- (- 3))'],
    ['nota + andb', '(nota + andb)'],
    ["gioi_tinh == 'nữ'", '(gioi_tinh == "nữ")'],
    ['flag == true', '(flag == true)'],
    ['2.5e3 + .5', '(2500 + 0.5)'],
  ])('%s → %s', (text, expected) => {
    expect(show(parse(text))).toBe(expected);
  });
});

describe('parseExpression: paths, wildcard and functions', () => {
  it('parses member paths, wildcards and $root', () => {
    expect(parse('so_lieu.HCDB_01.tong_so')).toEqual({ kind: 'path', segments: ['so_lieu', 'HCDB_01', 'tong_so'] });
    expect(parse('so_lieu.*.tong_so')).toEqual({ kind: 'path', segments: ['so_lieu', '*', 'tong_so'] });
    expect(parse('a . * . b . *')).toEqual({ kind: 'path', segments: ['a', '*', 'b', '*'] });
    expect(parse('$root.tong_tre_em')).toEqual({ kind: 'path', segments: ['$root', 'tong_tre_em'] });
    expect(parse('$root.x.*.y')).toEqual({ kind: 'path', segments: ['$root', 'x', '*', 'y'] });
  });

  it('keeps multiplication next to wildcards', () => {
    expect(show(parse('a*b'))).toBe('(a * b)');
    expect(show(parse('sum(a.*.b)*2'))).toBe('(sum(a.*.b) * 2)');
    expect(show(parse('a.b * c.d'))).toBe('(a.b * c.d)');
    expect(show(parse("sum(x.*) * 'a.*'"))).toBe('(sum(x.*) * "a.*")');
  });

  it('parses bare * as a function argument', () => {
    expect(parse('sum(*)')).toEqual({ kind: 'call', name: 'sum', args: [{ kind: 'star' }] });
    expect(show(parse('sum(*) - duoc_tro_giup'))).toBe('(sum(*) - duoc_tro_giup)');
    expect(show(parse('if(a > 0, round(b / a * 100, 1), 0)'))).toBe('if((a > 0), round(((b / a) * 100), 1), 0)');
  });

  it('normalises text and string literals to NFC', () => {
    const nfd = "x == 'Nu\u0303'".normalize('NFD');
    expect(parse(nfd)).toEqual({ kind: 'binary', op: '==', left: { kind: 'path', segments: ['x'] },
      right: { kind: 'string', value: 'Nũ'.normalize('NFC') } });
  });

  it('returns frozen trees', () => {
    const e = parse('a + sum(b.*.c)');
    expect(Object.isFrozen(e)).toBe(true);
    if (e.kind === 'binary' && e.right.kind === 'call') {
      expect(Object.isFrozen(e.right.args)).toBe(true);
      expect(Object.isFrozen(e.right.args[0])).toBe(true);
    } else {
      throw new Error('unexpected shape');
    }
  });
});

describe('parseExpression: rejections', () => {
  it.each([
    ['[1, 2]', 'mảng'],
    ['this', 'this'],
    ['a[b]', 'a[b]'],
    ['a?.b', '?.'],
    ['a ? 1 : 2', 'if('],
    ['a; b', 'một biểu thức'],
    ['a b', 'một biểu thức'],
    ['a, b', 'một biểu thức'],
    ['a === b', '==='],
    ['a ** 2', '**'],
    ['a & b', '&'],
    ['a ?? b', '??'],
    ['~a', '~'],
    ['+a', '+'],
    ['x == null', 'null'],
    ['* + 1', '*'],
    ['-*', '*'],
    ['a.*b', 'một biểu thức'],
    ['f(x).y', 'dấu chấm'],
    ['a.b(1)', 'theo tên'],
    ['tên_trường', 'ASCII'],
    ['a.$b', 'ASCII'],
    ['$root', '$root'],
    ['a.$root', '$root'],
    ['$x', 'ASCII'],
  ])('%s is rejected (vi mentions %s)', (text, fragment) => {
    const e = fails(text);
    expect(e.vi).toContain(fragment);
    expect(e.en ?? '').not.toBe('');
  });

  it.each([
    ['a +', 3, 'Thiếu biểu thức sau "+"'],
    ['(a + b', 6, 'Thiếu'],
    ["'abc", 4, 'Chuỗi chưa đóng'],
    ['sum(a,,b)', 7, 'Ký tự không mong đợi ","'],
    ['a + #', 4, 'Thiếu biểu thức sau "+"'],
    ['a.1', 2, 'Ký tự không mong đợi "1"'],
  ])('syntax error in %s at index %i', (text, index, vi) => {
    const e = fails(text);
    expect(e.index).toBe(index);
    expect(e.vi).toContain(vi);
    expect(e.vi).toContain(`vị trí ${index}`);
    expect(e.en).toContain(`character ${index}`);
  });

  it('rejects empty, overlong and overdeep texts', () => {
    expect(fails('   ').vi).toBe('Biểu thức rỗng');
    expect(fails('1+'.repeat(MAX_EXPRESSION_LENGTH)).vi).toContain('quá dài');
    expect(parse(`${'('.repeat(150)}1${')'.repeat(150)}`)).toEqual({ kind: 'number', value: 1 });
    expect(fails(`${'(1+'.repeat(150)}1${')'.repeat(150)}`).vi).toMatch(/quá sâu|quá phức tạp/);
    expect(fails(`${'('.repeat(1900)}1${')'.repeat(1900)}`.slice(0, MAX_EXPRESSION_LENGTH)).vi).toMatch(/Lỗi cú pháp|quá phức tạp/);
    expect(fails(`${'-'.repeat(300)}1`).vi).toMatch(/quá sâu|quá phức tạp/);
  });

  it('does not throw on non-string input', () => {
    const r = parseExpression(42 as unknown as string);
    expect(r.ok).toBe(false);
  });
});
