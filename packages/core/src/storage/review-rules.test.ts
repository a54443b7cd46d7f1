import { describe, expect, it } from 'vitest';
import { allowedDecisions, reviewRefusal } from './review-rules.js';

const accept = { decision: 'accept' as const };
const ret = { decision: 'return' as const };

describe('review rules', () => {
  it('a submitted latest revision can be accepted or returned', () => {
    expect(allowedDecisions(2, 2, [])).toEqual(['accept', 'return']);
  });

  it('an accepted revision is final; a returned one can only be accepted; the latest review counts', () => {
    expect(allowedDecisions(1, 1, [accept])).toEqual([]);
    expect(allowedDecisions(1, 1, [ret])).toEqual(['accept']);
    expect(allowedDecisions(1, 1, [ret, accept])).toEqual([]);
    expect(reviewRefusal('return', 1, 1, [accept])).toBe('already-accepted');
    expect(reviewRefusal('return', 1, 1, [ret])).toBe('already-returned');
  });

  it('a superseded revision takes no decision', () => {
    expect(reviewRefusal('accept', 1, 2, [])).toBe('superseded');
    expect(allowedDecisions(1, 2, [])).toEqual([]);
  });
});
