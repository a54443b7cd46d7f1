// End to end over the real 2018 pack: plan targets, the QĐ 34/2014 criteria and indicator bindings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CriteriaSet, OrgUnit, Plan } from '../pack/types.js';
import type { SubmittedReport } from '../aggregate/submitted-report.js';
import { expectedWards } from '../aggregate/expected-wards.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { prefillAnswers } from '../scoring/prefill-answers.js';
import { evaluateTargets } from './evaluate-targets.js';
import { targetContext } from './target-context.js';

const packDir = new URL('../../../../schemas/packs/tay-ho-2018/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, packDir), 'utf8')) as T;

const plan = read<Plan>('plan.json');
const qd34 = read<CriteriaSet>('criteria/qd-34-2014.json');
const wards = expectedWards(read<OrgUnit[]>('org-units.json'), { on: '2018-06-30' });

/** Figure names the 2018 plan's target bindings use, and the form cells they total. */
const figures = {
  children_injured_serious: { formId: 'bieu-05', periodId: '2018-Y', pointer: '/tong_nang' },
  children_injury_deaths: { formId: 'bieu-05', periodId: '2018-Y', pointer: '/tong_tu_vong' },
  children_participating: { formId: 'bieu-07', periodId: '2018-Y', pointer: '/tham_gia/tre_tham_gia' },
  children_total: { formId: 'bieu-07', periodId: '2018-Y', pointer: '/tham_gia/tong_so_tre_em' },
};

function rep(formId: string, ward: string, data: unknown): SubmittedReport {
  return { formId, ward, period: '2018-Y', revision: 1, data, status: 'accepted', submittedAt: '2018-11-09' };
}

/** Full marks for every indicator of a criteria set. */
function fullAnswers(cs: CriteriaSet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of cs.criteria) for (const i of c.indicators) {
    const s = i.scoring;
    out[i.code] = s.kind === 'boolean' ? true : s.kind === 'points' ? i.maxPoints : s.kind === 'count-max' ? 0
      : s.op === '>=' || s.op === '>' ? 100 : 0;
  }
  return out;
}

describe('tay-ho-2018 plan targets', () => {
  it('every binding name of plan.json is provided by targetContext', () => {
    const ctx = targetContext({ wards, assessmentScores: {}, plansBuilt: [], reports: [], figures });
    const results = evaluateTargets(plan, ctx);
    for (const r of results) expect(r.error, `${r.code}: ${r.error?.en}`).toBeUndefined();
    expect(results.filter((r) => r.bound).map((r) => r.code)).toEqual(['T1', 'T2', 'T3', 'T5']);
  });

  it('all 8 wards recognised and reporting meets T1, T2, T3 and T5', () => {
    const score = scoreAssessment(qd34, fullAnswers(qd34), { localityClass: 'city-ward' });
    expect(score.total).toBe(1000);
    expect(score.threshold).toBe(850);
    const reports = wards.flatMap((w) => [
      rep('bieu-05', w.code, { tong_nang: 0, tong_tu_vong: 0 }),
      rep('bieu-07', w.code, { tham_gia: { tong_so_tre_em: 1000, tre_tham_gia: 920 } }),
    ]);
    const ctx = targetContext({
      wards,
      assessmentScores: Object.fromEntries(wards.map((w) => [w.code, score])),
      plansBuilt: wards.map((w) => w.code),
      reports,
      figures,
    });
    const res = evaluateTargets(plan, ctx);
    expect(res.map((r) => [r.code, r.ok, r.incomplete])).toEqual([
      ['T1', true, false], ['T2', true, false], ['T3', true, false], ['T4', null, false], ['T5', true, false],
    ]);
    expect(res.find((r) => r.code === 'T5')?.value).toBe(92);
  });

  it('one ward short of 850 fails T2; one ward not reporting leaves T5 incomplete', () => {
    const pass = scoreAssessment(qd34, fullAnswers(qd34), { localityClass: 'city-ward' });
    const answers = { ...fullAnswers(qd34), TC03_1: 5, TC05_1: 90 }; // loses 75 + 75 = 150 → 850
    const at850 = scoreAssessment(qd34, answers, { localityClass: 'city-ward' });
    expect([at850.total, at850.recognised]).toEqual([850, true]);
    const below = scoreAssessment(qd34, { ...answers, TC07_2: 34 }, { localityClass: 'city-ward' });
    expect([below.total, below.recognised]).toEqual([849, false]);
    const scores = Object.fromEntries(wards.map((w, i) => [w.code, i === 0 ? below : pass]));
    const reports = wards.slice(1).map((w) => rep('bieu-07', w.code, { tham_gia: { tong_so_tre_em: 100, tre_tham_gia: 95 } }));
    const res = evaluateTargets(plan, targetContext({ wards, assessmentScores: scores, reports, figures }));
    expect(res.find((r) => r.code === 'T2')).toMatchObject({ value: 87.5, ok: false });
    expect(res.find((r) => r.code === 'T5')).toMatchObject({ value: 95, incomplete: true });
  });

  it('every indicator binding of QĐ 34/2014 parses and reads the forms it names', () => {
    const pre = prefillAnswers(qd34, []);
    const bound = qd34.criteria.flatMap((c) => c.indicators.filter((i) => i.binding).map((i) => i.code));
    expect(Object.keys(pre)).toEqual(bound);
    for (const code of bound) {
      expect(pre[code].error, `${code}: ${pre[code].error?.en}`).toBeUndefined();
      expect(pre[code].source.formId).toMatch(/^bieu-0[1-8]$/);
      expect(pre[code]).toMatchObject({ value: null, incomplete: true });
    }
    const filled = prefillAnswers(qd34, [{ formId: 'bieu-06', data: { khai_sinh: { ty_le_dung_han: 99 } } }]);
    expect(filled.TC02_1).toMatchObject({ value: 99, incomplete: false, source: { pointer: '/khai_sinh/ty_le_dung_han' } });
  });
});
