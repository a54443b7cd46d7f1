/**
 * The records kept by a {@link Store}. All are plain, structured-cloneable JSON objects;
 * times are ISO 8601 strings. Submissions and reviews are append-only.
 */
import type { EditHistoryState } from '../authoring/edit-session.js';
import type { IsoDate, PackSource } from '../pack/types.js';

/** One pack version by name. */
export interface PackRef {
  id: string;
  version: string;
}

/**
 * A published pack version. Immutable once stored. Records stored before publishing existed
 * (`putPack`) have none of the optional publishing fields and stay valid.
 */
export interface PackRecord {
  id: string;
  /** semver */
  version: string;
  /** the PackSource object (see `pack/types.ts`), stored as given */
  source: unknown;
  /** SHA-256 of the canonical JSON of `source`; equal hash = same content */
  hash: string;
  /** ISO timestamp of the first store */
  savedAt: string;
  /** set when the version was published from a draft (`publishPackDraft`) */
  status?: 'published';
  /** ISO time of publishing */
  publishedAt?: string;
  /** the administrator's release notes */
  notes?: string;
  /** how many changes the change log lists against `basedOn` */
  changeCount?: number;
  /** the version this one was made from (rollover or edit) */
  basedOn?: PackRef;
}

/**
 * A pack version being edited: the document the history starts from, the history (replayed on
 * reload, so undo survives it) and the current document. Guarded by `revision` like a ward's
 * draft: a second tab saving an older revision gets a conflict, never a silent overwrite.
 */
export interface PackDraftRecord {
  /** the pack id (`manifest.id` of `source`) */
  id: string;
  /** the version it will be published as */
  version: string;
  /** the published version it started from; null for a new pack */
  basedOn: PackRef | null;
  /** how the draft began: the year rollover, editing a published version, or an imported file */
  origin: 'rollover' | 'edit' | 'import';
  /** the document the history starts from */
  base: PackSource;
  /** the undo and redo stacks (authoring's `EditSession.history()`) */
  history: EditHistoryState;
  /** `base` with the history's past replayed: what would be published */
  source: PackSource;
  createdAt: string;
  updatedAt: string;
  /** 1 on first save, +1 on every save */
  revision: number;
}

/** What identifies one form's data for one ward and period under one pack version. */
export interface FormDataKey {
  packId: string;
  packVersion: string;
  /** form id (`x-fp-id`) */
  formId: string;
  /** org unit code of the ward */
  ward: string;
  /** period code from the calendar, e.g. `2018-Q1` */
  period: string;
}

/** Key of a draft: one per form × ward × period × pack version. */
export type DraftKey = FormDataKey;

/** Key of a submission (all its revisions). */
export type SubmissionKey = FormDataKey;

/** In-progress form data, saved as the user types; guarded by `revision` (optimistic lock). */
export interface DraftRecord extends FormDataKey {
  data: unknown;
  /** 1 on first save, +1 on every save */
  revision: number;
  updatedAt: string;
  author?: string;
}

/** Status of a submission revision; derived from its latest review, never stored over. */
export type SubmissionStatus = 'submitted' | 'accepted' | 'returned';

/**
 * One immutable revision of a submission.
 *
 * `hash` = SHA-256 hex of the canonical JSON of
 * `{ packId, packVersion, formId, ward, period, revision, data, cutOffDate, author, submittedAt }`
 * (every field but `hash` and `status`), so any change to the data, its key, its revision number
 * or its attribution changes the hash. `status` is not covered: it is derived from reviews.
 */
export interface SubmissionRecord extends FormDataKey {
  /** 1, 2, 3 … per key */
  revision: number;
  data: unknown;
  hash: string;
  /** data cut-off date (ngày chốt số liệu) */
  cutOffDate: IsoDate;
  author: string;
  submittedAt: string;
  /** as stored: always `submitted`; reads return the status derived from the latest review */
  status: SubmissionStatus;
}

/** The fields a submission's hash covers. */
export type SubmissionHashInput = Omit<SubmissionRecord, 'hash' | 'status'>;

/** A district decision on one submission revision. Append-only; the latest one counts. */
export interface ReviewRecord extends FormDataKey {
  revision: number;
  decision: 'accept' | 'return';
  comment: string;
  reviewer: string;
  at: string;
  /** store-assigned order number (increasing) */
  seq?: number;
}

/**
 * The district's reopening of one report (form × ward × period) for the ward, with a reason:
 * it lifts a lock (past due + grace) or the finality of an acceptance until the ward's next
 * submission. Append-only.
 */
export interface ReopenRecord extends FormDataKey {
  /** why the district reopened it (shown to the ward and in the calendar) */
  reason: string;
  /** who reopened it */
  by: string;
  /** ISO time of the reopening */
  at: string;
  /** the latest submission revision at the time (null: nothing had been submitted) */
  afterRevision: number | null;
  /** store-assigned order number (increasing) */
  seq?: number;
}

/** A ward's criteria self-assessment for one year; guarded by `revision` like a draft. */
export interface AssessmentRecord {
  packId: string;
  packVersion: string;
  criteriaSetId: string;
  ward: string;
  year: number;
  /** indicator code → answer */
  answers: Record<string, unknown>;
  /** indicator code → evidence text */
  evidence: Record<string, string>;
  verification?: AssessmentVerification;
  updatedAt: string;
  revision: number;
}

/** The district's decision on one indicator, as stored. */
export interface StoredIndicatorDecision {
  /** the verdict: `false` is "Không chấp nhận" */
  accepted: boolean;
  /** points the district grants, when it gives its own */
  points?: number;
  /** the ward's answer the district decided on (a later different answer makes the decision stale) */
  answer?: unknown;
}

/**
 * The district's verification as stored with an assessment: who, when, and the decision per
 * indicator code. Scoring reads it through `verificationOfRecord`.
 */
export interface AssessmentVerification {
  by: string;
  at: string;
  note?: string;
  /** indicator code → the decision (verdict, points, the answer decided on) */
  indicators?: Record<string, StoredIndicatorDecision>;
  /** older records: indicator code → points granted (read when `indicators` is absent) */
  points?: Record<string, number>;
}

/** Key of an assessment. */
export type AssessmentKey = Pick<AssessmentRecord, 'packId' | 'packVersion' | 'criteriaSetId' | 'ward' | 'year'>;

/** Progress of one plan task. Last write wins. */
export interface PlanProgressRecord {
  packId: string;
  packVersion: string;
  taskCode: string;
  status: 'not-started' | 'in-progress' | 'done';
  note: string;
  updatedAt: string;
}
