import { describe, expect, it } from 'vitest';
import { scoreIndicator } from './score-indicator.js';
import type { Indicator } from '../pack/types.js';

function ind(scoring: Indicator['scoring'], maxPoints = 50): Indicator {
  return { code: 'X', title: { vi: 'X' }, maxPoints, scoring, provenance: { status: 'proposed' } };
}

describe('scoreIndicator', () => {
  it.each([
    ['>=', 98, 98, 50], ['>=', 98, 97.9, 0],
    ['>', 98, 98, 0], ['>', 98, 98.1, 50],
    ['<=', 2, 2, 50], ['<=', 2, 2.5, 0],
    ['<', 2, 1.99, 50], ['<', 2, 2, 0],
  ] as const)('percent-threshold %s %d with %d → %d', (op, target, answer, points) => {
    expect(scoreIndicator(ind({ kind: 'percent-threshold', op, target }), answer).points).toBe(points);
  });

  it('percent outside 0..100 is invalid', () => {
    const r = scoreIndicator(ind({ kind: 'percent-threshold', op: '>=', target: 90 }), 120);
    expect(r.points).toBe(0);
    expect(r.invalid?.vi).toMatch(/0 đến 100/);
  });

  it('count-max: full points at or under the target, none above', () => {
    const i = ind({ kind: 'count-max', target: 0 }, 75);
    expect(scoreIndicator(i, 0).points).toBe(75);
    expect(scoreIndicator(i, 1).points).toBe(0);
    expect(scoreIndicator(i, -1).invalid).toBeDefined();
    expect(scoreIndicator(i, 1.5).invalid).toBeDefined();
    expect(scoreIndicator(ind({ kind: 'count-max', target: 3 }), 3).points).toBe(50);
  });

  it('boolean and points kinds; points out of range are an error and count 0', () => {
    expect(scoreIndicator(ind({ kind: 'boolean' }), true).points).toBe(50);
    expect(scoreIndicator(ind({ kind: 'boolean' }), false).points).toBe(0);
    expect(scoreIndicator(ind({ kind: 'boolean' }), 'yes').invalid).toBeDefined();
    expect(scoreIndicator(ind({ kind: 'points' }), 30).points).toBe(30);
    const over = scoreIndicator(ind({ kind: 'points' }), 80);
    expect(over.points).toBe(0);
    expect(over.invalid?.en).toMatch(/outside 0–50/);
    expect(over.invalid?.vi).toMatch(/ngoài khoảng 0–50/);
    expect(scoreIndicator(ind({ kind: 'points' }), -5)).toMatchObject({ points: 0, invalid: expect.anything() });
    expect(scoreIndicator(ind({ kind: 'points' }, 35), 99).points).toBe(0);
    expect(scoreIndicator(ind({ kind: 'points' }, 35), 35).points).toBe(35);
    expect(scoreIndicator(ind({ kind: 'points' }, 35), 1, { accepted: true, points: 36 })).toMatchObject({ points: 0, verified: true });
  });

  it('unwraps { answer, evidence } and treats null/empty as missing', () => {
    expect(scoreIndicator(ind({ kind: 'boolean' }), { answer: true, evidence: 'Biên bản' }).points).toBe(50);
    expect(scoreIndicator(ind({ kind: 'boolean' }), null).missing).toBe(true);
    expect(scoreIndicator(ind({ kind: 'points' }), '').missing).toBe(true);
    expect(scoreIndicator(ind({ kind: 'points' }), { answer: null }).missing).toBe(true);
  });
});

describe('unwrapAnswer', () => {
  it('an object without answer is missing, not an invalid answer', () => {
    const r = scoreIndicator(ind({ kind: 'boolean' }), { evidence: 'Biên bản họp' });
    expect(r).toEqual({ points: 0, missing: true, verified: false });
  });
});
