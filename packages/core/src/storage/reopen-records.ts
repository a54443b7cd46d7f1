/**
 * The district's reopenings in a store, and the submission guard they take part in: a
 * submission is checked against the report's policy (`reportPolicy`) when the pack is stored.
 */
import { planPeriod, reportPolicy } from '../calendar/report-policy.js';
import type { PackSource } from '../pack/types.js';
import { FORM_KEY_FIELDS, formDataKey, reportFilter } from './record-keys.js';
import { latestRevision, submissionSummaries } from './report-versions.js';
import { findForbiddenKey } from './canonical-json.js';
import { StoreError, SubmissionRefusedError } from './storage-errors.js';
import { checkKey, type StoreContext } from './store-context.js';
import type { FormDataKey, ReopenRecord } from './records.js';
import type { ReopenInput } from './store.js';

/** Appends a reopening of one report, recording the latest revision at the time. */
export async function reopen(ctx: StoreContext, input: ReopenInput, replacing?: number): Promise<ReopenRecord> {
  checkKey(input.key, FORM_KEY_FIELDS);
  checkKey(input, ['by']);
  const reason = typeof input.reason === 'string' ? input.reason.trim().normalize('NFC') : '';
  if (!reason) {
    throw new StoreError({ vi: 'Hãy ghi lý do mở lại kỳ báo cáo.', en: 'Give the reason for reopening the report.' });
  }
  const key = formDataKey(input.key);
  return ctx.guard({ method: 'reopen', args: [{ key, reason, by: input.by }] }, async () => {
    // the latest revision of the report under any version of the pack id
    const latest = latestRevision(await ctx.db.readSubmissionsBy(reportFilter(key)));
    return ctx.db.insertReopen({
      ...key, reason, by: input.by.normalize('NFC'), at: ctx.nowIso(), afterRevision: latest?.revision ?? null,
    });
  }, replacing);
}

/**
 * Whether two reopenings are the same: same key, reason, author, time and revision after which
 * they were made (`seq` is local to each store and not compared).
 */
export function sameReopen(a: ReopenRecord, b: ReopenRecord): boolean {
  return FORM_KEY_FIELDS.every((f) => a[f] === b[f]) && a.reason === b.reason && a.by === b.by && a.at === b.at
    && a.afterRevision === b.afterRevision;
}

/** The reopening as stored: key fields, texts in NFC, the original time and revision; no `seq`. */
function importedReopen(input: ReopenRecord): ReopenRecord {
  const forbidden = findForbiddenKey(input);
  if (forbidden !== undefined) {
    throw new StoreError({ vi: `Khóa bị cấm tại ${forbidden}.`, en: `Forbidden key at ${forbidden}.` });
  }
  checkKey(input, [...FORM_KEY_FIELDS, 'reason', 'by', 'at']);
  const after = input.afterRevision;
  if (after !== null && (!Number.isInteger(after) || after < 1)) {
    throw new StoreError({
      vi: 'Lần gửi trước khi mở lại phải là số nguyên dương hoặc null.',
      en: 'The revision before a reopening must be a positive integer or null.',
    });
  }
  const reason = input.reason.trim().normalize('NFC');
  if (!reason) throw new StoreError({ vi: 'Hãy ghi lý do mở lại kỳ báo cáo.', en: 'Give the reason for reopening the report.' });
  return { ...formDataKey(input), reason, by: input.by.normalize('NFC'), at: input.at, afterRevision: after };
}

/**
 * Adds a reopening made elsewhere (the district's file), keeping its identity and time. The
 * report need not have a submission here (a locked period can be reopened without one).
 * @returns `added`, or `present` when the same reopening is already stored
 * @throws {StoreError} on a malformed record or a forbidden key
 */
export async function importReopen(ctx: StoreContext, input: ReopenRecord, replacing?: number): Promise<'added' | 'present'> {
  const record = importedReopen(input);
  return ctx.guard({ method: 'importReopen', args: [record] }, async () => (await ctx.db.insertReopenOnce(record) ? 'present' : 'added'), replacing);
}

/** The pack source of a stored pack when it has a calendar and forms (else the guard does not apply). */
function packWithCalendar(source: unknown): Pick<PackSource, 'calendar' | 'forms'> | undefined {
  const s = source as Partial<PackSource> | null;
  return s && typeof s === 'object' && Array.isArray(s.forms) && Array.isArray(s.calendar?.periods) && Array.isArray(s.calendar?.periodKinds)
    ? { calendar: s.calendar, forms: s.forms }
    : undefined;
}

/**
 * Refuses a submission the report's policy does not allow at the store's clock; allows every
 * submission when the key's pack version is not in the store.
 * @throws {SubmissionRefusedError} with the policy's refusal and reason
 */
export async function checkSubmission(ctx: StoreContext, key: FormDataKey): Promise<void> {
  const pack = packWithCalendar((await ctx.db.readPack(key.packId, key.packVersion))?.source);
  if (!pack) return;
  // the report under every version of the pack id: an accepted report is final whatever version
  // it was made under, and a reopening under any version opens it
  const report = reportFilter(key);
  const [subs, reviews, reopens] = await Promise.all([ctx.db.readSubmissionsBy(report), ctx.db.readReviews(report), ctx.db.readReopens(report)]);
  const policy = reportPolicy({
    period: planPeriod(pack, key.formId, key.period), clock: new Date(ctx.nowIso()), submissions: submissionSummaries(subs, reviews), reopens,
  });
  if (policy.refusal && policy.reason) throw new SubmissionRefusedError(policy.refusal, policy.reason);
}
