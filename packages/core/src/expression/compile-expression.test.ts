import { describe, expect, it } from 'vitest';
import { compileCacheSize, compileExpression, COMPILE_CACHE_SIZE } from './compile-expression.js';

describe('compileExpression', () => {
  it('returns the same result object for the same text', () => {
    const a = compileExpression('sum(a, b) + 1');
    expect(a.ok).toBe(true);
    expect(compileExpression('sum(a, b) + 1')).toBe(a);
    const bad = compileExpression('a +');
    expect(bad.ok).toBe(false);
    expect(compileExpression('a +')).toBe(bad);
    expect(Object.isFrozen(bad)).toBe(true);
    if (!bad.ok) expect(Object.isFrozen(bad.error.message)).toBe(true);
  });

  it('keeps the cache bounded and drops the least recently used text', () => {
    const first = compileExpression('keep_me + 1');
    const evicted = compileExpression('x0 + 1');
    for (let i = 0; i < COMPILE_CACHE_SIZE + 50; i++) {
      compileExpression(`x${i} + 1`);
      if (i % 100 === 0) compileExpression('keep_me + 1');
    }
    expect(compileCacheSize()).toBeLessThanOrEqual(COMPILE_CACHE_SIZE);
    const again = compileExpression('x0 + 1');
    expect(again).not.toBe(evicted);
    expect(again).toEqual(evicted);
    expect(compileExpression('keep_me + 1')).toBe(first);
  });
});
