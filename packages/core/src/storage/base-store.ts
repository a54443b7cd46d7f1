/**
 * The logic both stores share (hashing, revision numbering, conflict checks, derived status,
 * pending writes on quota errors), written over a few storage primitives that each
 * implementation provides atomically.
 */
import { contentHash } from './content-hash.js';
import { normalizeJson } from './canonical-json.js';
import { compareSemver } from './semver-compare.js';
import { FORM_KEY_FIELDS, formDataKey, formKeyText } from './record-keys.js';
import { submissionHash } from './submission-hash.js';
import {
  AssessmentConflictError, DraftConflictError, PackVersionConflictError, RecordNotFoundError, StorageFullError,
  StoreError, SubmissionConflictError, isQuotaError,
} from './storage-errors.js';
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, PackRecord, PlanProgressRecord,
  ReviewRecord, SubmissionHashInput, SubmissionKey, SubmissionRecord, SubmissionStatus,
} from './records.js';
import type {
  AssessmentFilter, AssessmentInput, FormDataFilter, PackInput, PendingOperation, PendingWrite, PlanProgressInput,
  RetryReport, ReviewInput, Store, SubmissionFilter, SubmitInput,
} from './store.js';

/** Options every store takes. */
export interface StoreOptions {
  /** clock for timestamps (tests pass a fixed one); default `() => new Date()` */
  now?: () => Date;
}

/** Result of a compare-and-set: ok, or the record that is stored instead. */
export type CasResult<T> = { ok: true } | { ok: false; stored: T | undefined };

function checkKey(key: object, fields: readonly string[]): void {
  for (const f of fields) {
    const v = (key as Record<string, unknown>)[f];
    if (typeof v !== 'string' || v.length === 0) {
      throw new StoreError({ vi: `Thiếu hoặc sai khóa "${f}".`, en: `Missing or invalid key field "${f}".` });
    }
  }
}

function checkRevision(n: unknown): void {
  if (!Number.isInteger(n) || (n as number) < 0) {
    throw new StoreError({ vi: 'Số phiên bản phải là số nguyên không âm.', en: 'A revision must be a non-negative integer.' });
  }
}

function deriveStatus(reviews: ReviewRecord[]): SubmissionStatus {
  const last = reviews[reviews.length - 1];
  if (!last) return 'submitted';
  return last.decision === 'accept' ? 'accepted' : 'returned';
}

function sameOperationTarget(a: PendingOperation, b: PendingOperation): boolean {
  const draftOps = ['saveDraft', 'deleteDraft'];
  if (draftOps.includes(a.method) && draftOps.includes(b.method)) {
    return formKeyText(a.args[0] as DraftKey) === formKeyText(b.args[0] as DraftKey);
  }
  if (a.method === 'saveAssessment' && b.method === 'saveAssessment') {
    const x = a.args[0];
    const y = b.args[0];
    return x.packId === y.packId && x.packVersion === y.packVersion && x.criteriaSetId === y.criteriaSetId && x.ward === y.ward && x.year === y.year;
  }
  if (a.method === 'putPlanProgress' && b.method === 'putPlanProgress') {
    const x = a.args[0];
    const y = b.args[0];
    return x.packId === y.packId && x.packVersion === y.packVersion && x.taskCode === y.taskCode;
  }
  return false;
}

/** Shared implementation of {@link Store}; subclasses supply atomic primitives. */
export abstract class BaseStore implements Store {
  readonly #now: () => Date;
  #pending: PendingWrite[] = [];
  #nextPendingId = 1;

  constructor(options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
  }

