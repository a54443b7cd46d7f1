import { describe, expect, it } from 'vitest';
import { RolloverError } from './change-log.js';
import { isBilingualText, replaceYearTokens, rewriteLocalizedYears, rolloverPackId, rolloverPeriodId } from './year-text.js';

describe('replaceYearTokens', () => {
  it.each([
    ['Kế hoạch công tác trẻ em năm 2018', 'Kế hoạch công tác trẻ em năm 2019'],
    ['2018', '2019'],
    ['Năm 2018.', 'Năm 2019.'],
    ['(2018)', '(2019)'],
    ['năm 2018, năm 2018', 'năm 2019, năm 2019'],
    ['giai đoạn 2016-2020', 'giai đoạn 2016-2020'],
    ['giai đoạn 2016-2018', 'giai đoạn 2016-2018'],
    ['giai đoạn 2018–2020', 'giai đoạn 2018–2020'],
    ['ngày 06/3/2018', 'ngày 06/3/2018'],
    ['Nghị định 89/2018/NĐ-CP', 'Nghị định 89/2018/NĐ-CP'],
    ['2018/QĐ', '2018/QĐ'],
    ['tháng 12.2018', 'tháng 12.2018'],
    ['mã 20185 và 12018', 'mã 20185 và 12018'],
    ['KH2018', 'KH2018'],
    ['2018-H1', '2018-H1'],
    ['KH 53/KH-UBND (2018) và kế hoạch (2018)', 'KH 53/KH-UBND (2018) và kế hoạch (2019)'],
    ['văn bản 4740/UBND-LĐCSXH (2010), năm 2018', 'văn bản 4740/UBND-LĐCSXH (2010), năm 2019'],
  ])('%s → %s', (input, expected) => {
    expect(replaceYearTokens(input, 2018, 2019)).toBe(expected);
  });

  it('normalises to NFC', () => {
    const nfd = 'năm 2018'.normalize('NFD');
    expect(replaceYearTokens(nfd, 2018, 2019)).toBe('năm 2019'.normalize('NFC'));
  });
});

describe('ids', () => {
  it('replaces the year segment of a pack id or appends one', () => {
    expect(rolloverPackId('tay-ho-2018', 2019)).toBe('tay-ho-2019');
    expect(rolloverPackId('tay-ho', 2019)).toBe('tay-ho-2019');
    expect(rolloverPackId('2018-tay-ho-v2', 2019)).toBe('2019-tay-ho-v2');
    expect(rolloverPackId('tay-ho-12018', 2019)).toBe('tay-ho-12018-2019');
  });
  it('renames period ids', () => {
    expect(rolloverPeriodId('2018-H1', 2018, 2019)).toBe('2019-H1');
    expect(rolloverPeriodId('H1_2018', 2018, 2019)).toBe('H1_2019');
    expect(rolloverPeriodId('ADHOC', 2018, 2019)).toBe('ADHOC');
  });
});

describe('rewriteLocalizedYears', () => {
  it('rewrites localized texts in place and reports each change with its path', () => {
    const data = { a: [{ label: { vi: 'năm 2018', en: 'year 2018' } }, { label: { vi: 'không đổi' } }], s: 'năm 2018' };
    const seen: string[] = [];
    rewriteLocalizedYears(data, ['x'], 2018, 2019, (path) => seen.push(path.join('/')));
    expect(data.a[0].label).toEqual({ vi: 'năm 2019', en: 'year 2019' });
    expect(data.s).toBe('năm 2018'); // plain strings are not localized texts
    expect(seen).toEqual(['x/a/0/label']);
  });
  it('refuses forbidden keys', () => {
    const data = JSON.parse('{"__proto__": {"vi": "năm 2018"}}');
    expect(() => rewriteLocalizedYears(data, [], 2018, 2019, () => undefined)).toThrow(RolloverError);
  });
  it('recognises localized texts only', () => {
    expect(isBilingualText({ vi: 'a', en: 'b' })).toBe(true);
    expect(isBilingualText({ vi: 'a', code: 'b' })).toBe(false);
    expect(isBilingualText(['a'])).toBe(false);
  });
});
