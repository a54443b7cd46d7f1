import { describe, expect, it } from 'vitest';
import { dependencyPatterns, patternAffectedBy } from './dependency-patterns.js';
import { functionsUsed, referencedPaths, usesStar } from './referenced-paths.js';
import { parseExpression } from './parse-expression.js';
import type { Expr } from './ast.js';

function parse(text: string): Expr {
  const r = parseExpression(text);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.expr;
}

describe('referencedPaths / functionsUsed / usesStar', () => {
  it('lists paths as written, once, in order', () => {
    const e = parse('sum(so_lieu.*.tong_so) <= $root.x and a.b > 0 or if(a.b, $root.x, round(c))');
    expect(referencedPaths(e)).toEqual([['so_lieu', '*', 'tong_so'], ['$root', 'x'], ['a', 'b'], ['c']]);
    expect(functionsUsed(e)).toEqual(['sum', 'if', 'round']);
    expect(usesStar(e)).toBe(false);
  });

  it('does not count bare * as a path', () => {
    const e = parse('sum(*) - avg(d)');
    expect(referencedPaths(e)).toEqual([['d']]);
    expect(functionsUsed(e)).toEqual(['sum', 'avg']);
    expect(usesStar(e)).toBe(true);
  });
});

describe('dependencyPatterns', () => {
  it('makes relative paths absolute and strips $root', () => {
    expect(dependencyPatterns(parse('a + b.c + $root.t + $root.so_lieu.*.n'), ['so_lieu', 'HCDB_01'])).toEqual([
      ['so_lieu', 'HCDB_01', 'a'], ['so_lieu', 'HCDB_01', 'b', 'c'], ['t'], ['so_lieu', '*', 'n'],
    ]);
  });

  it('maps bare * to every child of the holding object and deduplicates', () => {
    expect(dependencyPatterns(parse('sum(*) + sum(*) + x'), ['m', 'r1'])).toEqual([['m', 'r1', 'x'], ['m', 'r1', '*']]);
    expect(dependencyPatterns(parse('a + $root.a'), [])).toEqual([['a']]);
  });

  it('matches changes against patterns', () => {
    const p = ['so_lieu', '*', 'tong_so'];
    expect(patternAffectedBy(p, ['so_lieu', 'HCDB_01', 'tong_so'])).toBe(true);
    expect(patternAffectedBy(p, ['so_lieu', 'HCDB_01', 'nam'])).toBe(false);
    expect(patternAffectedBy(p, ['so_lieu', 'HCDB_01'])).toBe(true);
    expect(patternAffectedBy(p, ['so_lieu'])).toBe(true);
    expect(patternAffectedBy(p, ['khac', 'HCDB_01', 'tong_so'])).toBe(false);
    expect(patternAffectedBy(['m', 'r1', '*'], ['m', 'r1', 'x', 'deep'])).toBe(true);
    expect(patternAffectedBy(['m', 'r1', '*'], ['m', 'r2', 'x'])).toBe(false);
  });
});
