import { describe, expect, it } from 'vitest';
import { compareYears } from './compare-years.js';
import { valuesByCode } from './values-by-code.js';

describe('valuesByCode', () => {
  const form = {
    fields: [
      { path: ['thong_tin', 'nguoi_lap'], type: 'string' },
      { path: ['so_lieu', 'HCDB_04', 'tong_so'], type: 'integer' },
      { path: ['so_lieu', 'HCDB_04', 'nam'], type: 'integer' },
      { path: ['co_ke_hoach'], type: 'boolean' },
    ],
  };

  it('flattens by code path; empty numeric fields are null, text is left out', () => {
    const data = { thong_tin: { nguoi_lap: 'Lan' }, so_lieu: { HCDB_04: { tong_so: 12 } }, co_ke_hoach: true };
    expect(valuesByCode(form, data)).toEqual({ 'so_lieu/HCDB_04/tong_so': 12, 'so_lieu/HCDB_04/nam': null, co_ke_hoach: 1 });
  });

  it('without a form, takes every numeric leaf of the data', () => {
    const data = JSON.parse('{"a":{"b":1,"c":"x","__proto__":{"d":2}},"e":false}') as unknown;
    expect(valuesByCode(null, data)).toEqual({ 'a/b': 1, e: 0 });
  });

  it('matches figures across layouts by code, not position', () => {
    const y2018 = valuesByCode(null, { so_lieu: { HCDB_01: { tong_so: 5 }, HCDB_04: { tong_so: 10 } } });
    const y2019 = valuesByCode(null, { so_lieu: { HCDB_04: { tong_so: 8 }, HCDB_01: { tong_so: 5 } } });
    const rows = compareYears({ a: { packId: 'tay-ho-2018', year: 2018, values: y2018 }, b: { packId: 'tay-ho-2019', year: 2019, values: y2019 } }).rows;
    expect(rows.find((r) => r.code === 'so_lieu/HCDB_04/tong_so')).toMatchObject({ a: 10, b: 8, delta: -2, percentChange: -20 });
  });
});