  protected abstract readPack(id: string, version: string): Promise<PackRecord | undefined>;
  protected abstract readPacks(id?: string): Promise<PackRecord[]>;
  /** Adds a pack unless the key exists; returns the existing record then. */
  protected abstract insertPack(record: PackRecord): Promise<PackRecord | undefined>;
  protected abstract readDraft(key: DraftKey): Promise<DraftRecord | undefined>;
  /** Atomically: if the stored revision (0 when none) is `expected`, store `next` (delete when undefined). */
  protected abstract casDraft(key: DraftKey, expected: number | undefined, next: DraftRecord | undefined): Promise<CasResult<DraftRecord>>;
  protected abstract readDrafts(filter: FormDataFilter): Promise<DraftRecord[]>;
  /** Revisions of one key, ascending. */
  protected abstract readSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]>;
  protected abstract readSubmissionsBy(filter: FormDataFilter): Promise<SubmissionRecord[]>;
  /** Adds a revision unless key+revision exists; returns the existing record then. */
  protected abstract insertSubmission(record: SubmissionRecord): Promise<SubmissionRecord | undefined>;
  /** Appends a review, assigning `seq`. */
  protected abstract insertReview(record: ReviewRecord): Promise<ReviewRecord>;
  /** Reviews matching the filter (and revision), ascending by seq. */
  protected abstract readReviews(filter: FormDataFilter, revision?: number): Promise<ReviewRecord[]>;
  protected abstract readAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined>;
  protected abstract casAssessment(key: AssessmentKey, expected: number, next: AssessmentRecord): Promise<CasResult<AssessmentRecord>>;
  protected abstract readAssessments(filter: AssessmentFilter): Promise<AssessmentRecord[]>;
  protected abstract writePlanProgress(record: PlanProgressRecord): Promise<void>;
  protected abstract readPlanProgress(packId: string, packVersion: string, taskCode?: string): Promise<PlanProgressRecord[]>;
  abstract close(): Promise<void>;

  /** Current time as ISO text. */
  protected nowIso(): string {
    return this.#now().toISOString();
  }

  /** Runs a write; a quota error keeps the operation pending and becomes a `StorageFullError`. */
  protected async guardWrite<T>(operation: PendingOperation, run: () => Promise<T>, replacing?: number): Promise<T> {
    try {
      const result = await run();
      this.#pending = this.#pending.filter((p) => !sameOperationTarget(p.operation, operation));
      return result;
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      const write: PendingWrite = { id: replacing ?? this.#nextPendingId++, operation: structuredClone(operation), failedAt: this.nowIso() };
      const at = this.#pending.findIndex((p) => p.id === replacing || sameOperationTarget(p.operation, operation));
      if (at >= 0) this.#pending[at] = write;
      else this.#pending.push(write);
      throw new StorageFullError(write.id, error);
    }
  }

  pendingWrites(): PendingWrite[] {
    return structuredClone(this.#pending);
  }

  async retryPendingWrites(): Promise<RetryReport> {
    const report: RetryReport = { written: [], failed: [], remaining: 0 };
    for (const write of [...this.#pending]) {
      if (!this.#pending.some((p) => p.id === write.id)) continue;
      try {
        await this.#replay(write);
        report.written.push(write.id);
        this.#pending = this.#pending.filter((p) => p.id !== write.id);
      } catch (error) {
        if (error instanceof StorageFullError) break;
        this.#pending = this.#pending.filter((p) => p.id !== write.id);
        const messages = error instanceof StoreError ? error.messages : { vi: String(error), en: String(error) };
        report.failed.push({ write, error: messages });
      }
    }
    report.remaining = this.#pending.length;
    return report;
  }

  #replay(write: PendingWrite): Promise<unknown> {
    const op = write.operation;
    switch (op.method) {
      case 'putPack': return this.#putPack(op.args[0], write.id);
      case 'saveDraft': return this.#saveDraft(op.args[0], op.args[1], op.args[2], op.args[3], write.id);
      case 'deleteDraft': return this.#deleteDraft(op.args[0], op.args[1], write.id);
      case 'submit': return this.#submit(op.args[0], write.id);
      case 'importSubmission': return this.#importSubmission(op.args[0], write.id);
      case 'review': return this.#review(op.args[0], write.id);
      case 'saveAssessment': return this.#saveAssessment(op.args[0], op.args[1], write.id);
      case 'putPlanProgress': return this.#putPlanProgress(op.args[0], write.id);
    }
  }

  // ---- packs ----

  putPack(input: PackInput): Promise<PackRecord> {
    return this.#putPack(input);
  }

  async #putPack(input: PackInput, replacing?: number): Promise<PackRecord> {
    checkKey(input, ['id', 'version']);
    const hash = await contentHash(input.source);
    return this.guardWrite({ method: 'putPack', args: [input] }, async () => {
      const record: PackRecord = { id: input.id, version: input.version, source: structuredClone(input.source), hash, savedAt: this.nowIso() };
      const existing = await this.insertPack(record);
      if (!existing) return record;
      if (existing.hash !== hash) throw new PackVersionConflictError(existing);
      return existing;
    }, replacing);
  }

  async getPack(id: string, version?: string): Promise<PackRecord | undefined> {
    if (version !== undefined) return this.readPack(id, version);
    const all = await this.readPacks(id);
    all.sort((a, b) => compareSemver(a.version, b.version));
    return all[all.length - 1];
  }

  async listPacks(): Promise<PackRecord[]> {
    const all = await this.readPacks();
    return all.sort((a, b) => (a.id === b.id ? compareSemver(a.version, b.version) : a.id < b.id ? -1 : 1));
  }

  // ---- drafts ----

  getDraft(key: DraftKey): Promise<DraftRecord | undefined> {
    checkKey(key, FORM_KEY_FIELDS);
    return this.readDraft(formDataKey(key));
  }

  saveDraft(key: DraftKey, data: unknown, expectedRevision: number, options?: { author?: string }): Promise<DraftRecord> {
    return this.#saveDraft(key, data, expectedRevision, options);
  }

  async #saveDraft(key: DraftKey, data: unknown, expectedRevision: number, options?: { author?: string }, replacing?: number): Promise<DraftRecord> {
    checkKey(key, FORM_KEY_FIELDS);
    checkRevision(expectedRevision);
    const clean = normalizeJson(data);
    const args: [DraftKey, unknown, number, { author?: string }?] = options ? [formDataKey(key), clean, expectedRevision, options] : [formDataKey(key), clean, expectedRevision];
    return this.guardWrite({ method: 'saveDraft', args }, async () => {
      const record: DraftRecord = { ...formDataKey(key), data: structuredClone(clean), revision: expectedRevision + 1, updatedAt: this.nowIso() };
      if (options?.author !== undefined) record.author = options.author;
      const r = await this.casDraft(formDataKey(key), expectedRevision, record);
      if (!r.ok) throw new DraftConflictError(r.stored, structuredClone(clean), expectedRevision);
      return record;
    }, replacing);
  }

  deleteDraft(key: DraftKey, expectedRevision?: number): Promise<void> {
    return this.#deleteDraft(key, expectedRevision);
  }

  async #deleteDraft(key: DraftKey, expectedRevision?: number, replacing?: number): Promise<void> {
    checkKey(key, FORM_KEY_FIELDS);
    if (expectedRevision !== undefined) checkRevision(expectedRevision);
    const args: [DraftKey, number?] = expectedRevision === undefined ? [formDataKey(key)] : [formDataKey(key), expectedRevision];
    return this.guardWrite({ method: 'deleteDraft', args }, async () => {
      const r = await this.casDraft(formDataKey(key), expectedRevision, undefined);
      if (!r.ok) throw new DraftConflictError(r.stored, undefined, expectedRevision ?? 0);
    }, replacing);
  }

  listDrafts(filter: FormDataFilter = {}): Promise<DraftRecord[]> {
    return this.readDrafts(filter);
  }

  // ---- submissions ----

  submit(input: SubmitInput): Promise<SubmissionRecord> {
    return this.#submit(input);
  }

  async #submit(input: SubmitInput, replacing?: number): Promise<SubmissionRecord> {
    checkKey(input.key, FORM_KEY_FIELDS);
    checkKey(input, ['cutOffDate', 'author']);
    const key = formDataKey(input.key);
    const data = normalizeJson(input.data);
    const op: PendingOperation = { method: 'submit', args: [{ key, data, cutOffDate: input.cutOffDate, author: input.author }] };
    return this.guardWrite(op, async () => {
      for (let attempt = 0; attempt < 16; attempt++) {
        const revisions = await this.readSubmissions(key);
        const revision = (revisions[revisions.length - 1]?.revision ?? 0) + 1;
        const base: SubmissionHashInput = {
          ...key, revision, data: structuredClone(data), cutOffDate: input.cutOffDate.normalize('NFC'),
          author: input.author.normalize('NFC'), submittedAt: this.nowIso(),
        };
        const record: SubmissionRecord = { ...base, hash: await submissionHash(base), status: 'submitted' };
        if (!(await this.insertSubmission(record))) return record;
      }
      throw new StoreError({ vi: 'Không nộp được: quá nhiều lần nộp đồng thời.', en: 'Could not submit: too many concurrent submissions.' });
    }, replacing);
  }

  importSubmission(record: SubmissionRecord): Promise<'added' | 'present'> {
    return this.#importSubmission(record);
  }

  async #importSubmission(input: SubmissionRecord, replacing?: number): Promise<'added' | 'present'> {
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
    return this.guardWrite({ method: 'importSubmission', args: [record] }, async () => {
      const existing = await this.insertSubmission(record);
      if (!existing) return 'added';
      if (existing.hash === hash) return 'present';
      throw new SubmissionConflictError(existing, record);
    }, replacing);
  }

  async getSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]> {
    checkKey(key, FORM_KEY_FIELDS);
    const k = formDataKey(key);
    const [subs, reviews] = await Promise.all([this.readSubmissions(k), this.readReviews(k)]);
    return this.#withStatus(subs, reviews);
  }

  async latestSubmission(key: SubmissionKey): Promise<SubmissionRecord | undefined> {
    const all = await this.getSubmissions(key);
    return all[all.length - 1];
  }

  async listSubmissions(filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
    const { latestOnly, ...f } = filter;
    const [subs, reviews] = await Promise.all([this.readSubmissionsBy(f), this.readReviews(f)]);
    subs.sort((a, b) => {
      const ka = formKeyText(a);
      const kb = formKeyText(b);
      return ka === kb ? a.revision - b.revision : ka < kb ? -1 : 1;
    });
    const out = latestOnly ? subs.filter((s, i) => i === subs.length - 1 || formKeyText(s) !== formKeyText(subs[i + 1])) : subs;
    return this.#withStatus(out, reviews);
  }

  #withStatus(subs: SubmissionRecord[], reviews: ReviewRecord[]): SubmissionRecord[] {
    const byRevision = new Map<string, ReviewRecord[]>();
    for (const r of reviews) {
      const k = `${formKeyText(r)}\u0000${r.revision}`;
      byRevision.set(k, [...(byRevision.get(k) ?? []), r]);
    }
    return subs.map((s) => ({ ...s, status: deriveStatus(byRevision.get(`${formKeyText(s)}\u0000${s.revision}`) ?? []) }));
  }

  // ---- reviews ----

  review(input: ReviewInput): Promise<ReviewRecord> {
    return this.#review(input);
  }

  async #review(input: ReviewInput, replacing?: number): Promise<ReviewRecord> {
    checkKey(input.key, FORM_KEY_FIELDS);
    if (input.decision !== 'accept' && input.decision !== 'return') {
      throw new StoreError({ vi: 'Quyết định phải là "accept" hoặc "return".', en: 'The decision must be "accept" or "return".' });
    }
    const key = formDataKey(input.key);
    const subs = await this.readSubmissions(key);
    if (!subs.some((s) => s.revision === input.revision)) {
      throw new RecordNotFoundError({
        vi: `Không có lần nộp số ${input.revision} của biểu ${key.formId} (${key.ward}, ${key.period}).`,
        en: `No submission revision ${input.revision} of form ${key.formId} (${key.ward}, ${key.period}).`,
      });
    }
    const args: ReviewInput = { key, revision: input.revision, decision: input.decision, comment: input.comment, reviewer: input.reviewer };
    return this.guardWrite({ method: 'review', args: [args] }, () => this.insertReview({
      ...key, revision: input.revision, decision: input.decision, comment: input.comment.normalize('NFC'),
      reviewer: input.reviewer.normalize('NFC'), at: this.nowIso(),
    }), replacing);
  }

  getReviews(key: SubmissionKey, revision?: number): Promise<ReviewRecord[]> {
    checkKey(key, FORM_KEY_FIELDS);
    return this.readReviews(formDataKey(key), revision);
  }

  // ---- assessments ----

  getAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined> {
    return this.readAssessment(key);
  }

  saveAssessment(input: AssessmentInput, expectedRevision: number): Promise<AssessmentRecord> {
    return this.#saveAssessment(input, expectedRevision);
  }

  async #saveAssessment(input: AssessmentInput, expectedRevision: number, replacing?: number): Promise<AssessmentRecord> {
    checkKey(input, ['packId', 'packVersion', 'criteriaSetId', 'ward']);
    if (!Number.isInteger(input.year)) throw new StoreError({ vi: 'Năm phải là số nguyên.', en: 'The year must be an integer.' });
    checkRevision(expectedRevision);
    const clean = normalizeJson(input) as unknown as AssessmentInput;
    return this.guardWrite({ method: 'saveAssessment', args: [clean, expectedRevision] }, async () => {
      const record: AssessmentRecord = { ...structuredClone(clean), revision: expectedRevision + 1, updatedAt: this.nowIso() };
      const key: AssessmentKey = { packId: input.packId, packVersion: input.packVersion, criteriaSetId: input.criteriaSetId, ward: input.ward, year: input.year };
      const r = await this.casAssessment(key, expectedRevision, record);
      if (!r.ok) throw new AssessmentConflictError(r.stored, structuredClone(clean), expectedRevision);
      return record;
    }, replacing);
  }

  listAssessments(filter: AssessmentFilter = {}): Promise<AssessmentRecord[]> {
    return this.readAssessments(filter);
  }

  // ---- plan progress ----

  putPlanProgress(input: PlanProgressInput): Promise<PlanProgressRecord> {
    return this.#putPlanProgress(input);
  }

  async #putPlanProgress(input: PlanProgressInput, replacing?: number): Promise<PlanProgressRecord> {
    checkKey(input, ['packId', 'packVersion', 'taskCode']);
    if (!['not-started', 'in-progress', 'done'].includes(input.status)) {
      throw new StoreError({ vi: `Trạng thái không hợp lệ: ${String(input.status)}.`, en: `Invalid status: ${String(input.status)}.` });
    }
    const args: PlanProgressInput = { packId: input.packId, packVersion: input.packVersion, taskCode: input.taskCode, status: input.status, note: input.note.normalize('NFC') };
    return this.guardWrite({ method: 'putPlanProgress', args: [args] }, async () => {
      const record: PlanProgressRecord = { ...args, updatedAt: this.nowIso() };
      await this.writePlanProgress(record);
      return record;
    }, replacing);
  }

  async getPlanProgress(packId: string, packVersion: string, taskCode: string): Promise<PlanProgressRecord | undefined> {
    return (await this.readPlanProgress(packId, packVersion, taskCode))[0];
  }

  listPlanProgress(packId: string, packVersion: string): Promise<PlanProgressRecord[]> {
    return this.readPlanProgress(packId, packVersion);
  }
}
