import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween } from './iso-date.js';
import { shiftYears } from './shift-years.js';
import { REPORT_STATUSES, reportStatus, type ReportStatus } from './report-status.js';

const rank: Record<ReportStatus, number> = { 'not-due': 0, open: 1, draft: 1, late: 2, locked: 3, submitted: 4, returned: 4, accepted: 4, reopened: 4 };
const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDaysIso('2015-01-01', n));

describe('reportStatus properties', () => {
  it('moves only forward in time for a report never submitted: not-due → open/draft → late → locked', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 30 }), day, day, fc.boolean(),
      (from, dueAfter, grace, c1, c2, withDraft) => {
        const period = { coverage: { from, to: addDaysIso(from, 180) }, due: addDaysIso(from, dueAfter), graceDays: grace };
        const draft = withDraft ? { updatedAt: '2015-01-01T00:00:00Z' } : null;
        const [early, late] = c1 <= c2 ? [c1, c2] : [c2, c1];
        const a = reportStatus({ period, clock: early, draft });
        const b = reportStatus({ period, clock: late, draft });
        expect(REPORT_STATUSES).toContain(a.status);
        expect(rank[a.status]).toBeLessThanOrEqual(rank[b.status]);
        if (b.status === 'locked') expect(daysBetween(period.due, late)).toBeGreaterThan(grace);
        if (b.status === 'late') expect(b.lateBy).toBe(daysBetween(period.due, late));
      }));
  });

  it('shifting a date forward then back returns it unless it was 29 February', () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 10 }), (d, n) => {
      const back = shiftYears(shiftYears(d, n), -n);
      if (d.endsWith('-02-29')) expect(back.endsWith('-02-28') || back === d).toBe(true);
      else expect(back).toBe(d);
    }));
  });
});
