/**
 * The `Store` interface: where formplan keeps packs, drafts, submissions, reviews,
 * self-assessments and plan progress. Two implementations: `IdbStore` (IndexedDB) and
 * `MemoryStore`. Every method is async; records going in and out are copies.
 */
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, FormDataKey, PackDraftRecord, PackRecord, PlanProgressRecord,
  ReopenRecord, ReviewRecord, SubmissionKey, SubmissionRecord,
} from './records.js';
import type { PackDraftInput, PublishPackOptions } from './pack-draft-records.js';

export type { PackDraftInput, PublishCheck, PublishCheckProblem, PublishPackOptions } from './pack-draft-records.js';
import type { Bilingual } from '../common/bilingual.js';

/** What `putPack` takes. */
export interface PackInput {
  id: string;
  version: string;
  /** the PackSource object */
  source: unknown;
}

/** Filter over the form data key; every given field must match exactly. */
export type FormDataFilter = Partial<FormDataKey>;

/** Filter for `listSubmissions`. */
export interface SubmissionFilter extends FormDataFilter {
  /** only the latest revision of each key */
  latestOnly?: boolean;
}

/** Filter for `listAssessments`. */
export type AssessmentFilter = Partial<AssessmentKey>;

/** What `submit` takes. */
export interface SubmitInput {
  key: SubmissionKey;
  data: unknown;
  /** data cut-off date (ngày chốt số liệu), `YYYY-MM-DD` */
  cutOffDate: string;
  author: string;
}

/** What `review` takes. */
export interface ReviewInput {
  key: SubmissionKey;
  revision: number;
  decision: 'accept' | 'return';
  comment: string;
  reviewer: string;
}

/** Filter for `listReviews`: the form data key fields and, optionally, the reviewed revision. */
export interface ReviewFilter extends FormDataFilter {
  revision?: number;
}

/** What `reopen` takes (the store sets `at` and `afterRevision`). */
export interface ReopenInput {
  key: FormDataKey;
  /** why (required, shown to the ward) */
  reason: string;
  /** who reopens */
  by: string;
}

/** What `saveAssessment` takes (the store sets `revision` and `updatedAt`). */
export type AssessmentInput = Omit<AssessmentRecord, 'revision' | 'updatedAt'>;

/** What `putPlanProgress` takes (the store sets `updatedAt`). */
export type PlanProgressInput = Omit<PlanProgressRecord, 'updatedAt'>;

/** A write operation, as it can be replayed. */
export type PendingOperation =
  | { method: 'putPack'; args: [PackInput] }
  | { method: 'saveDraft'; args: [DraftKey, unknown, number, { author?: string }?] }
  | { method: 'deleteDraft'; args: [DraftKey, number?] }
  | { method: 'submit'; args: [SubmitInput] }
  | { method: 'importSubmission'; args: [SubmissionRecord] }
  | { method: 'review'; args: [ReviewInput] }
  | { method: 'importReview'; args: [ReviewRecord] }
  | { method: 'reopen'; args: [ReopenInput] }
  | { method: 'importReopen'; args: [ReopenRecord] }
  | { method: 'saveAssessment'; args: [AssessmentInput, number] }
  | { method: 'putPlanProgress'; args: [PlanProgressInput] }
  | { method: 'putPackDraft'; args: [PackDraftInput, number] }
  | { method: 'deletePackDraft'; args: [string, string, number?] };

/** A write the browser refused for lack of space, kept in memory until retried. */
export interface PendingWrite {
  id: number;
  operation: PendingOperation;
  /** ISO time of the (last) failure */
  failedAt: string;
}

/** Result of `retryPendingWrites`. */
export interface RetryReport {
  /** ids of pending writes now stored */
  written: number[];
  /** pending writes that failed again for another reason than quota (dropped from the queue) */
  failed: { write: PendingWrite; error: Bilingual }[];
  /** how many are still pending (storage still full) */
  remaining: number;
}

