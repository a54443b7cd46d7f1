import { describe, expect, it } from 'vitest';
import { addDaysIso, CalendarError, daysBetween, isIsoDate, parseIsoDate, toCalendarDate } from './iso-date.js';
import { shiftYears } from './shift-years.js';

describe('iso dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2018-04-31')).toBe(false);
    expect(isIsoDate('2018-13-01')).toBe(false);
    expect(isIsoDate('2018-5-1')).toBe(false);
    expect(isIsoDate(20180501)).toBe(false);
  });

  it('throws a bilingual error on a bad date', () => {
    expect(() => parseIsoDate('2018-02-30')).toThrow(CalendarError);
    try { parseIsoDate('x'); } catch (e) {
      expect((e as CalendarError).messages.vi).toMatch(/Ngày không hợp lệ/);
      expect((e as CalendarError).messages.en).toMatch(/Invalid date/);
    }
  });

  it('does day arithmetic across months and years whatever the time zone', () => {
    expect(addDaysIso('2018-05-15', 7)).toBe('2018-05-22');
    expect(addDaysIso('2018-12-30', 3)).toBe('2019-01-02');
    expect(addDaysIso('2020-02-28', 1)).toBe('2020-02-29');
    expect(daysBetween('2018-05-15', '2018-05-16')).toBe(1);
    expect(daysBetween('2018-05-16', '2018-05-15')).toBe(-1);
    expect(daysBetween('2018-01-01', '2019-01-01')).toBe(365);
    expect(parseIsoDate('0099-01-01').getFullYear()).toBe(99);
  });

  it('takes a Date clock as its local day and an ISO clock as is', () => {
    expect(toCalendarDate(new Date(2018, 4, 16, 0, 5))).toBe('2018-05-16');
    expect(toCalendarDate(new Date(2018, 4, 16, 23, 55))).toBe('2018-05-16');
    expect(toCalendarDate('2018-05-16')).toBe('2018-05-16');
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(CalendarError);
  });

  it('shifts years, clamping 29 February and optionally keeping month ends', () => {
    expect(shiftYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(shiftYears('2019-02-28', 1)).toBe('2020-02-28');
    expect(shiftYears('2019-02-28', 1, true)).toBe('2020-02-29');
    expect(shiftYears('2020-02-29', 1, true)).toBe('2021-02-28');
    expect(shiftYears('2018-06-30', 1, true)).toBe('2019-06-30');
    expect(shiftYears('2018-05-15', 2)).toBe('2020-05-15');
  });
});
