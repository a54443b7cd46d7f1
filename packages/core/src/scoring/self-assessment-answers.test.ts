import { describe, expect, it } from 'vitest';
import { answersFromSelfAssessment } from './self-assessment-answers.js';
import { testCriteria } from './test-criteria.js';

describe('answersFromSelfAssessment', () => {
  it('flattens { criterion: { indicator: { answer, evidence } } } and lets typed answers win over prefill', () => {
    const data = {
      TC1: { TC1_1: { answer: 300, evidence: 'Nghị quyết' } },
      TC2: { TC2_1: { answer: null } },
      TC4: { TC4_1: { answer: false }, TC4_2: { evidence: 'x' } },
    };
    expect(answersFromSelfAssessment(testCriteria(), data, { TC1_1: 1, TC2_1: 99, TC4_2: null })).toEqual({
      TC1_1: 300, TC2_1: 99, TC4_1: false,
    });
    expect(answersFromSelfAssessment(testCriteria(), null)).toEqual({});
  });
});
