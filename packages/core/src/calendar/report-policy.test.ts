import { describe, expect, it } from 'vitest';
import { planPeriod, reportPolicy, type ReportPolicy } from './report-policy.js';
import type { ReopenSummary, SubmissionSummary } from './report-status.js';
import { buildPack } from './test-helpers.js';

const pack = buildPack();
const q1 = planPeriod(pack, 'b02', '2018-Q1')!; // due 2018-03-15, 3 grace days → locked from 2018-03-19
const sub = (revision: number, status: SubmissionSummary['status'] = 'submitted', decidedAt?: string): SubmissionSummary =>
  ({ revision, submittedAt: `2018-03-0${revision}T03:00:00.000Z`, status, ...(decidedAt ? { decidedAt } : {}) });
const reopen = (afterRevision: number | null, at = '2018-05-16T03:00:00.000Z'): ReopenSummary =>
  ({ afterRevision, reason: 'Phường mất mạng cuối kỳ', by: 'Phòng LĐTB&XH', at });
const shape = (p: ReportPolicy) => [p.status, p.editable, p.canSubmit, p.canRevise, p.refusal];

describe('planPeriod', () => {
  it('is the period when the form is filed for its kind, else null', () => {
    expect(q1.id).toBe('2018-Q1');
    expect(planPeriod(pack, 'b01', '2018-Q1')).toBe(null); // b01 is filed for H1 and Y only
    expect(planPeriod(pack, 'b02', '2019-H1')).toBe(null); // not in the calendar
    expect(planPeriod(pack, 'b99', '2018-Q1')).toBe(null);
  });
});

describe('reportPolicy', () => {
  const cases: [string, Parameters<typeof reportPolicy>[0], ReturnType<typeof shape>][] = [
    ['open before due', { period: q1, clock: '2018-03-10' }, ['open', true, true, false, null]],
    ['late within the grace days', { period: q1, clock: '2018-03-18' }, ['late', true, true, false, null]],
    ['locked after due + grace', { period: q1, clock: '2018-05-16' }, ['locked', false, false, false, 'period-locked']],
    ['locked, with a draft', { period: q1, clock: '2018-05-16', draft: { updatedAt: '2018-03-01T00:00:00Z' } }, ['locked', false, false, false, 'period-locked']],
    ['reopened by the district while locked', { period: q1, clock: '2018-05-16', reopens: [reopen(null)] }, ['reopened', true, true, false, null]],
    ['submitted, awaiting review: revise first', { period: q1, clock: '2018-03-10', submissions: [sub(1)] }, ['submitted', false, true, true, null]],
    ['submitted, a revision draft in progress', {
      period: q1, clock: '2018-03-10', submissions: [sub(1)], draft: { updatedAt: '2018-03-05T00:00:00Z' },
    }, ['submitted', true, true, false, null]],
    ['submitted, past due + grace', { period: q1, clock: '2018-05-16', submissions: [sub(1)] }, ['submitted', false, false, false, 'period-locked']],
    ['returned: editable even when locked', { period: q1, clock: '2018-05-16', submissions: [sub(1, 'returned')] }, ['returned', true, true, false, null]],
    ['accepted is final', { period: q1, clock: '2018-03-10', submissions: [sub(1, 'accepted', '2018-03-09T00:00:00Z')] }, ['accepted', false, false, false, 'accepted-final']],
    ['accepted, reopened after the accept', {
      period: q1, clock: '2018-05-16', submissions: [sub(1, 'accepted', '2018-03-09T00:00:00Z')], reopens: [reopen(1)],
    }, ['reopened', true, true, false, null]],
    ['a reopening ends with the next submission', {
      period: q1, clock: '2018-05-16', submissions: [sub(1, 'accepted'), sub(2)], reopens: [reopen(1)],
    }, ['submitted', false, false, false, 'period-locked']],
    ['a reopening ends with a later decision', {
      period: q1, clock: '2018-05-16', submissions: [sub(1, 'accepted', '2018-05-17T00:00:00Z')], reopens: [reopen(1)],
    }, ['accepted', false, false, false, 'accepted-final']],
    ['not in the plan', { period: null, clock: '2018-03-10' }, [null, false, false, false, 'period-unknown']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(shape(reportPolicy(input))).toEqual(expected));
  }

  it('says why in Vietnamese first, with dates as dd/mm/yyyy and no codes', () => {
    const locked = reportPolicy({ period: q1, clock: '2018-05-16' }).reason!;
    expect(locked.vi).toBe('Kỳ báo cáo đã khóa: hạn nộp 15/03/2018, được gia hạn đến hết ngày 18/03/2018. Báo cáo chỉ để xem; quận có thể mở lại kỳ này cho phường.');
    expect(locked.en).toContain('locked');
    const accepted = reportPolicy({ period: q1, clock: '2018-03-10', submissions: [sub(2, 'accepted')] }).reason!;
    expect(accepted.vi).toContain('Quận đã chấp nhận báo cáo (lần gửi 2)');
    const unknown = reportPolicy({ period: null, clock: '2018-03-10' }).reason!;
    expect(unknown.vi).toContain('không có trong lịch báo cáo');
    expect(unknown.vi).not.toMatch(/H1|Q1|2019/);
    expect(reportPolicy({ period: q1, clock: '2018-03-10' }).reason).toBe(null);
  });

  it('names the reopening in force', () => {
    const p = reportPolicy({ period: q1, clock: '2018-05-16', reopens: [reopen(null, '2018-05-01T00:00:00Z'), reopen(null)] });
    expect(p.report?.reopen?.at).toBe('2018-05-16T03:00:00.000Z');
  });
});
