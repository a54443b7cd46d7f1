/**
 * A pulled record into the store, through the store's own import methods, so the lifecycle
 * rules and hash checks hold exactly as for files: `importSubmission`, `importReview`,
 * `importReopen`, `putPack`; self-assessments by last write wins on `updatedAt`.
 */
import { errorMessages } from '../common/formplan-error.js';
import type { Bilingual } from '../common/bilingual.js';
import { RecordNotFoundError } from '../storage/storage-errors.js';
import type { Store } from '../storage/store.js';
import type { AssessmentRecord, ReviewRecord } from '../storage/records.js';
import { docIdOf, type SyncRecord } from './sync-docs.js';

/** What became of one pulled record. */
export type ImportOutcome =
  | { kind: 'added' | 'present' }
  /** it needs a record not here yet (a review before its submission): try again later */
  | { kind: 'deferred' }
  | { kind: 'refused'; reason: Bilingual };

const UNREADABLE: Bilingual = { vi: 'Không nhập được bản ghi.', en: 'The record could not be imported.' };

async function importAssessment(store: Store, record: AssessmentRecord, id: string): Promise<'added' | 'present'> {
  const key = { packId: record.packId, packVersion: record.packVersion, criteriaSetId: record.criteriaSetId, ward: record.ward, year: record.year };
  const local = await store.getAssessment(key);
  if (local && (await docIdOf({ type: 'assessment', record: local })) === id) return 'present';
  // last write wins: a snapshot older than what is here is kept on the server but not applied
  if (local && local.updatedAt >= record.updatedAt) return 'present';
  const { revision: _r, updatedAt: _u, ...input } = record;
  await store.saveAssessment(input, local?.revision ?? 0);
  return 'added';
}

/** Why a review is refused when this computer holds a different submission under the reviewed revision number. */
async function otherRevision(store: Store, review: ReviewRecord, reviewOf: string | undefined): Promise<Bilingual | undefined> {
  if (!reviewOf) return undefined;
  const local = (await store.getSubmissions(review)).find((s) => s.revision === review.revision);
  if (!local || local.hash === reviewOf) return undefined;
  return {
    vi: `Nhận xét của quận dành cho một bản khác của lần nộp số ${review.revision} (${review.formId}, ${review.ward}, ${review.period}) so với bản trên máy này: không áp dụng.`,
    en: `The district's review is of another copy of submission revision ${review.revision} (${review.formId}, ${review.ward}, ${review.period}) than the one on this computer: not applied.`,
  };
}

/**
 * Imports one verified record.
 * @param store where to import
 * @param item the record (already checked by `fromSyncDoc`)
 * @param id its document id
 * @returns added, present, deferred (needs a record not here yet) or refused (with the store's reason)
 */
export async function importRecord(store: Store, item: SyncRecord, id: string): Promise<ImportOutcome> {
  try {
    switch (item.type) {
      case 'pack': {
        const before = await store.getPack(item.record.id, item.record.version);
        await store.putPack({ id: item.record.id, version: item.record.version, source: item.record.source });
        return { kind: before ? 'present' : 'added' };
      }
      case 'submission': return { kind: await store.importSubmission(item.record) };
      case 'reopen': return { kind: await store.importReopen(item.record) };
      case 'review': {
        const refusal = await otherRevision(store, item.record, item.reviewOf);
        return refusal ? { kind: 'refused', reason: refusal } : { kind: await store.importReview(item.record) };
      }
      case 'assessment': return { kind: await importAssessment(store, item.record, id) };
    }
  } catch (e) {
    if (e instanceof RecordNotFoundError) return { kind: 'deferred' };
    return { kind: 'refused', reason: errorMessages(e, UNREADABLE) };
  }
}
