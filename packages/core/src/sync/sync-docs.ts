/**
 * formplan records as CouchDB documents, and back. Every document is immutable and named by the
 * hash of its content (`<type>:<64 hex>`), so a second write of the same record is a conflict the
 * client reads as "already there", and a pulled document whose content does not hash to its name
 * is refused (tampered). The record travels whole under `record`; `type` and the record's `ward`
 * are what the server's `validate_doc_update` reads.
 */
import type { Bilingual } from '../common/bilingual.js';
import { findForbiddenKey, normalizeJson } from '../storage/canonical-json.js';
import { contentHash } from '../storage/content-hash.js';
import { formDataKey } from '../storage/record-keys.js';
import { submissionHash } from '../storage/submission-hash.js';
import { readRecord } from './read-record.js';
import type { AssessmentRecord, PackRecord, ReopenRecord, ReviewRecord, SubmissionRecord } from '../storage/records.js';

/** The kinds of record that sync, in the order they are imported (a review needs its submission). */
export const SYNC_DOC_TYPES = ['pack', 'submission', 'reopen', 'review', 'assessment'] as const;

/** One kind of synced record. */
export type SyncDocType = (typeof SYNC_DOC_TYPES)[number];

/** A record that syncs, tagged with its kind. */
export type SyncRecord =
  | { type: 'pack'; record: PackRecord }
  | { type: 'submission'; record: SubmissionRecord }
  | { type: 'reopen'; record: ReopenRecord }
  /** `reviewOf`: the hash of the reviewed submission revision, so a computer holding another revision under that number refuses it */
  | { type: 'review'; record: ReviewRecord; reviewOf?: string }
  | { type: 'assessment'; record: AssessmentRecord };

/** A record with the id of its document. */
export interface SyncEntry {
  id: string;
  item: SyncRecord;
}

/** A formplan record as a CouchDB document (`_rev` is added by the server). */
export interface SyncDoc {
  _id: string;
  _rev?: string;
  /** format marker and version */
  formplan: 1;
  type: SyncDocType;
  /** the ward the record belongs to (absent for packs): what the server's rules check */
  ward?: string;
  /** for a review: the hash of the reviewed submission revision */
  reviewOf?: string;
  record: Record<string, unknown>;
}

/** Largest document accepted on pull, in UTF-8 bytes of its JSON (packs may be larger: they carry every form schema). */
export const MAX_DOC_BYTES = 2 * 1024 * 1024;
/** Largest pack document accepted on pull. */
export const MAX_PACK_DOC_BYTES = 16 * 1024 * 1024;

const HEX64 = /^[0-9a-f]{64}$/;

/** What a review's name covers: its identity without the store-local `seq`. */
function reviewIdentity(r: ReviewRecord): ReviewRecord {
  return { ...formDataKey(r), revision: r.revision, decision: r.decision, comment: r.comment, reviewer: r.reviewer, at: r.at };
}

/** What a reopening's name covers: its identity without the store-local `seq`. */
function reopenIdentity(r: ReopenRecord): ReopenRecord {
  return { ...formDataKey(r), reason: r.reason, by: r.by, at: r.at, afterRevision: r.afterRevision };
}

/** What an assessment snapshot's name covers: key and content, not the store's revision or time. */
function assessmentIdentity(a: AssessmentRecord): Omit<AssessmentRecord, 'revision' | 'updatedAt'> {
  const { revision: _r, updatedAt: _u, ...content } = a;
  return content;
}

/**
 * The content hash that names a record's document.
 * @param r a record and its kind
 * @returns 64 hex digits: the submission's or pack's own hash, else the hash of the record's identity
 */
export async function recordHash(r: SyncRecord): Promise<string> {
  switch (r.type) {
    case 'submission': return submissionHash(r.record);
    case 'pack': return contentHash(r.record.source);
    case 'review': return contentHash(reviewIdentity(r.record));
    case 'reopen': return contentHash(reopenIdentity(r.record));
    case 'assessment': return contentHash(assessmentIdentity(r.record));
  }
}

/**
 * The document id of a record without hashing when the record carries its hash (submissions,
 * packs); else hashes it.
 */
export async function docIdOf(r: SyncRecord): Promise<string> {
  if (r.type === 'submission' || r.type === 'pack') return `${r.type}:${r.record.hash}`;
  return `${r.type}:${await recordHash(r)}`;
}

/** The record as it travels: store-local fields (`seq`, derived `status`) left out. */
function travelling(r: SyncRecord): Record<string, unknown> {
  switch (r.type) {
    case 'submission': return { ...r.record, status: 'submitted' };
    case 'review': return { ...reviewIdentity(r.record) };
    case 'reopen': return { ...reopenIdentity(r.record) };
    default: return { ...r.record };
  }
}

