import { describe, expect, it } from 'vitest';
import { targetContext } from './target-context.js';
import type { AssessmentScore } from '../scoring/assessment-score.js';
import type { SubmittedReport } from '../aggregate/submitted-report.js';

const wards = ['BUOI', 'NHAT_TAN', 'QUANG_AN'];
const score = (recognised: boolean) => ({ recognised } as AssessmentScore);

function rep(ward: string, data: unknown, revision = 1): SubmittedReport {
  return { formId: 'bieu-01', ward, period: '2018-Y', revision, data, status: 'submitted', submittedAt: '2018-11-01' };
}

describe('targetContext', () => {
  it('counts wards, recognised wards and built plans', () => {
    const ctx = targetContext({
      wards,
      assessmentScores: { BUOI: score(true), NHAT_TAN: score(false), QUANG_AN: score(true), XUAN_LA: score(true) },
      plansBuilt: { BUOI: true, NHAT_TAN: false, QUANG_AN: true },
    });
    expect(ctx.values).toMatchObject({ wards_total: 3, wards_assessed: 3, wards_recognised: 2, wards_not_recognised: 1, wards_plan_built: 2 });
    expect(ctx.incomplete).toEqual([]);
  });

  it('unknown inputs are null, not zero; partial assessments are incomplete', () => {
    const none = targetContext({ wards });
    expect(none.values).toMatchObject({ wards_total: 3, wards_recognised: null, wards_plan_built: null });
    const partial = targetContext({ wards, assessmentScores: { BUOI: score(true) }, plansBuilt: ['BUOI', 'NHAT_TAN'] });
    expect(partial.values.wards_recognised).toBe(1);
    expect(partial.values.wards_plan_built).toBe(2);
    expect(partial.incomplete).toContain('wards_recognised');
  });

  it('totals named figures over the latest revisions; a missing ward makes them incomplete', () => {
    const figures = {
      children_total: { formId: 'bieu-01', periodId: '2018-Y', pointer: '/tong_so' },
      children_participating: { formId: 'bieu-01', periodId: '2018-Y', pointer: '/tham_gia' },
    };
    const reports = [rep('BUOI', { tong_so: 100, tham_gia: 50 }), rep('BUOI', { tong_so: 200, tham_gia: 190 }, 2), rep('NHAT_TAN', { tong_so: 100, tham_gia: 95 })];
    const ctx = targetContext({ wards, reports, figures });
    expect(ctx.values.children_total).toBe(300);
    expect(ctx.values.children_participating).toBe(285);
    expect(ctx.incomplete).toEqual(['children_total', 'children_participating']);
    const none = targetContext({ wards, reports: [], figures });
    expect(none.values.children_total).toBeNull();
  });

  it('refuses unsafe figure names', () => {
    expect(() => targetContext({ wards, figures: { constructor: { formId: 'a', periodId: 'b', pointer: '/x' } } })).toThrow(/Invalid figure name/);
  });
});
