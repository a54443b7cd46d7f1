/**
 * What the record operations of a store are written over: the atomic storage primitives each
 * implementation provides, the clock, and the pending-write guard; plus the shared input checks.
 */
import { StoreError } from './storage-errors.js';
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, PackDraftRecord, PackRecord, PlanProgressRecord, ReopenRecord,
  ReviewRecord, SubmissionKey, SubmissionRecord,
} from './records.js';
import type { PublishCommit } from './pack-draft-records.js';
import type { AssessmentFilter, FormDataFilter, PendingOperation } from './store.js';

/** Result of a compare-and-set: ok, or the record that is stored instead. */
export type CasResult<T> = { ok: true } | { ok: false; stored: T | undefined };

/** Checks a review against what is stored, in the write's transaction; throws to refuse it. */
export type ReviewAdmission = (revisions: SubmissionRecord[], reviewsOfRevision: ReviewRecord[]) => void;

/** The atomic storage primitives a store implementation provides. */
export interface StorePrimitives {
  readPack(id: string, version: string): Promise<PackRecord | undefined>;
  readPacks(id?: string): Promise<PackRecord[]>;
  /** Adds a pack unless the key exists; returns the existing record then. */
  insertPack(record: PackRecord): Promise<PackRecord | undefined>;
  readDraft(key: DraftKey): Promise<DraftRecord | undefined>;
  /** Atomically: if the stored revision (0 when none) is `expected`, store `next` (delete when undefined). */
  casDraft(key: DraftKey, expected: number | undefined, next: DraftRecord | undefined): Promise<CasResult<DraftRecord>>;
  readDrafts(filter: FormDataFilter): Promise<DraftRecord[]>;
  /** Revisions of one key, ascending. */
  readSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]>;
  readSubmissionsBy(filter: FormDataFilter): Promise<SubmissionRecord[]>;
  /** Adds a revision unless key+revision exists; returns the existing record then. */
  insertSubmission(record: SubmissionRecord): Promise<SubmissionRecord | undefined>;
  /**
   * Appends a review, assigning `seq`. Atomically with the write, `admit` (when given) is called
   * with the key's revisions (ascending) and the reviews of the record's revision; it throws to
   * refuse, and then nothing is written.
   */
  insertReview(record: ReviewRecord, admit?: ReviewAdmission): Promise<ReviewRecord>;
  /** Appends a review unless the same review (see `sameReview`) is stored; returns that one then. */
  insertReviewOnce(record: ReviewRecord): Promise<ReviewRecord | undefined>;
  /** Reviews matching the filter (and revision), ascending by seq. */
  readReviews(filter: FormDataFilter, revision?: number): Promise<ReviewRecord[]>;
  /** Appends a reopening, assigning `seq`. */
  insertReopen(record: ReopenRecord): Promise<ReopenRecord>;
  /** Appends a reopening unless the same one (see `sameReopen`) is stored; returns that one then. */
  insertReopenOnce(record: ReopenRecord): Promise<ReopenRecord | undefined>;
  /** Reopenings matching the filter, ascending by seq. */
  readReopens(filter: FormDataFilter): Promise<ReopenRecord[]>;
  readAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined>;
  casAssessment(key: AssessmentKey, expected: number, next: AssessmentRecord): Promise<CasResult<AssessmentRecord>>;
  readAssessments(filter: AssessmentFilter): Promise<AssessmentRecord[]>;
  writePlanProgress(record: PlanProgressRecord): Promise<void>;
  readPlanProgress(packId: string, packVersion: string, taskCode?: string): Promise<PlanProgressRecord[]>;
  readPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined>;
  readPackDrafts(): Promise<PackDraftRecord[]>;
  /** Atomically: if the stored revision (0 when none) is `expected`, store `next` (delete when undefined). */
  casPackDraft(id: string, version: string, expected: number | undefined, next: PackDraftRecord | undefined): Promise<CasResult<PackDraftRecord>>;
  /**
   * Atomically: if the draft of `record.id` + `record.version` still has `expectedDraftRevision`,
   * add the pack (unless the same hash is stored: then keep that one) and delete the draft.
   */
  commitPublish(record: PackRecord, expectedDraftRevision: number): Promise<PublishCommit>;
}

/** The primitives, the clock and the write guard, as the record operations get them. */
export interface StoreContext {
  readonly db: StorePrimitives;
  /** current time as ISO text */
  nowIso(): string;
  /** runs a write; a quota error keeps `operation` pending (replacing the pending write `replacing`) */
  guard<T>(operation: PendingOperation, run: () => Promise<T>, replacing?: number): Promise<T>;
}

/** Throws a {@link StoreError} unless every named field of `key` is a non-empty string. */
export function checkKey(key: object, fields: readonly string[]): void {
  for (const f of fields) {
    const v = (key as Record<string, unknown>)[f];
    if (typeof v !== 'string' || v.length === 0) {
      throw new StoreError({ vi: `Thiếu hoặc sai khóa "${f}".`, en: `Missing or invalid key field "${f}".` });
    }
  }
}

/** Throws a {@link StoreError} unless `n` is a non-negative integer. */
export function checkRevision(n: unknown): void {
  if (!Number.isInteger(n) || (n as number) < 0) {
    throw new StoreError({ vi: 'Số phiên bản phải là số nguyên không âm.', en: 'A revision must be a non-negative integer.' });
  }
}
