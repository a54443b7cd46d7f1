/**
 * Submissions and reviews in a store: revisions are appended, never rewritten; the status of a
 * revision derives from its latest review.
 */
import { normalizeJson } from './canonical-json.js';
import { FORM_KEY_FIELDS, formDataKey, formKeyText, reportFilter } from './record-keys.js';
import { compareRevisions, latestRevision } from './report-versions.js';
import { submissionHash } from './submission-hash.js';
import { checkSubmission } from './reopen-records.js';
import { RecordNotFoundError, ReviewRefusedError, StoreError, SubmissionConflictError } from './storage-errors.js';
import { reviewRefusal } from './review-rules.js';
import { checkKey, type StoreContext, type StorePrimitives } from './store-context.js';
import type { ReviewRecord, SubmissionHashInput, SubmissionKey, SubmissionRecord, SubmissionStatus } from './records.js';
import type { PendingOperation, ReviewInput, SubmissionFilter, SubmitInput } from './store.js';

function deriveStatus(reviews: ReviewRecord[]): SubmissionStatus {
  const last = reviews[reviews.length - 1];
  if (!last) return 'submitted';
  return last.decision === 'accept' ? 'accepted' : 'returned';
}

function withStatus(subs: SubmissionRecord[], reviews: ReviewRecord[]): SubmissionRecord[] {
  const byRevision = new Map<string, ReviewRecord[]>();
  for (const r of reviews) {
    const k = `${formKeyText(r)}\u0000${r.revision}`;
    byRevision.set(k, [...(byRevision.get(k) ?? []), r]);
  }
  return subs.map((s) => ({ ...s, status: deriveStatus(byRevision.get(`${formKeyText(s)}\u0000${s.revision}`) ?? []) }));
}

/** Appends the next revision (canonical data, hashed), when the report's policy allows it (see `checkSubmission`). */
export async function submit(ctx: StoreContext, input: SubmitInput, replacing?: number): Promise<SubmissionRecord> {
  checkKey(input.key, FORM_KEY_FIELDS);
  checkKey(input, ['cutOffDate', 'author']);
  const key = formDataKey(input.key);
  const data = normalizeJson(input.data);
  const op: PendingOperation = { method: 'submit', args: [{ key, data, cutOffDate: input.cutOffDate, author: input.author }] };
  return ctx.guard(op, async () => {
    await checkSubmission(ctx, key);
    for (let attempt = 0; attempt < 16; attempt++) {
      // revisions are numbered across the versions of the pack id: one report, one sequence
      const revisions = await ctx.db.readSubmissionsBy(reportFilter(key));
      const revision = revisions.reduce((n, r) => Math.max(n, r.revision), 0) + 1;
      const base: SubmissionHashInput = {
        ...key, revision, data: structuredClone(data), cutOffDate: input.cutOffDate.normalize('NFC'),
        author: input.author.normalize('NFC'), submittedAt: ctx.nowIso(),
      };
      const record: SubmissionRecord = { ...base, hash: await submissionHash(base), status: 'submitted' };
      if (!(await ctx.db.insertSubmission(record))) return record;
    }
    throw new StoreError({ vi: 'Không nộp được: quá nhiều lần nộp đồng thời.', en: 'Could not submit: too many concurrent submissions.' });
  }, replacing);
}

/** Imports a revision made elsewhere after checking its hash. */
export async function importSubmission(ctx: StoreContext, input: SubmissionRecord, replacing?: number): Promise<'added' | 'present'> {
  checkKey(input, [...FORM_KEY_FIELDS, 'cutOffDate', 'author', 'submittedAt']);
  if (!Number.isInteger(input.revision) || input.revision < 1) {
    throw new StoreError({ vi: 'Số lần nộp phải là số nguyên dương.', en: 'A submission revision must be a positive integer.' });
  }
  const base: SubmissionHashInput = {
    ...formDataKey(input), revision: input.revision, data: normalizeJson(input.data),
    cutOffDate: input.cutOffDate, author: input.author, submittedAt: input.submittedAt,
  };
  const hash = await submissionHash(base);
  if (hash !== input.hash) {
    throw new StoreError({
      vi: 'Mã băm không khớp với nội dung: dữ liệu đã bị sửa sau khi nộp.',
      en: 'The hash does not match the content: the data was altered after submission.',
    });
  }
  const record: SubmissionRecord = { ...base, hash, status: 'submitted' };
  return ctx.guard({ method: 'importSubmission', args: [record] }, async () => {
    const existing = await ctx.db.insertSubmission(record);
    if (!existing) return 'added';
    if (existing.hash === hash) return 'present';
    throw new SubmissionConflictError(existing, record);
  }, replacing);
}

