/**
 * Typed errors thrown by a {@link Store}. Each carries a Vietnamese-first `{ vi, en }` message;
 * `Error.message` is the English text for logs.
 */
import type { PackRecord, SubmissionRecord } from './records.js';
import { StoreError } from './store-error.js';
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';
import type { SubmissionRefusal } from '../calendar/report-policy.js';


// The base class and the conflicts an autosave tells at once (draft, self-assessment) are a module
// of their own (store-error.ts): the store and the other errors come with the code loaded later.
export { StoreError, DraftConflictError, AssessmentConflictError } from './store-error.js';

/** A published pack version is immutable: different content under an existing id + version. */
export class PackVersionConflictError extends StoreError {
  /** the stored pack */
  readonly stored: PackRecord;

  constructor(stored: PackRecord) {
    super({
      vi: `Gói ${stored.id} phiên bản ${stored.version} đã được công bố và không thể thay đổi; hãy tăng số phiên bản.`,
      en: `Pack ${stored.id} version ${stored.version} is published and immutable; bump the version.`,
    });
    this.name = 'PackVersionConflictError';
    this.stored = stored;
  }
}

/** A submission revision with the same number but a different hash already exists. */
export class SubmissionConflictError extends StoreError {
  /** the local revision */
  readonly stored: SubmissionRecord;
  /** the incoming revision */
  readonly incoming: SubmissionRecord;

  constructor(stored: SubmissionRecord, incoming: SubmissionRecord) {
    super({
      vi: `Xung đột: lần nộp số ${stored.revision} của biểu ${stored.formId} (${stored.ward}, ${stored.period}) đã có trên máy này với nội dung khác.`,
      en: `Conflict: submission revision ${stored.revision} of form ${stored.formId} (${stored.ward}, ${stored.period}) already exists here with different content.`,
    });
    this.name = 'SubmissionConflictError';
    this.stored = stored;
    this.incoming = incoming;
  }
}

/** A record the operation needs does not exist (e.g. reviewing a missing submission). */
export class RecordNotFoundError extends StoreError {
  constructor(messages: Bilingual) {
    super(messages);
    this.name = 'RecordNotFoundError';
  }
}

/** Why a review was refused (see {@link ReviewRefusedError}). */
export type ReviewRefusalReason = 'superseded' | 'already-accepted' | 'already-returned';

/**
 * A decision on a submission revision that the lifecycle does not allow: the revision is not the
 * latest (`superseded`), it is already accepted (accepted is final unless the district reopens it),
 * or it is already returned and the decision is another return. Nothing was written.
 */
export class ReviewRefusedError extends StoreError {
  /** why */
  readonly reason: ReviewRefusalReason;
  /** the revision the decision was for */
  readonly revision: number;
  /** the latest revision of the report */
  readonly latestRevision: number;

  constructor(reason: ReviewRefusalReason, revision: number, latestRevision: number) {
    const messages: Record<ReviewRefusalReason, Bilingual> = {
      superseded: {
        vi: `Lần gửi ${revision} đã có lần gửi mới hơn (lần ${latestRevision}); chỉ xem xét được lần gửi mới nhất.`,
        en: `Revision ${revision} was superseded by revision ${latestRevision}; only the latest revision can be reviewed.`,
      },
      'already-accepted': {
        vi: `Lần gửi ${revision} đã được chấp nhận; chấp nhận là quyết định cuối cùng trừ khi quận mở lại báo cáo.`,
        en: `Revision ${revision} is already accepted; acceptance is final unless the district reopens the report.`,
      },
      'already-returned': {
        vi: `Lần gửi ${revision} đã bị trả lại; hãy chờ phường sửa và gửi lại.`,
        en: `Revision ${revision} is already returned; wait for the ward to correct it and submit again.`,
      },
    };
    super(messages[reason]);
    this.name = 'ReviewRefusedError';
    this.reason = reason;
    this.revision = revision;
    this.latestRevision = latestRevision;
  }
}

/**
 * The browser refused the write because storage is full (`QuotaExceededError`).
 * The write is kept in memory: see `Store.pendingWrites()` and `Store.retryPendingWrites()`.
 */
export class StorageFullError extends StoreError {
  /** id of the kept pending write */
  readonly pendingId: number;

  constructor(pendingId: number, cause?: unknown) {
    super(
      {
        vi: 'Bộ nhớ trình duyệt đã đầy: dữ liệu chưa được lưu vào máy nhưng vẫn được giữ tạm trong trang. Hãy giải phóng dung lượng (xóa bản nháp cũ, xuất dữ liệu ra tệp) rồi thử lưu lại; đừng đóng trang.',
        en: 'Browser storage is full: the data was not saved to this device but is kept in this page. Free some space (delete old drafts, export to a file) and save again; do not close the page.',
      },
      { cause },
    );
    this.name = 'StorageFullError';
    this.pendingId = pendingId;
  }
}

/**
 * Whether an error is the browser's storage quota error (a DOMException named
 * `QuotaExceededError`, or legacy Firefox `NS_ERROR_DOM_QUOTA_REACHED`).
 * @param error anything caught
 * @returns true for a quota error
 */
export function isQuotaError(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/**
 * The store refused a submission: the report's policy (`reportPolicy`) does not allow it at the
 * store's clock. `code` says why: `period-unknown` (the form × period is not in the pack's
 * calendar), `period-locked` (past due + grace, not reopened) or `accepted-final` (the latest
 * revision was accepted and not reopened). Nothing was written.
 */
export class SubmissionRefusedError extends FormplanError {
  declare readonly code: SubmissionRefusal;

  constructor(code: SubmissionRefusal, messages: Bilingual) {
    super(code, messages);
    this.name = 'SubmissionRefusedError';
  }
}
