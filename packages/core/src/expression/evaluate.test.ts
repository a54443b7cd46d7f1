import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { parseExpression } from './parse-expression.js';
import { createObjectScope } from './object-scope.js';
import type { ObjectScopeOptions } from './object-scope.js';
import type { EvalResult, Scope } from './scope.js';
import type { Expr } from './ast.js';

function parse(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(`parse error in ${text}: ${r.error.message.en}`);
  return r.expr;
}

function run(text: string, data: unknown = {}, options?: ObjectScopeOptions): EvalResult {
  return evaluate(parse(text), createObjectScope(data, options));
}

const value = (text: string, data: unknown = {}, options?: ObjectScopeOptions) => run(text, data, options).value;

describe('evaluate: operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['7 / 2', 3.5],
    ['7 % 4', 3],
    ['-a + 5', 3],
    ['- -a', 2],
    ['2 < 3', true],
    ['3 <= 3', true],
    ['2 > 3', false],
    ['3 >= 4', false],
    ['a == 2', true],
    ['a != 2', false],
    ["s == 'nữ'", true],
    ["s != 'nam'", true],
    ["s == 2", false],
    ['t and not f', true],
    ['t && f', false],
    ['f or t', true],
    ['f || f', false],
    ['!t', false],
    ['a > 1 and a < 3 or f', true],
    ['t == true', true],
  ])('%s = %s', (text, expected) => {
    expect(run(text, { a: 2, s: 'nữ', t: true, f: false })).toEqual({ value: expected, incomplete: false });
  });

  it('reads Vietnamese strings in NFC', () => {
    expect(value("s == 'Nữ'", { s: 'Nữ'.normalize('NFD') })).toBe(true);
  });

  it('never returns -0 and reports overflow', () => {
    expect(Object.is(value('-a', { a: 0 }), 0)).toBe(true);
    const r = run('a * a', { a: 1e200 });
    expect(r.value).toBeNull();
    expect(r.error?.vi).toContain('vượt quá giới hạn');
  });

  it('division and modulo by zero give null with a Vietnamese message', () => {
    for (const text of ['a / 0', 'a % b']) {
      const r = run(text, { a: 5, b: 0 });
      expect(r.value).toBeNull();
      expect(r.error).toEqual({ vi: 'Chia cho 0', en: 'Division by zero' });
    }
  });

  it('reports type errors instead of coercing', () => {
    for (const text of ["s + 1", "s < 'z'", 'not a', 'a and t', '-s', 't + 1']) {
      const r = run(text, { a: 2, s: 'x', t: true });
      expect(r.value, text).toBeNull();
      expect(r.error?.vi, text).toMatch(/cần/);
    }
  });
});

describe('evaluate: missing is not zero', () => {
  it.each([
    ['a + 1'], ['a * 0'], ['-a'], ['a < 1'], ['a == 0'], ['a != 0'], ['not b'], ['round(a)'], ['percent(a, 10)'],
    ['percent(10, a)'], ['if(b, 1, 2)'], ['min(a)'], ['max(a, c)'],
  ])('%s is missing when a/b/c are missing', (text) => {
    for (const data of [{}, { a: null, b: null, c: '' }, { a: '', b: '' }]) {
      const r = run(text, data);
      expect(r.value, JSON.stringify(data)).toBeNull();
      expect(r.error).toBeUndefined();
    }
  });

  it('uses three-valued logic for and/or', () => {
    expect(value('f and m', { f: false })).toBe(false);
    expect(value('m and f', { f: false })).toBe(false);
    expect(value('t and m', { t: true })).toBeNull();
    expect(value('t or m', { t: true })).toBe(true);
    expect(value('m or t', { t: true })).toBe(true);
    expect(value('f or m', { f: false })).toBeNull();
  });

  it('evaluates and/or and if lazily', () => {
    expect(run('f and (1 / 0 > 1)', { f: false })).toEqual({ value: false, incomplete: false });
    expect(run('t or (1 / 0 > 1)', { t: true })).toEqual({ value: true, incomplete: false });
    expect(run('if(t, 1, 1 / 0)', { t: true })).toEqual({ value: 1, incomplete: false });
    expect(run('if(f, 1 / 0, 2)', { f: false })).toEqual({ value: 2, incomplete: false });
    expect(run('if(t, 1 / 0, 2)', { t: true }).error?.vi).toBe('Chia cho 0');
    expect(run('if(1, 2, 3)').error?.vi).toContain('Điều kiện của if');
  });
});

