import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Expr } from './ast.js';
import { parseExpression } from './parse-expression.js';
import { evaluate } from './evaluate.js';
import { createObjectScope } from './object-scope.js';
import { checkExpression } from './check-expression.js';
import { dependencyPatterns } from './dependency-patterns.js';
import type { EvalResult } from './scope.js';

const RUNS = { numRuns: 300 };

function isValidResult(r: EvalResult): boolean {
  const v = r.value;
  const valueOk = v === null || typeof v === 'boolean' || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
  const errorOk = r.error === undefined || (typeof r.error.vi === 'string' && typeof r.error.en === 'string' && r.value === null);
  return valueOk && typeof r.incomplete === 'boolean' && errorOk;
}

const NAMES = ['a', 'b', 'c', 'x1', 'so_lieu', 'tong_so', '__proto__', 'constructor', 'prototype'];
const name = fc.constantFrom(...NAMES);
const segment = fc.oneof({ weight: 4, arbitrary: name }, { weight: 1, arbitrary: fc.constant('*') });
const pathArb = fc.tuple(fc.boolean(), name, fc.array(segment, { maxLength: 3 }))
  .map(([root, first, rest]): Expr => ({ kind: 'path', segments: root ? ['$root', first, ...rest] : [first, ...rest] }));

const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'medium', withCrossShrink: true },
    fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e6 }).map((value): Expr => ({ kind: 'number', value })),
    fc.string({ maxLength: 6 }).map((value): Expr => ({ kind: 'string', value })),
    fc.boolean().map((value): Expr => ({ kind: 'boolean', value })),
    pathArb,
    fc.constant<Expr>({ kind: 'star' }),
    fc.tuple(fc.constantFrom<'not' | '-'>('not', '-'), tie('e')).map(([op, arg]): Expr => ({ kind: 'unary', op, arg })),
    fc.tuple(fc.constantFrom('+', '-', '*', '/', '%', '<', '<=', '>', '>=', '==', '!=' as const), tie('e'), tie('e'))
      .map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right })),
    fc.tuple(fc.constantFrom<'and' | 'or'>('and', 'or'), tie('e'), tie('e')).map(([op, left, right]): Expr => ({ kind: 'logical', op, left, right })),
    fc.tuple(fc.constantFrom('sum', 'min', 'max', 'count', 'if', 'round', 'percent', 'avg'), fc.array(tie('e'), { maxLength: 4 }))
      .map(([n, args]): Expr => ({ kind: 'call', name: n, args })),
  ),
})).e;

const leaf = fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ noNaN: false }), fc.constantFrom(null, '', 'x', true, false, undefined));
const dataArb = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, leaf, fc.dictionary(name, tie('v'), { maxKeys: 4 }), fc.array(tie('v'), { maxLength: 3 })),
})).v;