/**
 * Persistence for formplan. Implementations: `IdbStore`, `MemoryStore`.
 *
 * Invariants: a published pack version never changes; drafts and assessments are guarded by a
 * revision number (a stale writer gets a conflict error, never a silent overwrite); submissions
 * and reviews are append-only.
 * @example
 * ```ts
 * const store: Store = new IdbStore();
 * const d1 = await store.saveDraft(key, { a: 1 }, 0);        // revision 1
 * await store.saveDraft(key, { a: 2 }, d1.revision);          // revision 2
 * await store.saveDraft(key, { a: 3 }, d1.revision);          // throws DraftConflictError
 * ```
 */
export interface Store {
  /** Stores a pack version; same content again is a no-op, different content throws `PackVersionConflictError`. */
  putPack(input: PackInput): Promise<PackRecord>;
  /** One pack version, or the latest by semver when `version` is omitted. */
  getPack(id: string, version?: string): Promise<PackRecord | undefined>;
  /** Every stored pack version, ordered by id then semver. */
  listPacks(): Promise<PackRecord[]>;

  /** The draft for a key, if any. */
  getDraft(key: DraftKey): Promise<DraftRecord | undefined>;
  /**
   * Saves a draft if the stored revision equals `expectedRevision` (0 = no draft yet).
   * @returns the stored record, with the new revision
   * @throws {DraftConflictError} when another writer saved (or deleted) it meanwhile
   */
  saveDraft(key: DraftKey, data: unknown, expectedRevision: number, options?: { author?: string }): Promise<DraftRecord>;
  /** Deletes a draft; with `expectedRevision`, only if it still has that revision (else `DraftConflictError`). */
  deleteDraft(key: DraftKey, expectedRevision?: number): Promise<void>;
  /** Drafts matching the filter. */
  listDrafts(filter?: FormDataFilter): Promise<DraftRecord[]>;

