/**
 * A small criteria set for scoring tests (shaped like QĐ 34/2014 but not its real content).
 */
import type { CriteriaSet, Criterion, Indicator } from '../pack/types.js';

const proposed = { status: 'proposed' as const, note: 'test fixture' };

function ind(code: string, maxPoints: number, scoring: Indicator['scoring'], binding?: string): Indicator {
  return { code, title: { vi: code }, maxPoints, scoring, provenance: proposed, ...(binding ? { binding } : {}) };
}

function crit(code: string, maxPoints: number, indicators: Indicator[], minPoints?: number): Criterion {
  return { code, title: { vi: code }, maxPoints, indicators, provenance: proposed, ...(minPoints !== undefined ? { minPoints } : {}) };
}

/**
 * A 1000-point set: TC1 points (400), TC2 birth registration ≥ 98 % (300), TC3 no abuse (count-max 0, 200),
 * TC4 boolean (100). Thresholds: city-ward 850, rural 750.
 * @returns a fresh criteria set
 */
export function testCriteria(): CriteriaSet {
  return {
    id: 'test-set',
    title: { vi: 'Bộ tiêu chí thử' },
    legalBasis: 'test',
    maxPoints: 1000,
    criteria: [
      crit('TC1', 400, [ind('TC1_1', 400, { kind: 'points' })]),
      crit('TC2', 300, [ind('TC2_1', 300, { kind: 'percent-threshold', op: '>=', target: 98 }, 'bieu_06.so_lieu.khai_sinh.ty_le')]),
      crit('TC3', 200, [ind('TC3_1', 200, { kind: 'count-max', target: 0 }, 'forms.bieu_02.so_lieu.HCDB_04.tong_so')]),
      crit('TC4', 100, [ind('TC4_1', 50, { kind: 'boolean' }), ind('TC4_2', 50, { kind: 'percent-threshold', op: '<', target: 2 })]),
    ],
    recognition: {
      thresholds: [
        { localityClass: 'city-ward', label: { vi: 'Phường thuộc quận' }, minTotal: 850, provenance: proposed },
        { localityClass: 'rural', label: { vi: 'Xã' }, minTotal: 750, provenance: proposed },
      ],
      allCriteriaMet: true,
      noZeroCriterion: true,
    },
    provenance: proposed,
  };
}
