import { describe, expect, it } from 'vitest';
import { createObjectScope } from './object-scope.js';

describe('createObjectScope', () => {
  const form = { t: 5, m: { r1: { a: 1, b: 2 }, r2: { a: 3 } }, list: [{ v: 1 }, { v: 2 }] };

  it('reads relative to the base and from $root', () => {
    const s = createObjectScope(form, { base: ['m', 'r1'] });
    expect(s.get(['a'])).toBe(1);
    expect(s.get(['$root', 't'])).toBe(5);
    expect(s.get(['$root', 'm', 'r2', 'a'])).toBe(3);
    expect(s.get(['missing', 'x'])).toBeUndefined();
    expect(s.keys([])).toEqual(['a', 'b']);
    expect(s.keys(['$root', 'm'])).toEqual(['r1', 'r2']);
    expect(s.keys(['a'])).toEqual([]);
  });

  it('walks arrays by index', () => {
    const s = createObjectScope(form);
    expect(s.keys(['list'])).toEqual(['0', '1']);
    expect(s.get(['list', '1', 'v'])).toBe(2);
    expect(s.get(['list', 'length'])).toBeUndefined();
    expect(s.get(['list', '01', 'v'])).toBeUndefined();
  });

  it('reads only own properties and refuses prototype keys', () => {
    const data = JSON.parse('{"__proto__": {"x": 1}, "o": {}}') as unknown;
    const s = createObjectScope(data);
    expect(s.get(['__proto__', 'x'])).toBeUndefined();
    expect(s.get(['o', 'constructor'])).toBeUndefined();
    expect(s.get(['o', 'toString'])).toBeUndefined();
    expect(s.keys([])).toEqual(['o']);
  });

  it('provides star() from starKeys only', () => {
    expect(createObjectScope(form).star).toBeUndefined();
    const s = createObjectScope(form, { base: ['m', 'r1'], starKeys: ['a', 'b', 'c'] });
    expect(s.star?.()).toEqual([1, 2, undefined]);
  });
});
