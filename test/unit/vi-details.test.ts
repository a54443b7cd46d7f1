// Vietnamese details (issue 10): numbers with the language's separators, dd/mm/yyyy dates, and
// the viewing date and period a first visit opens on.
import { describe, expect, it } from 'vitest';
import { displayDate, formatNumber, parseDisplayDate, term } from '@formplan/elements/i18n';
import '../../packages/elements/src/i18n/term.js';
import { defaultViewingDate, periodMostRecentlyDue } from '../../host/src/viewing-date.js';

const pack = {
  manifest: { year: 2018 },
  calendar: {
    periods: [
      { id: '2018-Q1', due: '2018-03-15' },
      { id: '2018-H1', due: '2018-05-15' },
      { id: 'adhoc', due: null },
      { id: '2018-Y', due: '2018-11-10' },
    ],
  },
} as unknown as Parameters<typeof defaultViewingDate>[0];

describe('numbers and dates in the interface language', () => {
  it('groups thousands with . in Vietnamese and , in English, in every catalogue text', () => {
    expect(formatNumber(3184, 'vi')).toBe('3.184');
    expect(formatNumber(1000.5, 'en')).toBe('1,000.5');
    expect(term('vi', 'calendar', 'lateBy', { n: 3184 })).toBe('trễ 3.184 ngày');
    expect(term('en', 'calendar', 'lateBy', { n: 3184 })).toBe('3,184 day(s) late');
  });

  it('writes and reads dd/mm/yyyy (d/m/yyyy, d-m-yyyy, d.m.yyyy); an impossible date is no date', () => {
    expect(displayDate('2018-05-15')).toBe('15/05/2018');
    expect(parseDisplayDate('15/05/2018')).toBe('2018-05-15');
    expect(parseDisplayDate('1/2/2018')).toBe('2018-02-01');
    expect(parseDisplayDate('1-2-2018')).toBe('2018-02-01');
    expect(parseDisplayDate('01.02.2018')).toBe('2018-02-01');
    expect(parseDisplayDate('31/02/2018')).toBe(undefined);
    expect(parseDisplayDate('05/15/2018')).toBe(undefined);
  });

  it('says "accepted" with one word, the word of the accept button', () => {
    expect(term('vi', 'calendar', 'status.accepted')).toBe('Đã chấp nhận');
  });
});

describe('the viewing date of a first visit', () => {
  it('keeps the real date inside the pack year', () => {
    expect(defaultViewingDate(pack, '2018-06-01')).toBe('2018-06-01');
  });
  it('opens on the latest due date not after the real date, else on the last due date', () => {
    expect(defaultViewingDate(pack, '2026-12-03')).toBe('2018-11-10');
    expect(defaultViewingDate(pack, '2017-01-01')).toBe('2018-11-10');
  });
  it('opens the board on the period most recently due', () => {
    expect(periodMostRecentlyDue(pack, '2018-06-20')).toBe('2018-H1');
    expect(periodMostRecentlyDue(pack, '2018-05-15')).toBe('2018-H1');
    expect(periodMostRecentlyDue(pack, '2018-01-01')).toBe('2018-Q1');
    expect(periodMostRecentlyDue(pack, '2019-01-01')).toBe('2018-Y');
  });
});
