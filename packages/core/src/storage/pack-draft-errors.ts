/**
 * Typed errors of pack drafts in a store: a second tab saved meanwhile, a draft too large to keep,
 * a draft whose version is already published, and a publish refused for the pack's errors.
 */
import type { Bilingual } from '../common/bilingual.js';
import { StoreError } from './storage-errors.js';
import type { PackDraftRecord } from './records.js';

/** Largest pack draft kept (its base, history and current document together), in bytes of JSON: 5 MB. */
export const MAX_PACK_DRAFT_BYTES = 5 * 1024 * 1024;

/**
 * Another writer (e.g. a second tab with the editor open) saved or deleted the pack draft since
 * this writer read it. Nothing was written; the caller reloads `stored` or saves again with
 * `expectedRevision = stored.revision` to keep its own edits.
 */
export class PackDraftConflictError extends StoreError {
  /** what is stored now (`undefined` when the draft was deleted or published) */
  readonly stored: PackDraftRecord | undefined;
  /** the revision this writer expected */
  readonly expectedRevision: number;

  constructor(stored: PackDraftRecord | undefined, expectedRevision: number, ref: { id: string; version: string }) {
    super({
      vi: `Bản nháp gói ${ref.id} ${ref.version} đã được lưu ở nơi khác (lần lưu ${stored?.revision ?? 0}, bạn đang sửa lần lưu ${expectedRevision}), có thể ở một thẻ khác. Hãy tải lại bản nháp hoặc chọn giữ bản của bạn.`,
      en: `The draft of pack ${ref.id} ${ref.version} was saved elsewhere (revision ${stored?.revision ?? 0}, you are editing revision ${expectedRevision}), perhaps in another tab. Reload the draft or choose to keep yours.`,
    });
    this.name = 'PackDraftConflictError';
    this.stored = stored;
    this.expectedRevision = expectedRevision;
  }
}

/** Why a pack draft was refused (see {@link PackDraftRefusedError}). */
export type PackDraftRefusal = 'too-large' | 'already-published' | 'not-found' | 'has-errors' | 'mismatch';

/**
 * The store refused to keep or publish a pack draft: too large, its version is already published,
 * there is no such draft, the pack has errors (listed in `problems`), or the record's id/version
 * do not match its manifest. Nothing was written.
 */
export class PackDraftRefusedError extends StoreError {
  /** why */
  readonly reason: PackDraftRefusal;
  /** for `has-errors`: the errors of the pack, each with its message */
  readonly problems: readonly { message?: Bilingual; pointer?: string }[];

  constructor(reason: PackDraftRefusal, messages: Bilingual, problems: readonly { message?: Bilingual; pointer?: string }[] = []) {
    super(messages);
    this.name = 'PackDraftRefusedError';
    this.reason = reason;
    this.problems = problems;
  }
}

/** A draft over {@link MAX_PACK_DRAFT_BYTES}. */
export function draftTooLarge(bytes: number): PackDraftRefusedError {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return new PackDraftRefusedError('too-large', {
    vi: `Bản nháp gói quá lớn để lưu (${mb(bytes).replace('.', ',')} MB, tối đa ${mb(MAX_PACK_DRAFT_BYTES).replace('.', ',')} MB). Hãy xuất gói ra tệp, rồi bắt đầu một bản nháp mới từ tệp đó để bỏ lịch sử chỉnh sửa.`,
    en: `The pack draft is too large to save (${mb(bytes)} MB, at most ${mb(MAX_PACK_DRAFT_BYTES)} MB). Export the pack to a file and start a new draft from it to drop the edit history.`,
  });
}