/**
 * A record as a CouchDB document.
 * @param r a record and its kind
 * @returns the document, named `<type>:<hash>`
 * @example
 * ```ts
 * const doc = await toSyncDoc({ type: 'submission', record });
 * doc._id; // 'submission:3f2a…'
 * ```
 */
export async function toSyncDoc(r: SyncRecord): Promise<SyncDoc> {
  const doc: SyncDoc = { _id: await docIdOf(r), formplan: 1, type: r.type, record: travelling(r) };
  if (r.type !== 'pack') doc.ward = r.record.ward;
  if (r.type === 'review' && r.reviewOf) doc.reviewOf = r.reviewOf;
  return doc;
}

/** Why a pulled document is refused. */
export interface DocRefusal {
  id: string;
  reason: Bilingual;
}

const refusal = (id: string, vi: string, en: string): DocRefusal => ({ id, reason: { vi, en } });

/** Whether a value names one of the synced kinds. */
export function isDocType(t: unknown): t is SyncDocType {
  return SYNC_DOC_TYPES.some((d) => d === t);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Reads a pulled document back into a record, refusing anything that is not what formplan
 * wrote: too large, a forbidden key (`__proto__`, `constructor`, `prototype`), an unknown type,
 * or content that does not hash to the document's name (altered on the way or on the server).
 * Texts are normalised to NFC. Design documents and deletions are not records (`undefined`).
 * @param raw the document as the server sent it
 * @returns the record with its id, a refusal, or `undefined` for documents that are not formplan records
 */
export async function fromSyncDoc(raw: unknown): Promise<SyncEntry | DocRefusal | undefined> {
  if (!isObject(raw) || typeof raw._id !== 'string') return refusal('?', 'Tài liệu không có mã (_id).', 'A document without an _id.');
  const id = raw._id;
  if (id.startsWith('_design/') || raw._deleted === true) return undefined;
  const json = JSON.stringify(raw);
  const limit = raw.type === 'pack' ? MAX_PACK_DOC_BYTES : MAX_DOC_BYTES;
  // UTF-8 takes at most 3 bytes per UTF-16 unit: encode only when the text may be too large
  const size = json.length * 3 <= limit ? json.length : new TextEncoder().encode(json).length;
  if (size > limit) {
    return refusal(id, `Tài liệu ${id} quá lớn (${size} byte, tối đa ${limit}).`, `Document ${id} is too large (${size} bytes, at most ${limit}).`);
  }
  const forbidden = findForbiddenKey(raw);
  if (forbidden !== undefined) return refusal(id, `Tài liệu ${id} có khóa bị cấm tại ${forbidden}.`, `Document ${id} holds a forbidden key at ${forbidden}.`);
  const type = raw.type;
  if (raw.formplan !== 1 || !isDocType(type) || !isObject(raw.record)) {
    return refusal(id, `Tài liệu ${id} không phải bản ghi formplan.`, `Document ${id} is not a formplan record.`);
  }
  const [prefix, hash] = id.split(':');
  if (prefix !== type || !HEX64.test(hash ?? '')) {
    return refusal(id, `Tên tài liệu ${id} không đúng dạng "${String(type)}:<mã băm>".`, `Document name ${id} is not "${String(type)}:<hash>".`);
  }
  let record: SyncRecord | undefined;
  try {
    record = readRecord(type, normalizeJson(raw.record, { sortKeys: false }));
  } catch {
    record = undefined;
  }
  if (!record) return refusal(id, `Tài liệu ${id} thiếu trường bắt buộc hoặc sai kiểu.`, `Document ${id} lacks a required field or has one of the wrong kind.`);
  const actual = await recordHash(record);
  const stated = record.type === 'submission' || record.type === 'pack' ? record.record.hash : hash;
  if (actual !== hash || stated !== hash) {
    return refusal(id,
      `Mã băm không khớp với nội dung của ${id}: dữ liệu đã bị sửa sau khi gửi, không nhận.`,
      `The hash does not match the content of ${id}: the data was altered after it was sent; refused.`);
  }
  if (record.type === 'review' && typeof raw.reviewOf === 'string' && HEX64.test(raw.reviewOf)) record.reviewOf = raw.reviewOf;
  return { id, item: record };
}

/** Whether a `fromSyncDoc` result is a refusal. */
export function isRefusal(r: SyncEntry | DocRefusal | undefined): r is DocRefusal {
  return r !== undefined && 'reason' in r;
}
