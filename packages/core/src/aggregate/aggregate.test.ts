import { describe, expect, it } from 'vitest';
import { aggregate, cellNumber } from './aggregate.js';
import { latestByWard, type SubmittedReport } from './submitted-report.js';
import type { OrgUnit } from '../pack/types.js';

function report(ward: string, revision: number, data: unknown, extra: Partial<SubmittedReport> = {}): SubmittedReport {
  return {
    formId: 'bieu-02', ward, period: '2018-H1', revision, data,
    status: 'submitted', submittedAt: `2018-05-1${revision}T08:00:00Z`, ...extra,
  };
}

const wards = ['BUOI', 'NHAT_TAN', 'QUANG_AN'];
const T = '/so_lieu/HCDB_04/tong_so';

describe('aggregate', () => {
  it('sums the latest revision per ward and lists contributors', () => {
    const r = aggregate({
      formId: 'bieu-02', periodId: '2018-H1', wards,
      reports: [
        report('BUOI', 1, { so_lieu: { HCDB_04: { tong_so: 100 } } }),
        report('BUOI', 2, { so_lieu: { HCDB_04: { tong_so: 3 } } }),
        report('NHAT_TAN', 1, { so_lieu: { HCDB_04: { tong_so: 4 } } }),
        report('QUANG_AN', 1, { so_lieu: { HCDB_04: { tong_so: 5 } } }, { status: 'accepted' }),
      ],
    });
    expect(r.cells[T].sum).toBe(12);
    expect(r.cells[T].complete).toBe(true);
    expect(r.cells[T].contributors).toEqual([
      { ward: 'BUOI', value: 3, revision: 2 },
      { ward: 'NHAT_TAN', value: 4, revision: 1 },
      { ward: 'QUANG_AN', value: 5, revision: 1 },
    ]);
    expect(r.wards.map((w) => [w.ward, w.status, w.revision])).toEqual([
      ['BUOI', 'submitted', 2], ['NHAT_TAN', 'submitted', 1], ['QUANG_AN', 'accepted', 1],
    ]);
    expect(r.completeness).toEqual({ submitted: 3, total: 3, missing: [], returned: [] });
  });

  it('latest revision wins whatever the input order', () => {
    const reports = [report('BUOI', 3, { x: 30 }), report('BUOI', 1, { x: 10 }), report('BUOI', 2, { x: 20 })];
    const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI'], reports });
    expect(r.cells['/x'].sum).toBe(30);
    expect(r.wards[0].revision).toBe(3);
  });

  it('a missing ward is not counted as zero', () => {
    const r = aggregate({
      formId: 'bieu-02', periodId: '2018-H1', wards,
      reports: [report('BUOI', 1, { x: 0 }), report('NHAT_TAN', 1, { x: 2 })],
    });
    expect(r.cells['/x']).toMatchObject({ sum: 2, complete: false, count: 2, missingWards: ['QUANG_AN'] });
    expect(r.wards[2]).toEqual({ ward: 'QUANG_AN', status: 'missing', counted: false });
    expect(r.completeness).toMatchObject({ submitted: 2, total: 3, missing: ['QUANG_AN'] });
  });

  it('no report at all gives null sums, not zero', () => {
    const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards, reports: [], fields: ['/x'] });
    expect(r.cells['/x']).toMatchObject({ sum: null, complete: false, count: 0 });
    expect(r.cells['/x'].missingWards).toEqual(wards);
  });

  it('an empty cell in a filed report makes the cell incomplete', () => {
    const r = aggregate({
      formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI', 'NHAT_TAN'],
      reports: [report('BUOI', 1, { x: 1, y: 2 }), report('NHAT_TAN', 1, { x: 1, y: null })],
    });
    expect(r.cells['/x'].complete).toBe(true);
    expect(r.cells['/y']).toMatchObject({ sum: 2, complete: false, missingWards: ['NHAT_TAN'] });
  });

  it('returned reports are not counted by default but are reported', () => {
    const reports = [report('BUOI', 1, { x: 5 }), report('BUOI', 2, { x: 7 }, { status: 'returned' }), report('NHAT_TAN', 1, { x: 1 })];
    const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI', 'NHAT_TAN'], reports });
    expect(r.cells['/x']).toMatchObject({ sum: 1, missingWards: ['BUOI'] });
    expect(r.wards[0]).toMatchObject({ status: 'returned', revision: 2, counted: false });
    expect(r.completeness).toMatchObject({ submitted: 1, missing: ['BUOI'], returned: ['BUOI'] });
    const all = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI', 'NHAT_TAN'], reports, include: ['submitted', 'returned'] });
    expect(all.cells['/x'].sum).toBe(8);
  });

  it('skips other forms, periods and unexpected wards; booleans count true; text is ignored', () => {
    const r = aggregate({
      formId: 'bieu-02', periodId: '2018-H1', wards: [{ code: 'BUOI' } as OrgUnit, 'NHAT_TAN'],
      reports: [
        report('BUOI', 1, { x: 1, ok: true, note: 'abc', n: '5' }),
        report('NHAT_TAN', 1, { x: 2, ok: false, n: 3 }),
        report('NHAT_TAN', 9, { x: 100 }, { formId: 'bieu-03' }),
        report('NHAT_TAN', 9, { x: 100 }, { period: '2018-Q1' }),
        report('XUAN_LA', 1, { x: 100 }),
      ],
    });
    expect(r.cells['/x'].sum).toBe(3);
    expect(r.cells['/ok']).toMatchObject({ sum: 1, complete: true });
    expect(r.cells['/note']).toBeUndefined();
    expect(r.cells['/n']).toMatchObject({ sum: 3, missingWards: ['BUOI'] });
    expect(r.wards.map((w) => w.ward)).toEqual(['BUOI', 'NHAT_TAN']);
  });

  it('is idempotent: same input twice, and duplicated revisions, give the same totals', () => {
    const reports = [report('BUOI', 1, { x: 2 }), report('NHAT_TAN', 1, { x: 3 })];
    const input = { formId: 'bieu-02', periodId: '2018-H1', wards, reports };
    const first = aggregate(input);
    expect(aggregate(input)).toEqual(first);
    expect(aggregate({ ...input, reports: [...reports, ...reports] })).toEqual(first);
    expect(aggregate({ ...input, wards: [...wards, 'BUOI'] })).toEqual(first);
    expect(reports[0].data).toEqual({ x: 2 });
  });

  it('provenance: false skips contributors but keeps sums and missing wards', () => {
    const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards, reports: [report('BUOI', 1, { x: 2 })], provenance: false });
    expect(r.cells['/x']).toEqual({ sum: 2, complete: false, count: 1, contributors: [], missingWards: ['NHAT_TAN', 'QUANG_AN'] });
  });

  it('refuses forbidden keys in field pointers and never walks them in data', () => {
    expect(() => aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards, reports: [], fields: ['/__proto__/x'] })).toThrow(/Forbidden/);
    const data = JSON.parse('{"__proto__": {"x": 5}, "y": 1}') as unknown;
    const r = aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI'], reports: [report('BUOI', 1, data)] });
    expect(Object.keys(r.cells)).toEqual(['/y']);
  });

  // Speed is measured by `npm run bench`; this checks the sums stay right over many wards.
  it('keeps sums and missing wards right over 10,000 wards × 2 forms × 2 periods', () => {
    const forms = ['bieu-01', 'bieu-02'];
    const periods = ['2018-Q1', '2018-H1'];
    const wardCodes = Array.from({ length: 10_000 }, (_, i) => `W${i}`);
    const reports: SubmittedReport[] = [];
    for (const formId of forms) for (const period of periods) for (let w = 0; w < wardCodes.length; w++) {
      if (w % 100 === 0) continue; // 1 % missing
      reports.push({
        formId, period, ward: wardCodes[w], revision: 1, status: 'submitted', submittedAt: '2018-05-01',
        data: { so_lieu: { A: { tong_so: 1, nam: 1 }, B: { tong_so: 2, nu: 2 } } },
      });
    }
    let total = 0;
    for (const formId of forms) for (const periodId of periods) {
      const r = aggregate({ formId, periodId, wards: wardCodes, reports, provenance: false });
      total += r.cells['/so_lieu/B/tong_so'].sum ?? 0;
      expect(r.cells['/so_lieu/A/nam']).toMatchObject({ sum: 9_900, complete: false });
      expect(r.completeness.missing).toHaveLength(100);
    }
    expect(total).toBe(4 * 9_900 * 2);
  });
});

describe('latestByWard and cellNumber', () => {
  it('breaks revision ties by submittedAt', () => {
    const m = latestByWard([
      report('BUOI', 2, { v: 'late' }, { submittedAt: '2018-05-12T09:00:00Z' }),
      report('BUOI', 2, { v: 'early' }, { submittedAt: '2018-05-12T08:00:00Z' }),
    ]);
    expect(m.get('BUOI')?.data).toEqual({ v: 'late' });
  });
  it('converts only numbers and booleans', () => {
    expect([cellNumber(2), cellNumber(true), cellNumber(false), cellNumber('2'), cellNumber(null), cellNumber(NaN)]).toEqual([2, 1, 0, null, null, null]);
  });
});
