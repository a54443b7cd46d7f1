import { describe, expect, it } from 'vitest';
import { storedDecisions, verificationOfRecord } from './verification.js';
import { scoreAssessment } from './score-assessment.js';
import { testCriteria } from './test-criteria.js';

describe('verificationOfRecord', () => {
  it('keeps the verdict: "Không chấp nhận" reads back as rejected, with the answer decided on', () => {
    const decisions = { TC1_1: { accepted: true, points: 300, answer: 400 }, TC4_1: { accepted: false, answer: true }, TC4_2: { accepted: false, points: 10, answer: 1 } };
    const record = { verification: { by: 'Quận', at: '2018-12-01T00:00:00Z', indicators: storedDecisions(decisions) } };
    const back = verificationOfRecord(JSON.parse(JSON.stringify(record)));
    expect(back).toEqual(decisions);
    const s = scoreAssessment(testCriteria(), { TC1_1: 400, TC2_1: 99, TC3_1: 0, TC4_1: true, TC4_2: 1 }, { localityClass: 'city-ward', verification: back });
    expect(s.total).toBe(300 + 300 + 200 + 0 + 10);
  });

  it('a decision on a missing answer keeps the answer key (stored as null), so a later answer makes it stale', () => {
    const stored = storedDecisions({ TC4_2: { accepted: true, points: 20, answer: undefined } });
    expect(stored.TC4_2).toEqual({ accepted: true, points: 20, answer: null });
    const v = verificationOfRecord({ verification: { by: 'q', at: 'x', indicators: stored } });
    expect(scoreAssessment(testCriteria(), { TC4_2: 1 }, { localityClass: 'city-ward', verification: v })
      .indicators.find((i) => i.code === 'TC4_2')).toMatchObject({ stale: true, points: 50 });
  });

  it('older records with granted points only read as accepted at those points', () => {
    expect(verificationOfRecord({ verification: { by: 'q', at: 'x', points: { TC1_1: 1 } } })).toEqual({ TC1_1: { accepted: true, points: 1 } });
  });
});
