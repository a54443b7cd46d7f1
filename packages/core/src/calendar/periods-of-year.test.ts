import { describe, expect, it } from 'vitest';
import { CalendarError } from './iso-date.js';
import { formsForPeriod, periodById, periodsOfYear } from './periods-of-year.js';
import { buildPack } from './test-helpers.js';

describe('periodsOfYear', () => {
  const pack = buildPack();

  it('lists every period with resolved grace days and lock dates', () => {
    const periods = periodsOfYear(pack);
    expect(periods.map((p) => p.id)).toEqual(['2018-Q1', '2018-H1', '2018-M9', '2018-Y', '2018-ADHOC']);
    const h1 = periods[1];
    expect(h1).toMatchObject({ kind: 'H1', due: '2018-05-15', graceDays: 7, lockDate: '2018-05-22', adHoc: false });
    expect(h1.kindLabel).toEqual({ vi: 'Kỳ H1', en: 'Period H1' });
    expect(h1.coverage).toEqual({ from: '2018-01-01', to: '2018-06-30' });
    const q1 = periods[0];
    expect(q1.graceDays).toBe(3); // calendar default
    expect(q1.lockDate).toBe('2018-03-18');
  });

  it('marks ad-hoc periods with no due and no lock', () => {
    const adhoc = periodById(pack, '2018-ADHOC');
    expect(adhoc).toMatchObject({ due: null, lockDate: null, adHoc: true });
  });

  it('rejects unknown periods and bad grace days', () => {
    expect(() => periodById(pack, '2017-H1')).toThrow(CalendarError);
    const bad = buildPack({ graceDays: -1 });
    expect(() => periodsOfYear(bad)).toThrow(/grace days/);
  });
});

describe('formsForPeriod', () => {
  const pack = buildPack();
  it('picks forms by x-fp-period-kinds', () => {
    expect(formsForPeriod(pack, '2018-H1').map((f) => f['x-fp-id'])).toEqual(['b01', 'b02']);
    expect(formsForPeriod(pack, '2018-Q1').map((f) => f['x-fp-id'])).toEqual(['b02']);
    expect(formsForPeriod(pack, '2018-ADHOC').map((f) => f['x-fp-id'])).toEqual(['b03']);
  });
});
