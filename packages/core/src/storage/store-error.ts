/**
 * The base class of a {@link Store}'s errors and the conflicts an autosave tells at once (a
 * draft, a self-assessment); see storage-errors.ts for the others.
 */
import type { AssessmentRecord, DraftRecord } from './records.js';
import type { Bilingual } from '../common/bilingual.js';
import { FormplanError } from '../common/formplan-error.js';

/** Base class of every store error. */
export class StoreError extends FormplanError {
  constructor(messages: Bilingual, options?: { cause?: unknown }) {
    super('store', messages, options);
    this.name = 'StoreError';
  }
}

/**
 * Another writer (e.g. a second tab) saved the draft since this writer read it.
 * Nothing was written; the caller decides which version wins and saves again with
 * `expectedRevision = stored.revision`.
 */
export class DraftConflictError extends StoreError {
  /** what is stored now (`undefined` when the draft was deleted) */
  readonly stored: DraftRecord | undefined;
  /** the data this writer tried to save */
  readonly attempted: unknown;
  /** the revision this writer expected */
  readonly expectedRevision: number;

  constructor(stored: DraftRecord | undefined, attempted: unknown, expectedRevision: number) {
    super({
      vi: `Bản nháp đã được lưu ở nơi khác (phiên bản ${stored?.revision ?? 0}, bạn đang sửa phiên bản ${expectedRevision}). Hãy chọn giữ bản nào.`,
      en: `The draft was saved elsewhere (revision ${stored?.revision ?? 0}, you are editing revision ${expectedRevision}). Choose which version to keep.`,
    });
    this.name = 'DraftConflictError';
    this.stored = stored;
    this.attempted = attempted;
    this.expectedRevision = expectedRevision;
  }
}

/** Like {@link DraftConflictError}, for a criteria self-assessment. */
export class AssessmentConflictError extends StoreError {
  /** what is stored now */
  readonly stored: AssessmentRecord | undefined;
  /** what this writer tried to save */
  readonly attempted: Omit<AssessmentRecord, 'revision' | 'updatedAt'>;
  /** the revision this writer expected */
  readonly expectedRevision: number;

  constructor(stored: AssessmentRecord | undefined, attempted: Omit<AssessmentRecord, 'revision' | 'updatedAt'>, expectedRevision: number) {
    super({
      vi: `Bản tự đánh giá đã được lưu ở nơi khác (phiên bản ${stored?.revision ?? 0}, bạn đang sửa phiên bản ${expectedRevision}).`,
      en: `The self-assessment was saved elsewhere (revision ${stored?.revision ?? 0}, you are editing revision ${expectedRevision}).`,
    });
    this.name = 'AssessmentConflictError';
    this.stored = stored;
    this.attempted = attempted;
    this.expectedRevision = expectedRevision;
  }
}