describe('evaluate: aggregates and incomplete', () => {
  /** Each case: expression, expected value, expected incomplete flag. */
  const expectResults = (data: unknown, cases: [string, unknown, boolean][]): void => {
    for (const [expr, value, incomplete] of cases) expect(run(expr, data), expr).toEqual({ value, incomplete });
  };
  const row = { a: 1, b: 2, c: null, d: '' };

  it('sum/min/max/count skip missing values and mark the result incomplete', () => {
    expectResults(row, [
      ['sum(a, b)', 3, false], ['sum(a, b, c)', 3, true], ['min(b, a, c)', 1, true],
      ['max(a, d, b)', 2, true], ['count(a, b, c, d)', 2, true], ['count(a, b)', 2, false],
    ]);
  });

  it('an all-missing sum is missing, an empty sum is zero', () => {
    expect(run('sum(c, d)', row)).toEqual({ value: null, incomplete: true });
    expect(run('sum(x.*)', { x: {} })).toEqual({ value: 0, incomplete: false });
    expect(run('min(x.*)', { x: {} })).toEqual({ value: null, incomplete: false });
    expect(run('count(x.*)', { x: {} })).toEqual({ value: 0, incomplete: false });
  });

  it('propagates incomplete through arithmetic, comparison and if', () => {
    expect(run('sum(a, c) * 2', row)).toEqual({ value: 2, incomplete: true });
    expect(run('sum(a, c) <= 5', row)).toEqual({ value: true, incomplete: true });
    expect(run('if(sum(a, c) > 0, 10, 20)', row)).toEqual({ value: 10, incomplete: true });
    expect(run('round(sum(a, c) / 3, 2)', row)).toEqual({ value: 0.33, incomplete: true });
  });

  it('sums over nested objects with wildcards', () => {
    const data = {
      so_lieu: {
        HCDB_01: { tong_so: 4, nam: 1 },
        HCDB_02: { tong_so: 6, nam: 2 },
        HCDB_03: { tong_so: null },
      },
      phuong: { thuy_khue: { to: { a: { n: 1 }, b: { n: 2 } } }, yen_phu: { to: { c: { n: 3 } } } },
    };
    expectResults(data, [
      ['sum(so_lieu.*.tong_so)', 10, true], ['count(so_lieu.*.nam)', 2, true], ['sum(phuong.*.to.*.n)', 6, false],
      ['max(phuong.*.to.*.n, 10)', 10, false], ['count(so_lieu.*)', 3, false],
    ]);
  });

  it('rejects non-numbers in sum and lists outside aggregates', () => {
    expect(run("sum(a, s)", { a: 1, s: 'x' }).error?.vi).toContain('Hàm sum cần số');
    expect(run('sum(x.*)', { x: { r: { a: 1 } } }).error?.vi).toContain('không phải là một giá trị đơn');
    expect(run('x.*.a + 1', { x: { r: { a: 1 } } }).error?.vi).toContain('chỉ dùng được trong sum');
    expect(run('round(x.*.a)', { x: { r: { a: 1 } } }).error?.vi).toContain('chỉ dùng được trong sum');
  });

  it('sum(*) sums what the scope says * means', () => {
    const row = { tong_so: null, duoi_6__nam: 2, duoi_6__nu: 3, tu_6__nam: null, duoc_tro_giup: 9 };
    const starKeys = ['duoi_6__nam', 'duoi_6__nu', 'tu_6__nam'];
    expect(run('sum(*)', row, { starKeys })).toEqual({ value: 5, incomplete: true });
    expect(run('count(*)', row, { starKeys })).toEqual({ value: 2, incomplete: true });
    expect(run('sum(*)', row).error?.vi).toContain('không có nghĩa');
    const form = { so_lieu: { HCDB_01: row } };
    expect(run('sum(*) + duoc_tro_giup', form, { base: ['so_lieu', 'HCDB_01'], starKeys })).toEqual({ value: 14, incomplete: true });
  });

  it('resolves $root from nested objects', () => {
    const form = { tong_tre_em: 100, so_lieu: { HCDB_04: { tong_so: 7 } } };
    const opts = { base: ['so_lieu', 'HCDB_04'] };
    expect(run('tong_so <= $root.tong_tre_em', form, opts)).toEqual({ value: true, incomplete: false });
    expect(run('percent(tong_so, $root.tong_tre_em)', form, opts)).toEqual({ value: 7, incomplete: false });
    expect(run('$root.so_lieu.*.tong_so', form, opts).error).toBeDefined();
    expect(run('sum($root.so_lieu.*.tong_so)', form, opts).value).toBe(7);
    expect(run('tong_tre_em', form, opts).value).toBeNull();
  });
});

