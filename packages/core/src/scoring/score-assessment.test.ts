import { describe, expect, it } from 'vitest';
import { scoreAssessment } from './score-assessment.js';
import { testCriteria } from './test-criteria.js';

const full = { TC1_1: 400, TC2_1: 99, TC3_1: 0, TC4_1: true, TC4_2: 1 };
const city = { localityClass: 'city-ward' };

describe('scoreAssessment', () => {
  it('scores full answers and recognises', () => {
    const s = scoreAssessment(testCriteria(), full, city);
    expect(s.total).toBe(1000);
    expect(s.threshold).toBe(850);
    expect(s.recognised).toBe(true);
    expect(s.reasons).toEqual([]);
    expect(s.criteria.map((c) => c.points)).toEqual([400, 300, 200, 100]);
    expect(s.indicators.find((i) => i.code === 'TC4_1')).toMatchObject({ criterion: 'TC4', met: true, missing: false });
  });

  it('threshold 850 for a city ward: 850 recognised, 849 not', () => {
    const at = scoreAssessment(testCriteria(), { ...full, TC1_1: 250 }, city);
    expect(at.total).toBe(850);
    expect(at.recognised).toBe(true);
    const below = scoreAssessment(testCriteria(), { ...full, TC1_1: 249 }, city);
    expect(below.total).toBe(849);
    expect(below.recognised).toBe(false);
    expect(below.reasons.map((r) => r.code)).toEqual(['below-threshold']);
    expect(below.reasons[0].message.vi).toContain('849');
    // the same 849 passes a rural threshold of 750
    expect(scoreAssessment(testCriteria(), { ...full, TC1_1: 249 }, { localityClass: 'rural' }).recognised).toBe(true);
  });

  it('no-zero rule: a criterion at 0 blocks recognition even above the threshold', () => {
    const cs = testCriteria();
    cs.recognition.thresholds[0].minTotal = 700;
    const s = scoreAssessment(cs, { ...full, TC4_1: false, TC4_2: 5 }, city);
    expect(s.total).toBe(900);
    expect(s.recognised).toBe(false);
    const codes = s.reasons.map((r) => [r.code, r.criterion]);
    expect(codes).toContainEqual(['zero-criterion', 'TC4']);
    expect(codes).toContainEqual(['criterion-not-met', 'TC4']);
    cs.recognition.noZeroCriterion = false;
    cs.recognition.allCriteriaMet = false;
    expect(scoreAssessment(cs, { ...full, TC4_1: false, TC4_2: 5 }, city).recognised).toBe(true);
  });

  it('criterion minPoints decides met', () => {
    const cs = testCriteria();
    cs.criteria[0].minPoints = 300;
    const s = scoreAssessment(cs, { ...full, TC1_1: 299 }, { localityClass: 'rural' });
    expect(s.criteria[0].met).toBe(false);
    expect(s.reasons.map((r) => r.code)).toEqual(['criterion-not-met']);
  });

  it('missing answers score 0 and block recognition', () => {
    const { TC4_2: _omit, ...partial } = full;
    const s = scoreAssessment(testCriteria(), partial, city);
    expect(s.total).toBe(950);
    expect(s.recognised).toBe(false);
    expect(s.reasons).toHaveLength(1);
    expect(s.reasons[0]).toMatchObject({ code: 'missing-answers', criterion: 'TC4' });
    expect(s.reasons[0].message.en).toContain('TC4_2');
    expect(s.indicators.find((i) => i.code === 'TC4_2')).toMatchObject({ missing: true, points: 0, answer: undefined });
  });

  it('verification overrides: rejected → 0, given points win, a decision fills a missing answer', () => {
    const rejected = scoreAssessment(testCriteria(), full, { ...city, verification: { TC2_1: { accepted: false } } });
    expect(rejected.total).toBe(700);
    expect(rejected.indicators.find((i) => i.code === 'TC2_1')).toMatchObject({ points: 0, verified: true });
    const given = scoreAssessment(testCriteria(), full, { ...city, verification: { TC1_1: { accepted: false, points: 320 } } });
    expect(given.total).toBe(920);
    const { TC1_1: _omit, ...partial } = full;
    const decided = scoreAssessment(testCriteria(), partial, { ...city, verification: { TC1_1: { accepted: true, points: 400 } } });
    expect(decided.recognised).toBe(true);
    const accepted = scoreAssessment(testCriteria(), full, { ...city, verification: { TC2_1: { accepted: true } } });
    expect(accepted.total).toBe(1000);
    const tooMany = scoreAssessment(testCriteria(), full, { ...city, verification: { TC4_1: { accepted: true, points: 60 } } });
    expect(tooMany.indicators.find((i) => i.code === 'TC4_1')).toMatchObject({ points: 0, invalid: true });
    expect(tooMany.reasons.map((r) => r.code)).toEqual(['invalid-answer']);
  });

  it('out of range is an error, not full marks: 99 in a 0–35 field counts 0 and blocks recognition', () => {
    const cs = testCriteria();
    cs.criteria[0].indicators[0].maxPoints = 35;
    const s = scoreAssessment(cs, { ...full, TC1_1: 99 }, city);
    expect(s.indicators.find((i) => i.code === 'TC1_1')).toMatchObject({ points: 0, invalid: true, met: false });
    expect(s.total).toBe(600);
    expect(s.recognised).toBe(false);
    const reason = s.reasons.find((r) => r.code === 'invalid-answer');
    expect(reason).toMatchObject({ indicator: 'TC1_1' });
    expect(reason?.message.vi).toContain('0–35');
    expect(scoreAssessment(cs, { ...full, TC1_1: 35 }, city).indicators.find((i) => i.code === 'TC1_1')?.points).toBe(35);
  });

  it('a verification decided on another answer is stale: not applied, marked, blocks recognition', () => {
    const verification = { TC1_1: { accepted: true, points: 300, answer: 400 } };
    const current = scoreAssessment(testCriteria(), full, { ...city, verification });
    expect(current.total).toBe(900);
    expect(current.indicators.find((i) => i.code === 'TC1_1')).toMatchObject({ verified: true, stale: false });
    const changed = scoreAssessment(testCriteria(), { ...full, TC1_1: 380 }, { ...city, verification });
    expect(changed.indicators.find((i) => i.code === 'TC1_1')).toMatchObject({ points: 380, verified: false, stale: true });
    expect(changed.total).toBe(980);
    expect(changed.recognised).toBe(false);
    const reason = changed.reasons.find((r) => r.code === 'stale-verification');
    expect(reason).toMatchObject({ indicator: 'TC1_1', criterion: 'TC1' });
    expect(reason?.message.vi).toContain('Đã thay đổi sau khi quận xác minh'.toLowerCase());
    // a rejection of a boolean answer goes stale the same way once the ward changes it
    const rejected = { TC4_1: { accepted: false, answer: true } };
    expect(scoreAssessment(testCriteria(), full, { ...city, verification: rejected }).total).toBe(950);
    expect(scoreAssessment(testCriteria(), { ...full, TC4_1: false }, { ...city, verification: rejected })
      .indicators.find((i) => i.code === 'TC4_1')).toMatchObject({ stale: true, points: 0 });
  });

  it('unknown locality class is a reason with a null threshold', () => {
    const s = scoreAssessment(testCriteria(), full, { localityClass: 'moon' });
    expect(s.threshold).toBeNull();
    expect(s.recognised).toBe(false);
    expect(s.reasons[0].code).toBe('unknown-locality-class');
  });

  it('ignores inherited keys in answers', () => {
    const answers = Object.create({ TC1_1: 400 }) as Record<string, unknown>;
    const s = scoreAssessment(testCriteria(), answers, city);
    expect(s.indicators[0].missing).toBe(true);
  });
});