  /**
   * Appends a new submission revision and returns it. Revisions are numbered per report across
   * the versions of the pack id (latest under any version + 1; see `report-versions.ts`).
   *
   * When the key's pack version is in the store, the submission must be allowed by
   * `reportPolicy` at the store's clock (`now`): the form × period in the pack's calendar, the
   * period not locked (past due + grace) and the report not accepted under any version of the
   * pack id, unless the district reopened it (`reopen`, under any version). When the pack is not
   * in the store, nothing is checked.
   * @throws {SubmissionRefusedError} code `period-unknown`, `period-locked` or `accepted-final`
   */
  submit(input: SubmitInput): Promise<SubmissionRecord>;
  /**
   * Adds a submission revision made elsewhere, keeping its revision number. The hash is
   * recomputed and must match.
   * @returns `added`, or `present` when the identical revision is already stored
   * @throws {SubmissionConflictError} when that revision exists with a different hash
   */
  importSubmission(record: SubmissionRecord): Promise<'added' | 'present'>;
  /** Every revision of a submission, oldest first, each with its derived status. */
  getSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]>;
  /** The latest revision of a submission, with its derived status. */
  latestSubmission(key: SubmissionKey): Promise<SubmissionRecord | undefined>;
  /** Submission revisions matching the filter, ordered by key then revision. */
  listSubmissions(filter?: SubmissionFilter): Promise<SubmissionRecord[]>;

  /**
   * Appends a review of one submission revision; throws `RecordNotFoundError` when there is no such
   * revision, `ReviewRefusedError` when it is not the latest (a later revision under another
   * version of the pack id supersedes it too), already accepted (final unless reopened), or
   * already returned and returned again.
   */
  review(input: ReviewInput): Promise<ReviewRecord>;
  /** Reviews of a submission (of one revision when given), oldest first. */
  getReviews(key: SubmissionKey, revision?: number): Promise<ReviewRecord[]>;

  /** Reviews matching the filter (e.g. one ward under one pack version), in the order they were stored. */
  listReviews(filter?: ReviewFilter): Promise<ReviewRecord[]>;
  /**
   * Adds a review made elsewhere (the district's file), keeping its identity and time.
   * @returns `added`, or `present` when the same review (key, revision, decision, comment,
   *   reviewer, time) is already stored
   * @throws {RecordNotFoundError} when this store has no such submission revision
   */
  importReview(record: ReviewRecord): Promise<'added' | 'present'>;
  /**
   * The district reopens one report for the ward, with a reason: the ward may edit and submit it
   * again although its period is locked or its latest revision was accepted, until it submits.
   * @throws {StoreError} when the reason is empty
   */
  reopen(input: ReopenInput): Promise<ReopenRecord>;
  /**
   * Adds a reopening made elsewhere (the district's file), keeping its identity (key, reason,
   * author, time, `afterRevision`); texts are stored in NFC. No submission is needed here.
   * @returns `added`, or `present` when the same reopening is already stored
   * @throws {StoreError} when the record is malformed or holds a forbidden key
   */
  importReopen(record: ReopenRecord): Promise<'added' | 'present'>;
  /** Reopenings matching the filter, oldest first. */
  listReopens(filter?: FormDataFilter): Promise<ReopenRecord[]>;

  /** A self-assessment, if any. */
  getAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined>;
  /** Saves a self-assessment guarded like a draft; throws `AssessmentConflictError`. */
  saveAssessment(input: AssessmentInput, expectedRevision: number): Promise<AssessmentRecord>;
  /** Self-assessments matching the filter. */
  listAssessments(filter?: AssessmentFilter): Promise<AssessmentRecord[]>;

  /** Sets the progress of one plan task (last write wins). */
  putPlanProgress(input: PlanProgressInput): Promise<PlanProgressRecord>;
  /** Progress of one task. */
  getPlanProgress(packId: string, packVersion: string, taskCode: string): Promise<PlanProgressRecord | undefined>;
  /** Progress of every task of a pack version. */
  listPlanProgress(packId: string, packVersion: string): Promise<PlanProgressRecord[]>;

  /**
   * Saves a pack draft (the editor's document and undo history) if the stored revision equals
   * `expectedRevision` (0 or omitted = no draft yet). Texts are stored in NFC.
   * @throws {PackDraftConflictError} when another tab saved (or deleted) it meanwhile
   * @throws {PackDraftRefusedError} `too-large` (over 5 MB), `already-published`, `mismatch` (id/version ≠ pack.json)
   */
  putPackDraft(input: PackDraftInput, expectedRevision?: number): Promise<PackDraftRecord>;
  /** The draft of a pack version, if any. */
  getPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined>;
  /** Every pack draft, by id then version. */
  listPackDrafts(): Promise<PackDraftRecord[]>;
  /** Deletes a pack draft; with `expectedRevision`, only if it still has that revision (else `PackDraftConflictError`). */
  deletePackDraft(id: string, version: string, expectedRevision?: number): Promise<void>;
  /**
   * Publishes a pack draft: refused with `PackDraftRefusedError` (`has-errors`, listing them) when
   * `options.check` (authoring's `checkDraftPack`) finds an error; else stores an immutable pack version (status, time,
   * notes, change count, basedOn) and removes the draft, in one transaction.
   * @throws {PackVersionConflictError} when the id + version is published with other content
   */
  publishPackDraft(id: string, version: string, options: PublishPackOptions): Promise<PackRecord>;

  /** Writes refused for lack of space (`StorageFullError`), oldest first. Nothing is lost while the page lives. */
  pendingWrites(): PendingWrite[];
  /** Replays the pending writes in order; stops at the first that hits the quota again. */
  retryPendingWrites(): Promise<RetryReport>;

  /** Releases the underlying resources. */
  close(): Promise<void>;

  /**
   * Where a page journals this store's unsaved edits (a store that outlives the page: `IdbStore`
   * gives `idb:<database name>`); undefined: not journaled (an in-memory store).
   */
  readonly journalScope?: string;
}
