/**
 * The logic both stores share, written over a few storage primitives that each implementation
 * provides atomically. The record operations live by concern (packs, drafts, submissions and
 * reviews, assessments and plan progress, pending writes); this class wires them to one
 * {@link Store}.
 */
import { deleteDraft, saveDraft } from './draft-records.js';
import { getPack, listPacks, putPack } from './pack-records.js';
import { deletePackDraft, listPackDrafts, publishPackDraft, putPackDraft, type PublishCommit } from './pack-draft-records.js';
import { PendingWrites } from './pending-writes.js';
import { FORM_KEY_FIELDS, formDataKey } from './record-keys.js';
import { putPlanProgress, saveAssessment } from './assessment-records.js';
import { checkKey, type CasResult, type ReviewAdmission, type StoreContext, type StorePrimitives } from './store-context.js';
import { getSubmissions, importSubmission, listSubmissions, review, submit } from './submission-records.js';
import { importReview, listReviews } from './review-import.js';
import { importReopen, reopen } from './reopen-records.js';
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, PackDraftRecord, PackRecord, PlanProgressRecord, ReopenRecord,
  ReviewRecord, SubmissionKey, SubmissionRecord,
} from './records.js';
import type {
  AssessmentFilter, AssessmentInput, FormDataFilter, PackDraftInput, PackInput, PendingWrite, PlanProgressInput,
  PublishPackOptions, ReopenInput, RetryReport, ReviewFilter, ReviewInput, Store, SubmissionFilter, SubmitInput,
} from './store.js';

/** Options every store takes. */
export interface StoreOptions {
  /** clock for timestamps (tests pass a fixed one); default `() => new Date()` */
  now?: () => Date;
}

/** Shared implementation of {@link Store}; subclasses supply the atomic primitives. */
export abstract class BaseStore implements Store {
  readonly #now: () => Date;
  readonly #pending: PendingWrites;
  readonly #ctx: StoreContext;

  constructor(options: StoreOptions = {}) {
    this.#now = options.now ?? (() => new Date());
    this.#pending = new PendingWrites(() => this.nowIso());
    const db: StorePrimitives = {
      readPack: (id, version) => this.readPack(id, version),
      readPacks: (id) => this.readPacks(id),
      insertPack: (r) => this.insertPack(r),
      readDraft: (k) => this.readDraft(k),
      casDraft: (k, expected, next) => this.casDraft(k, expected, next),
      readDrafts: (f) => this.readDrafts(f),
      readSubmissions: (k) => this.readSubmissions(k),
      readSubmissionsBy: (f) => this.readSubmissionsBy(f),
      insertSubmission: (r) => this.insertSubmission(r),
      insertReview: (r, admit) => this.insertReview(r, admit),
      insertReviewOnce: (r) => this.insertReviewOnce(r),
      readReviews: (f, revision) => this.readReviews(f, revision),
      insertReopen: (r) => this.insertReopen(r),
      insertReopenOnce: (r) => this.insertReopenOnce(r),
      readReopens: (f) => this.readReopens(f),
      readAssessment: (k) => this.readAssessment(k),
      casAssessment: (k, expected, next) => this.casAssessment(k, expected, next),
      readAssessments: (f) => this.readAssessments(f),
      writePlanProgress: (r) => this.writePlanProgress(r),
      readPlanProgress: (packId, packVersion, taskCode) => this.readPlanProgress(packId, packVersion, taskCode),
      readPackDraft: (id, version) => this.readPackDraft(id, version),
      readPackDrafts: () => this.readPackDrafts(),
      casPackDraft: (id, version, expected, next) => this.casPackDraft(id, version, expected, next),
      commitPublish: (record, expected) => this.commitPublish(record, expected),
    };
    this.#ctx = { db, nowIso: () => this.nowIso(), guard: (op, run, replacing) => this.#pending.guard(op, run, replacing) };
  }

