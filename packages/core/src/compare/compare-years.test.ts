import { describe, expect, it } from 'vitest';
import { compareYears } from './compare-years.js';

describe('compareYears', () => {
  it('lists codes of either year with delta, percent change and inBoth', () => {
    const res = compareYears({
      a: { packId: 'tay-ho-2018', year: 2018, values: { x: 10, y: 0, gone: 3, empty: null } },
      b: { packId: 'tay-ho-2019', year: 2019, values: { x: 15, y: 4, empty: 2, added: 7 } },
    });
    expect(res.a).toEqual({ packId: 'tay-ho-2018', year: 2018 });
    expect(res.rows).toEqual([
      { code: 'x', a: 10, b: 15, delta: 5, percentChange: 50, inBoth: true },
      { code: 'y', a: 0, b: 4, delta: 4, percentChange: null, inBoth: true },
      { code: 'gone', a: 3, b: null, delta: null, percentChange: null, inBoth: false },
      { code: 'empty', a: null, b: 2, delta: null, percentChange: null, inBoth: true },
      { code: 'added', a: null, b: 7, delta: null, percentChange: null, inBoth: false },
    ]);
  });
});