describe('evaluate: functions', () => {
  it.each([
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(1.005, 2)', 1.01],
    ['round(1234.5678, 1)', 1234.6],
    ['round(1250, -2)', 1300],
    ['round(-0.4)', 0],
    ['round(1e-7, 3)', 0],
    ['percent(1, 3)', 100 / 3],
    ['percent(3, 4)', 75],
    ['if(1 < 2, "có", "không")', 'có'],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
  ])('%s = %s', (text, expected) => {
    expect(run(text)).toEqual({ value: expected, incomplete: false });
  });

  it('percent with a zero whole is an error', () => {
    expect(run('percent(1, 0)')).toEqual({ value: null, incomplete: false, error: { vi: 'Chia cho 0', en: 'Division by zero' } });
  });

  it('rejects bad round digits, unknown functions and wrong arity', () => {
    expect(run('round(1, 0.5)').error?.vi).toContain('số nguyên');
    expect(run('round(1, 99)').error?.vi).toContain('số nguyên');
    expect(run('avg(1, 2)').error).toEqual({ vi: 'Không có hàm "avg"', en: 'Unknown function "avg"' });
    expect(run('constructor(1)').error?.en).toBe('Unknown function "constructor"');
    expect(run('if(1, 2)').error?.vi).toBe('Hàm if cần 3 đối số, nhận được 2');
    expect(run('percent(1)').error?.en).toBe('Function percent takes 2 argument(s), got 1');
  });
});

describe('evaluate: safety', () => {
  it('never resolves prototype keys', () => {
    const data = JSON.parse('{"__proto__": {"polluted": 1}, "a": {"b": 1}}') as unknown;
    for (const text of ['__proto__.polluted', 'a.constructor', 'a.__proto__', 'constructor.name', 'a.prototype', 'toString', 'a.hasOwnProperty']) {
      expect(run(text, data)).toEqual({ value: null, incomplete: false });
    }
    expect(run('count(__proto__.*)', data)).toEqual({ value: 0, incomplete: false });
    expect(run('sum(a.*)', data)).toEqual({ value: 1, incomplete: false });
  });

  it('never asks a scope for prototype keys and ignores them from keys()', () => {
    const asked: string[][] = [];
    const scope: Scope = {
      get: (p) => { asked.push([...p]); return p[p.length - 1] === 'v' ? 1 : undefined; },
      keys: () => ['constructor', 'x', '__proto__', 'prototype'],
    };
    expect(evaluate(parse('sum(r.*.v) + count(constructor)'), scope)).toEqual({ value: 1, incomplete: true });
    expect(asked).toEqual([['r', 'x', 'v']]);
  });

  it('survives throwing and lying scopes', () => {
    const throwing: Scope = {
      get: () => { throw new Error('boom'); },
      keys: () => { throw new Error('boom'); },
      star: () => { throw new Error('boom'); },
    };
    expect(evaluate(parse('sum(a.*.b, *) + a'), throwing)).toEqual({ value: null, incomplete: false });
    const lying = { get: () => ({}), keys: () => 'abc', star: () => 5 } as unknown as Scope;
    expect(evaluate(parse('sum(a.*, *)'), lying)).toEqual({ value: 0, incomplete: false });
    expect(evaluate(parse('a'), lying).error?.vi).toContain('không phải là một giá trị đơn');
  });

  it('bounds wildcard expansion', () => {
    const keys = Array.from({ length: 400 }, (_, i) => `k${i}`);
    const scope: Scope = { get: () => 1, keys: () => keys };
    expect(evaluate(parse('count(a.*)'), scope)).toEqual({ value: 400, incomplete: false });
    const r = evaluate(parse('count(a.*.*)'), scope); // 160 000 items > MAX_WILDCARD_ITEMS
    expect(r.value).toBeNull();
    expect(r.error?.vi).toContain('quá nhiều');
  });

  it('returns an error for malformed trees instead of throwing', () => {
    const scope = createObjectScope({});
    expect(evaluate({ kind: 'nope' } as unknown as Expr, scope).error).toBeDefined();
    expect(evaluate(null as unknown as Expr, scope).error).toBeDefined();
    let deep: Expr = { kind: 'number', value: 1 };
    for (let i = 0; i < 500; i++) deep = { kind: 'unary', op: '-', arg: deep };
    expect(evaluate(deep, scope).error?.vi).toContain('quá sâu');
  });
});
