/**
 * What a ward may do with one report (form × ward × period) at a given clock: open it, edit it,
 * submit it or revise it. The one rule every embedding gets: the store refuses a submission the
 * policy refuses, and `<fp-form>` shows the report read-only with the policy's reason.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { PackSource } from '../pack/types.js';
import { addDaysIso, daysBetween, formatDisplayDate, toCalendarDate } from './iso-date.js';
import { periodsOfYear, type ScheduledPeriod } from './periods-of-year.js';
import { reportStatus, type ReportStatus, type ReportStatusInput, type ReportStatusResult, type StatusPeriod } from './report-status.js';

/** Why a submission is refused. */
export type SubmissionRefusal = 'period-unknown' | 'period-locked' | 'accepted-final';

/** Input of {@link reportPolicy}: a report status input whose period may be missing from the plan. */
export interface ReportPolicyInput extends Omit<ReportStatusInput, 'period'> {
  /** the period, or null when the form × period is not in the pack's calendar (see {@link planPeriod}) */
  period: StatusPeriod | null;
}

/** What the ward may do with a report. */
export interface ReportPolicy {
  /** the report's status; null when the period is not in the plan */
  status: ReportStatus | null;
  /** the full status result; null when the period is not in the plan */
  report: ReportStatusResult | null;
  /** the form opens editable (and autosaves) without a further step */
  editable: boolean;
  /** a submission is accepted now (the store refuses it otherwise) */
  canSubmit: boolean;
  /** submitted and awaiting review: the ward may choose "Sửa và gửi lại" (a new draft on the last revision) */
  canRevise: boolean;
  /** why nothing may be submitted; null when a submission is accepted */
  refusal: SubmissionRefusal | null;
  /** the refusal in words, Vietnamese first; null when there is none */
  reason: Bilingual | null;
}

/**
 * The period of the pack's calendar a form is filed for: the period must be in the calendar and
 * its kind among the form's `x-fp-period-kinds`.
 * @returns the scheduled period, or null when the form × period is not in the plan (or the form is unknown)
 * @example
 * ```ts
 * planPeriod(tayHo2018, 'bieu-02', '2019-H1'); // null
 * ```
 */
export function planPeriod(pack: Pick<PackSource, 'calendar' | 'forms'>, formId: string, periodId: string): ScheduledPeriod | null {
  const form = pack.forms.find((f) => f['x-fp-id'] === formId);
  const period = periodsOfYear(pack).find((p) => p.id === periodId);
  if (!form || !period) return null;
  return Array.isArray(form['x-fp-period-kinds']) && form['x-fp-period-kinds'].includes(period.kind) ? period : null;
}

/** The day after which a period is locked (due + grace); null when ad hoc. */
function lockDateOf(period: StatusPeriod): string | null {
  return period.due === null ? null : addDaysIso(period.due, period.graceDays ?? 0);
}

function refusalReason(refusal: SubmissionRefusal, period: StatusPeriod | null, report: ReportStatusResult | null): Bilingual {
  switch (refusal) {
    case 'period-unknown':
      return {
        vi: 'Kỳ báo cáo này không có trong lịch báo cáo của biểu mẫu, nên không mở và không gửi được.',
        en: 'This reporting period is not in the form\'s reporting calendar, so it cannot be opened or submitted.',
      };
    case 'period-locked': {
      const due = period?.due ? formatDisplayDate(period.due) : '';
      const lock = period ? lockDateOf(period) : null;
      const until = lock ? formatDisplayDate(lock) : due;
      return {
        vi: `Kỳ báo cáo đã khóa: hạn nộp ${due}, được gia hạn đến hết ngày ${until}. Báo cáo chỉ để xem; quận có thể mở lại kỳ này cho phường.`,
        en: `The reporting period is locked: due ${due}, grace until the end of ${until}. The report is read-only; the district can reopen the period for the ward.`,
      };
    }
    case 'accepted-final':
      return {
        vi: `Quận đã chấp nhận báo cáo (lần gửi ${report?.revision ?? ''}): đây là bản cuối cùng, không sửa và không gửi lại được, trừ khi quận mở lại.`,
        en: `The district accepted the report (revision ${report?.revision ?? ''}): it is final and cannot be changed or resubmitted unless the district reopens it.`,
      };
  }
}

/**
 * Decides what the ward may do with a report:
 *
 * | status | editable | canSubmit | canRevise | refusal |
 * |---|---|---|---|---|
 * | period not in the plan | no | no | no | `period-unknown` |
 * | `locked` (past due + grace, never submitted) | no | no | no | `period-locked` |
 * | `submitted`, past due + grace | no | no | no | `period-locked` |
 * | `accepted` | no | no | no | `accepted-final` |
 * | `submitted`, a newer draft (revision in progress) | yes | yes | no | – |
 * | `submitted`, no newer draft | no | yes | yes | – |
 * | `reopened`, `returned`, `late`, `draft`, `open`, `not-due` | yes | yes | no | – |
 *
 * A district reopening (`reopens`, status `reopened`) lifts the lock and the finality of an
 * acceptance until the ward's next submission.
 * @param input the period (null when not in the plan), clock, draft, submissions, reopenings
 * @returns the policy, with the refusal in words
 * @example
 * ```ts
 * reportPolicy({ period: q1, clock: '2018-05-16' }); // { status: 'locked', editable: false, refusal: 'period-locked', … }
 * ```
 */
export function reportPolicy(input: ReportPolicyInput): ReportPolicy {
  const { period } = input;
  const refuse = (refusal: SubmissionRefusal, report: ReportStatusResult | null): ReportPolicy => ({
    status: report?.status ?? null, report, editable: false, canSubmit: false, canRevise: false, refusal,
    reason: refusalReason(refusal, period, report),
  });
  if (!period) return refuse('period-unknown', null);
  const report = reportStatus({ ...input, period });
  const allow = (editable: boolean, canRevise = false): ReportPolicy => ({
    status: report.status, report, editable, canSubmit: true, canRevise, refusal: null, reason: null,
  });
  switch (report.status) {
    case 'accepted':
      return refuse('accepted-final', report);
    case 'locked':
      return refuse('period-locked', report);
    case 'submitted': {
      const lock = lockDateOf(period);
      if (lock !== null && daysBetween(lock, toCalendarDate(input.clock)) > 0 && input.unlocked !== true) {
        return refuse('period-locked', report);
      }
      return allow(report.hasDraft, !report.hasDraft);
    }
    default:
      return allow(true);
  }
}