/** Prints a tree fully parenthesised, in the surface syntax. */
function print(e: Expr): string {
  switch (e.kind) {
    case 'number': return String(e.value);
    case 'string': return `'${e.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    case 'boolean': return String(e.value);
    case 'path': return e.segments.join('.');
    case 'star': return '*';
    case 'unary': return `(${e.op === 'not' ? 'not ' : '-'}${print(e.arg)})`;
    case 'binary':
    case 'logical': return `(${print(e.left)} ${e.op} ${print(e.right)})`;
    case 'call': return `${e.name}(${e.args.map(print).join(', ')})`;
  }
}

/** Trees that the parser can produce: bare * only as a call argument, printable strings. */
function parseable(e: Expr, asArg = false): boolean {
  switch (e.kind) {
    case 'star': return asArg;
    case 'string': return /^[\x20-\x7e]*$/.test(e.value);
    case 'number': return Number.isFinite(e.value) && String(e.value) !== '' && !String(e.value).includes('e');
    case 'unary': return parseable(e.arg);
    case 'binary':
    case 'logical': return parseable(e.left) && parseable(e.right);
    case 'call': return e.args.every((a) => parseable(a, true));
    default: return true;
  }
}

describe('expression engine properties', () => {
  it('parseExpression never throws on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60, unit: 'binary' }), (text) => {
      const r = parseExpression(text);
      if (!r.ok) {
        expect(typeof r.error.message.vi).toBe('string');
        expect(typeof r.error.message.en).toBe('string');
        if (r.error.index !== undefined) expect(r.error.index).toBeGreaterThanOrEqual(0);
      }
    }), RUNS);
  });

  const TOKENS = ['a', 'b', 'so_lieu', '.', '*', '(', ')', ' + ', '-', '/', ' and ', ' or ', 'not ', '!', '==', '<', ',', '1',
    '2.5', "'x'", '"y', '$root', '[', ']', '?', ':', ';', 'sum', 'if', 'round', '__proto__', 'constructor', 'this', 'true'];

  it('token soup: parse, check, evaluate and dependencyPatterns never throw', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 20 }), dataArb, (tokens, data) => {
      const text = tokens.join('');
      const r = parseExpression(text);
      expect(Array.isArray(checkExpression(text, (p) => p.length < 3))).toBe(true);
      if (r.ok) {
        expect(isValidResult(evaluate(r.expr, createObjectScope(data, { starKeys: ['a', 'b'] })))).toBe(true);
        expect(Array.isArray(dependencyPatterns(r.expr, ['x']))).toBe(true);
      }
    }), RUNS);
  });

  it('random trees over random data never throw and give well-formed results', () => {
    fc.assert(fc.property(exprArb, dataArb, fc.option(fc.array(name, { maxLength: 3 })), (expr, data, starKeys) => {
      const scope = createObjectScope(data, { base: [], starKeys: starKeys ?? undefined });
      const r = evaluate(expr, scope);
      expect(isValidResult(r)).toBe(true);
    }), RUNS);
  });

  it('printing a tree and parsing it back gives the same tree', () => {
    fc.assert(fc.property(exprArb.filter((e) => parseable(e)), (expr) => {
      const r = parseExpression(print(expr));
      expect(r.ok ? r.expr : r.error).toEqual(expr);
    }), RUNS);
  });

  it('arithmetic over a missing field is missing', () => {
    const arith: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof({ depthSize: 'small', withCrossShrink: true },
        fc.integer({ min: 1, max: 9 }).map((value): Expr => ({ kind: 'number', value })),
        fc.constantFrom('a', 'b', 'c').map((n): Expr => ({ kind: 'path', segments: [n] })),
        fc.tuple(fc.constantFrom('+', '-', '*' as const), tie('e'), tie('e')).map(([op, left, right]): Expr => ({ kind: 'binary', op, left, right }))),
    })).e;
    fc.assert(fc.property(arith, fc.record({ a: fc.option(fc.integer({ min: -9, max: 9 })), b: fc.option(fc.integer()), c: fc.constant(null) }), (expr, data) => {
      const paths = JSON.stringify(expr).match(/"segments":\["([abc])"\]/g) ?? [];
      const anyMissing = paths.some((p) => data[p.slice(-3, -2) as 'a' | 'b' | 'c'] === null);
      const r = evaluate(expr, createObjectScope(data));
      if (anyMissing) expect(r.value).toBeNull();
      else if (r.error === undefined) expect(typeof r.value).toBe('number');
    }), RUNS);
  });

  it('sum over a wildcard adds the present numbers and flags missing ones', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'), fc.option(fc.integer({ min: 0, max: 1000 }))), (rows) => {
      const data = { m: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, { n: v }])) };
      const values = Object.values(rows);
      const present = values.filter((v): v is number => v !== null);
      const r = evaluate({ kind: 'call', name: 'sum', args: [{ kind: 'path', segments: ['m', '*', 'n'] }] }, createObjectScope(data));
      const expected = values.length === 0 ? 0 : present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
      expect(r).toEqual({ value: expected, incomplete: present.length < values.length });
    }), RUNS);
  });
});