  protected abstract readPack(id: string, version: string): Promise<PackRecord | undefined>;
  protected abstract readPacks(id?: string): Promise<PackRecord[]>;
  protected abstract insertPack(record: PackRecord): Promise<PackRecord | undefined>;
  protected abstract readDraft(key: DraftKey): Promise<DraftRecord | undefined>;
  protected abstract casDraft(key: DraftKey, expected: number | undefined, next: DraftRecord | undefined): Promise<CasResult<DraftRecord>>;
  protected abstract readDrafts(filter: FormDataFilter): Promise<DraftRecord[]>;
  protected abstract readSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]>;
  protected abstract readSubmissionsBy(filter: FormDataFilter): Promise<SubmissionRecord[]>;
  protected abstract insertSubmission(record: SubmissionRecord): Promise<SubmissionRecord | undefined>;
  protected abstract insertReview(record: ReviewRecord, admit?: ReviewAdmission): Promise<ReviewRecord>;
  protected abstract insertReviewOnce(record: ReviewRecord): Promise<ReviewRecord | undefined>;
  protected abstract readReviews(filter: FormDataFilter, revision?: number): Promise<ReviewRecord[]>;
  protected abstract insertReopen(record: ReopenRecord): Promise<ReopenRecord>;
  protected abstract insertReopenOnce(record: ReopenRecord): Promise<ReopenRecord | undefined>;
  protected abstract readReopens(filter: FormDataFilter): Promise<ReopenRecord[]>;
  protected abstract readAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined>;
  protected abstract casAssessment(key: AssessmentKey, expected: number, next: AssessmentRecord): Promise<CasResult<AssessmentRecord>>;
  protected abstract readAssessments(filter: AssessmentFilter): Promise<AssessmentRecord[]>;
  protected abstract writePlanProgress(record: PlanProgressRecord): Promise<void>;
  protected abstract readPlanProgress(packId: string, packVersion: string, taskCode?: string): Promise<PlanProgressRecord[]>;
  protected abstract readPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined>;
  protected abstract readPackDrafts(): Promise<PackDraftRecord[]>;
  protected abstract casPackDraft(
    id: string, version: string, expected: number | undefined, next: PackDraftRecord | undefined,
  ): Promise<CasResult<PackDraftRecord>>;
  protected abstract commitPublish(record: PackRecord, expectedDraftRevision: number): Promise<PublishCommit>;
  abstract close(): Promise<void>;

  /** Current time as ISO text. */
  protected nowIso(): string {
    return this.#now().toISOString();
  }

  pendingWrites(): PendingWrite[] {
    return this.#pending.list();
  }

  retryPendingWrites(): Promise<RetryReport> {
    return this.#pending.retry((write) => this.#replay(write));
  }

  #replay({ id, operation: op }: PendingWrite): Promise<unknown> {
    const ctx = this.#ctx;
    switch (op.method) {
      case 'putPack': return putPack(ctx, op.args[0], id);
      case 'saveDraft': return saveDraft(ctx, op.args[0], op.args[1], op.args[2], op.args[3], id);
      case 'deleteDraft': return deleteDraft(ctx, op.args[0], op.args[1], id);
      case 'submit': return submit(ctx, op.args[0], id);
      case 'importSubmission': return importSubmission(ctx, op.args[0], id);
      case 'review': return review(ctx, op.args[0], id);
      case 'importReview': return importReview(ctx, op.args[0], id);
      case 'reopen': return reopen(ctx, op.args[0], id);
      case 'importReopen': return importReopen(ctx, op.args[0], id);
      case 'saveAssessment': return saveAssessment(ctx, op.args[0], op.args[1], id);
      case 'putPlanProgress': return putPlanProgress(ctx, op.args[0], id);
      case 'putPackDraft': return putPackDraft(ctx, op.args[0], op.args[1], id);
      case 'deletePackDraft': return deletePackDraft(ctx, op.args[0], op.args[1], op.args[2], id);
    }
  }

  putPack(input: PackInput): Promise<PackRecord> {
    return putPack(this.#ctx, input);
  }

  getPack(id: string, version?: string): Promise<PackRecord | undefined> {
    return getPack(this.#ctx.db, id, version);
  }

  listPacks(): Promise<PackRecord[]> {
    return listPacks(this.#ctx.db);
  }

  getDraft(key: DraftKey): Promise<DraftRecord | undefined> {
    checkKey(key, FORM_KEY_FIELDS);
    return this.readDraft(formDataKey(key));
  }

  saveDraft(key: DraftKey, data: unknown, expectedRevision: number, options?: { author?: string }): Promise<DraftRecord> {
    return saveDraft(this.#ctx, key, data, expectedRevision, options);
  }

  deleteDraft(key: DraftKey, expectedRevision?: number): Promise<void> {
    return deleteDraft(this.#ctx, key, expectedRevision);
  }

  listDrafts(filter: FormDataFilter = {}): Promise<DraftRecord[]> {
    return this.readDrafts(filter);
  }

  submit(input: SubmitInput): Promise<SubmissionRecord> {
    return submit(this.#ctx, input);
  }

  importSubmission(record: SubmissionRecord): Promise<'added' | 'present'> {
    return importSubmission(this.#ctx, record);
  }

  getSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]> {
    return getSubmissions(this.#ctx.db, key);
  }

  async latestSubmission(key: SubmissionKey): Promise<SubmissionRecord | undefined> {
    const all = await this.getSubmissions(key);
    return all[all.length - 1];
  }

  listSubmissions(filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
    return listSubmissions(this.#ctx.db, filter);
  }

  review(input: ReviewInput): Promise<ReviewRecord> {
    return review(this.#ctx, input);
  }

  getReviews(key: SubmissionKey, revision?: number): Promise<ReviewRecord[]> {
    checkKey(key, FORM_KEY_FIELDS);
    return this.readReviews(formDataKey(key), revision);
  }

  listReviews(filter: ReviewFilter = {}): Promise<ReviewRecord[]> {
    return listReviews(this.#ctx.db, filter);
  }

  importReview(record: ReviewRecord): Promise<'added' | 'present'> {
    return importReview(this.#ctx, record);
  }

  reopen(input: ReopenInput): Promise<ReopenRecord> {
    return reopen(this.#ctx, input);
  }

  importReopen(record: ReopenRecord): Promise<'added' | 'present'> {
    return importReopen(this.#ctx, record);
  }

  listReopens(filter: FormDataFilter = {}): Promise<ReopenRecord[]> {
    return this.readReopens(filter);
  }

  getAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined> {
    return this.readAssessment(key);
  }

  saveAssessment(input: AssessmentInput, expectedRevision: number): Promise<AssessmentRecord> {
    return saveAssessment(this.#ctx, input, expectedRevision);
  }

  listAssessments(filter: AssessmentFilter = {}): Promise<AssessmentRecord[]> {
    return this.readAssessments(filter);
  }

  putPlanProgress(input: PlanProgressInput): Promise<PlanProgressRecord> {
    return putPlanProgress(this.#ctx, input);
  }

  async getPlanProgress(packId: string, packVersion: string, taskCode: string): Promise<PlanProgressRecord | undefined> {
    return (await this.readPlanProgress(packId, packVersion, taskCode))[0];
  }

  listPlanProgress(packId: string, packVersion: string): Promise<PlanProgressRecord[]> {
    return this.readPlanProgress(packId, packVersion);
  }

  putPackDraft(input: PackDraftInput, expectedRevision?: number): Promise<PackDraftRecord> {
    return putPackDraft(this.#ctx, input, expectedRevision);
  }

  getPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined> {
    checkKey({ id, version }, ['id', 'version']);
    return this.readPackDraft(id, version);
  }

  listPackDrafts(): Promise<PackDraftRecord[]> {
    return listPackDrafts(this.#ctx.db);
  }

  deletePackDraft(id: string, version: string, expectedRevision?: number): Promise<void> {
    return deletePackDraft(this.#ctx, id, version, expectedRevision);
  }

  publishPackDraft(id: string, version: string, options: PublishPackOptions): Promise<PackRecord> {
    return publishPackDraft(this.#ctx, id, version, options);
  }
}
