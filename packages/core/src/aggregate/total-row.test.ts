import { describe, expect, it } from 'vitest';
import type { ResolvedMatrix } from '../schema/resolved-form.js';
import { aggregate } from './aggregate.js';
import type { SubmittedReport } from './submitted-report.js';
import { matrixTotalRow, sumCells } from './total-row.js';

const label = { vi: 'x', en: 'x' };
const matrix: ResolvedMatrix = {
  rows: [
    { code: 'HCDB_01', label, depth: 1 },
    { code: 'HCDB_01_1', label, depth: 2, parent: 'HCDB_01' },
    { code: 'HCDB_02', label, depth: 1 },
  ],
  columns: [
    { code: 'nam', label, type: 'count' },
    { code: 'ghi_chu', label, type: 'text' },
  ],
  columnTotals: true,
};

function report(ward: string, data: unknown): SubmittedReport {
  return { formId: 'bieu-02', ward, period: '2018-H1', revision: 1, data, status: 'submitted', submittedAt: '2018-05-10T08:00:00Z' };
}

const run = (reports: SubmittedReport[]) =>
  aggregate({ formId: 'bieu-02', periodId: '2018-H1', wards: ['BUOI', 'NHAT_TAN'], reports });

describe('matrixTotalRow', () => {
  it('sums the top-level rows only: sub-rows are "of which"', () => {
    const r = run([
      report('BUOI', { so_lieu: { HCDB_01: { nam: 5 }, HCDB_01_1: { nam: 3 }, HCDB_02: { nam: 2 } } }),
      report('NHAT_TAN', { so_lieu: { HCDB_01: { nam: 1 }, HCDB_01_1: { nam: 1 }, HCDB_02: { nam: 0 } } }),
    ]);
    const row = matrixTotalRow(r, '/so_lieu', matrix);
    expect(Object.keys(row)).toEqual(['nam']);
    expect(row.nam).toEqual({
      sum: 8, complete: true, count: 2, missingWards: [],
      contributors: [{ ward: 'BUOI', value: 7, revision: 1 }, { ward: 'NHAT_TAN', value: 1, revision: 1 }],
    });
  });

  it('missing is not zero: a ward without a value in a top-level row makes the total incomplete', () => {
    const r = run([report('BUOI', { so_lieu: { HCDB_01: { nam: 5 }, HCDB_02: { nam: 2 } } })]);
    const row = matrixTotalRow(r, '/so_lieu', matrix).nam;
    expect(row.sum).toBe(7);
    expect(row.complete).toBe(false);
    expect(row.missingWards).toEqual(['NHAT_TAN']);
  });

  it('is null (never 0) when no ward has a value, and incomplete for a row no ward filled in', () => {
    expect(matrixTotalRow(run([]), '/so_lieu', matrix).nam).toMatchObject({ sum: null, complete: false, count: 0 });
    expect(sumCells([undefined], ['BUOI'])).toMatchObject({ sum: null, complete: false, missingWards: ['BUOI'] });
    expect(sumCells([], ['BUOI']).complete).toBe(false);
  });
});