/** Every revision of one key with its derived status, ascending. */
export async function getSubmissions(db: StorePrimitives, key: SubmissionKey): Promise<SubmissionRecord[]> {
  checkKey(key, FORM_KEY_FIELDS);
  const k = formDataKey(key);
  const [subs, reviews] = await Promise.all([db.readSubmissions(k), db.readReviews(k)]);
  return withStatus(subs, reviews);
}

/** Revisions matching the filter, by key then revision; `latestOnly` keeps one per key. */
export async function listSubmissions(db: StorePrimitives, filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
  const { latestOnly, ...f } = filter;
  const [subs, reviews] = await Promise.all([db.readSubmissionsBy(f), db.readReviews(f)]);
  subs.sort((a, b) => {
    const ka = formKeyText(a);
    const kb = formKeyText(b);
    return ka === kb ? a.revision - b.revision : ka < kb ? -1 : 1;
  });
  const out = latestOnly ? subs.filter((s, i) => i === subs.length - 1 || formKeyText(s) !== formKeyText(subs[i + 1])) : subs;
  return withStatus(out, reviews);
}

/**
 * Appends a review of an existing revision, when the lifecycle allows it (see `review-rules.ts`):
 * checked in the write's transaction, so two quick clicks never record two decisions.
 * @throws {RecordNotFoundError} when there is no such revision
 * @throws {ReviewRefusedError} when the revision is superseded, accepted, or returned and returned again
 */
export async function review(ctx: StoreContext, input: ReviewInput, replacing?: number): Promise<ReviewRecord> {
  checkKey(input.key, FORM_KEY_FIELDS);
  if (input.decision !== 'accept' && input.decision !== 'return') {
    throw new StoreError({ vi: 'Quyết định phải là "accept" hoặc "return".', en: 'The decision must be "accept" or "return".' });
  }
  const key = formDataKey(input.key);
  const admit = (revisions: SubmissionRecord[], reviewsOfRevision: ReviewRecord[]): void => {
    if (!revisions.some((s) => s.revision === input.revision)) {
      throw new RecordNotFoundError({
        vi: `Không có lần nộp số ${input.revision} của biểu ${key.formId} (${key.ward}, ${key.period}).`,
        en: `No submission revision ${input.revision} of form ${key.formId} (${key.ward}, ${key.period}).`,
      });
    }
    const latest = revisions[revisions.length - 1].revision;
    const refusal = reviewRefusal(input.decision, input.revision, latest, reviewsOfRevision);
    if (refusal) throw new ReviewRefusedError(refusal, input.revision, latest);
  };
  const args: ReviewInput = { key, revision: input.revision, decision: input.decision, comment: input.comment, reviewer: input.reviewer };
  return ctx.guard({ method: 'review', args: [args] }, async () => {
    await refuseSupersededAcrossVersions(ctx, key, input.revision);
    return ctx.db.insertReview({
    ...key, revision: input.revision, decision: input.decision, comment: input.comment.normalize('NFC'),
    reviewer: input.reviewer.normalize('NFC'), at: ctx.nowIso(),
    }, admit);
  }, replacing);
}

/**
 * Refuses a review of a revision that a later revision of the same report, made under another
 * version of the pack id, supersedes (the store's write checks the revisions of the key's own
 * version atomically; see `admit`).
 */
async function refuseSupersededAcrossVersions(ctx: StoreContext, key: SubmissionKey, revision: number): Promise<void> {
  const all = await ctx.db.readSubmissionsBy(reportFilter(key));
  const target = all.find((s) => s.packVersion === key.packVersion && s.revision === revision);
  const latest = latestRevision(all);
  if (target && latest && latest.packVersion !== key.packVersion && compareRevisions(latest, target) > 0) {
    throw new ReviewRefusedError('superseded', revision, latest.revision);
  }
}
