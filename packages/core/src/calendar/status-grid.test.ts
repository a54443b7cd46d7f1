import { describe, expect, it } from 'vitest';
import { statusGrid, type ReportLookup, type ReportRecord } from './status-grid.js';
import { buildPack } from './test-helpers.js';

const pack = buildPack();
const records: Record<string, ReportRecord> = {
  'b01|P_BUOI|2018-H1': { submissions: [{ revision: 1, submittedAt: '2018-05-10T02:00:00Z', status: 'accepted' }] },
  'b02|P_BUOI|2018-H1': { draft: { updatedAt: '2018-05-12T02:00:00Z' }, submissions: [] },
  'b02|P_BUOI|2018-Q1': { submissions: [{ revision: 1, submittedAt: '2018-03-14', status: 'submitted' }] },
  'b01|P_NHAT_TAN|2018-H1': { submissions: [{ revision: 1, submittedAt: '2018-05-14', status: 'returned' }] },
};
const lookup: ReportLookup = (formId, ward, periodId) => records[`${formId}|${ward}|${periodId}`];

describe('statusGrid for one ward', () => {
  it('gives form × period statuses with null where a form is not filed', () => {
    const grid = statusGrid(pack, { ward: 'P_BUOI', clock: '2018-05-20', lookup });
    expect(grid.forms.map((f) => f.id)).toEqual(['b01', 'b02', 'b03']);
    expect(grid.periods.map((p) => p.kind)).toEqual(['Q1', 'H1', 'M9', 'Y', 'ADHOC']);
    const st = grid.cells.map((row) => row.map((c) => c?.status ?? null));
    expect(st).toEqual([
      [null, 'accepted', null, 'open', null],
      ['submitted', 'late', 'open', 'open', null],
      [null, null, null, null, 'open'],
    ]);
    expect(grid.cells[1][1]?.hasDraft).toBe(true);
    expect(grid.counts).toMatchObject({ accepted: 1, submitted: 1, late: 1, open: 4, locked: 0 });
  });
});

describe('statusGrid for one period (district board)', () => {
  it('gives ward × form statuses with counts per status, form and ward', () => {
    const board = statusGrid(pack, { wards: ['P_BUOI', 'P_NHAT_TAN'], periodId: '2018-H1', clock: '2018-05-25', lookup });
    expect(board.forms.map((f) => f.id)).toEqual(['b01', 'b02']);
    expect(board.cells.map((row) => row.map((c) => c.status))).toEqual([
      ['accepted', 'locked'],
      ['returned', 'locked'],
    ]);
    expect(board.counts).toMatchObject({ accepted: 1, returned: 1, locked: 2, late: 0 });
    expect(board.countsByForm.b02.locked).toBe(2);
    expect(board.countsByWard.P_NHAT_TAN).toMatchObject({ returned: 1, locked: 1 });
  });
});
