import { describe, expect, it } from 'vitest';
import { periodById } from './periods-of-year.js';
import { reportStatus, type SubmissionSummary } from './report-status.js';
import { buildPack } from './test-helpers.js';

const pack = buildPack();
const h1 = periodById(pack, '2018-H1'); // due 2018-05-15, 7 grace days → lock 2018-05-22
const adhoc = periodById(pack, '2018-ADHOC');
const sub = (revision: number, submittedAt: string, status: SubmissionSummary['status'] = 'submitted'): SubmissionSummary =>
  ({ revision, submittedAt, status });

describe('reportStatus', () => {
  it('is late the day after the H1 due date for a ward that has not submitted', () => {
    const r = reportStatus({ period: h1, clock: '2018-05-16', submissions: [] });
    expect(r).toMatchObject({ status: 'late', hasDraft: false, dueIn: -1, lateBy: 1, revision: null, submittedLate: null });
  });

  it('takes a Date clock as its local day', () => {
    expect(reportStatus({ period: h1, clock: new Date(2018, 4, 16, 0, 1) }).status).toBe('late');
    expect(reportStatus({ period: h1, clock: new Date(2018, 4, 15, 23, 59) }).status).toBe('open');
  });

  it('is still open on the due day itself (due day inclusive)', () => {
    expect(reportStatus({ period: h1, clock: '2018-05-15' })).toMatchObject({ status: 'open', dueIn: 0, lateBy: null });
  });

  it('locks after the grace days, not before, unless unlocked', () => {
    expect(reportStatus({ period: h1, clock: '2018-05-22' }).status).toBe('late');
    expect(reportStatus({ period: h1, clock: '2018-05-23' })).toMatchObject({ status: 'locked', lateBy: 8 });
    expect(reportStatus({ period: h1, clock: '2018-05-23', unlocked: true }).status).toBe('late');
    expect(reportStatus({ period: h1, clock: '2019-01-01', unlocked: true }).status).toBe('late');
  });

  it('locks the day after due when there is no grace', () => {
    const p = { coverage: h1.coverage, due: '2018-05-15' };
    expect(reportStatus({ period: p, clock: '2018-05-16' }).status).toBe('locked');
  });

  it('is not-due before the coverage starts, then open, then draft', () => {
    expect(reportStatus({ period: h1, clock: '2017-12-31' })).toMatchObject({ status: 'not-due', dueIn: 135 });
    expect(reportStatus({ period: h1, clock: '2018-01-01' }).status).toBe('open');
    const draft = { updatedAt: '2018-04-01T08:00:00Z' };
    expect(reportStatus({ period: h1, clock: '2018-04-02', draft })).toMatchObject({ status: 'draft', hasDraft: true });
    expect(reportStatus({ period: h1, clock: '2017-12-31', draft }).status).toBe('draft');
  });

  it('reports a draft past due as late with hasDraft, and locked after the grace', () => {
    const draft = { updatedAt: '2018-05-10T08:00:00Z' };
    expect(reportStatus({ period: h1, clock: '2018-05-20', draft })).toMatchObject({ status: 'late', hasDraft: true, lateBy: 5 });
    expect(reportStatus({ period: h1, clock: '2018-06-01', draft })).toMatchObject({ status: 'locked', hasDraft: true });
  });

  it('lets the latest revision decide among submitted, accepted, returned', () => {
    const clock = '2018-05-10';
    expect(reportStatus({ period: h1, clock, submissions: [sub(1, '2018-05-01T03:00:00Z')] }))
      .toMatchObject({ status: 'submitted', revision: 1, submittedLate: false, lateBy: null });
    expect(reportStatus({ period: h1, clock, submissions: [sub(2, '2018-05-09', 'accepted'), sub(1, '2018-05-01', 'returned')] }))
      .toMatchObject({ status: 'accepted', revision: 2 });
    expect(reportStatus({ period: h1, clock, submissions: [sub(1, '2018-05-01', 'returned')] }).status).toBe('returned');
  });

  it('keeps a returned report returned after the due date and the lock', () => {
    const r = reportStatus({ period: h1, clock: '2018-07-01', submissions: [sub(1, '2018-05-14', 'returned')],
      draft: { updatedAt: '2018-06-01T00:00:00Z' } });
    expect(r).toMatchObject({ status: 'returned', hasDraft: true, lateBy: null, submittedLate: false });
  });

  it('flags a submission made after the due date and drops a draft older than it', () => {
    const r = reportStatus({ period: h1, clock: '2018-06-01', submissions: [sub(1, '2018-05-18T02:00:00Z')],
      draft: { updatedAt: '2018-05-17T00:00:00Z' } });
    expect(r).toMatchObject({ status: 'submitted', submittedLate: true, hasDraft: false });
  });

  it('never makes an ad-hoc period late or locked', () => {
    expect(reportStatus({ period: adhoc, clock: '2030-01-01' })).toMatchObject({ status: 'open', dueIn: null, lateBy: null });
    expect(reportStatus({ period: adhoc, clock: '2030-01-01', draft: { updatedAt: '2029-01-01' } }).status).toBe('draft');
    expect(reportStatus({ period: adhoc, clock: '2017-06-01' }).status).toBe('not-due');
  });
});
