/**
 * Reads the `record` of a pulled document into a typed record, field by field: nothing is taken
 * on trust from the server (the store's import checks the lifecycle rules after this).
 */
import type { JsonValue } from '../storage/canonical-json.js';
import { FORM_KEY_FIELDS } from '../storage/record-keys.js';
import type {
  AssessmentRecord, AssessmentVerification, FormDataKey, PackRecord, ReopenRecord, ReviewRecord, SubmissionRecord,
} from '../storage/records.js';
import type { SyncDocType, SyncRecord } from './sync-docs.js';

type Obj = { [key: string]: JsonValue };

const isObj = (v: JsonValue | undefined): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (o: Obj, k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
const posInt = (v: JsonValue | undefined): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;

function key(o: Obj): FormDataKey | undefined {
  const [packId, packVersion, formId, ward, period] = FORM_KEY_FIELDS.map((f) => str(o, f));
  if (!packId || !packVersion || !formId || !ward || !period) return undefined;
  return { packId, packVersion, formId, ward, period };
}

function submission(o: Obj): SubmissionRecord | undefined {
  const k = key(o);
  const [hash, cutOffDate, author, submittedAt] = ['hash', 'cutOffDate', 'author', 'submittedAt'].map((f) => str(o, f));
  if (!k || !posInt(o.revision) || hash === undefined || cutOffDate === undefined || author === undefined || !submittedAt || !('data' in o)) return undefined;
  return { ...k, revision: o.revision, data: o.data, hash, cutOffDate, author, submittedAt, status: 'submitted' };
}

function review(o: Obj): ReviewRecord | undefined {
  const k = key(o);
  const [comment, reviewer, at] = ['comment', 'reviewer', 'at'].map((f) => str(o, f));
  const decision = o.decision === 'accept' || o.decision === 'return' ? o.decision : undefined;
  if (!k || !posInt(o.revision) || !decision || comment === undefined || !reviewer || !at) return undefined;
  return { ...k, revision: o.revision, decision, comment, reviewer, at };
}

function reopen(o: Obj): ReopenRecord | undefined {
  const k = key(o);
  const [reason, by, at] = ['reason', 'by', 'at'].map((f) => str(o, f));
  const after = o.afterRevision === null ? null : posInt(o.afterRevision) ? o.afterRevision : undefined;
  if (!k || !reason || !by || !at || after === undefined) return undefined;
  return { ...k, reason, by, at, afterRevision: after };
}

function pack(o: Obj): PackRecord | undefined {
  const [id, version, hash, savedAt] = ['id', 'version', 'hash', 'savedAt'].map((f) => str(o, f));
  if (!id || !version || !hash || !savedAt || !isObj(o.source)) return undefined;
  const out: PackRecord = { ...o, id, version, hash, savedAt, source: o.source };
  return out;
}

/**
 * A JSON object whose every value `read` accepts, as a record; `undefined` when absent, `false`
 * when it is not an object or one value is refused.
 */
function mapOf<T>(v: JsonValue | undefined, read: (x: JsonValue) => T | undefined): Record<string, T> | undefined | false {
  if (v === undefined) return undefined;
  if (!isObj(v)) return false;
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(v)) {
    const t = read(x);
    if (t === undefined) return false;
    out[k] = t;
  }
  return out;
}

function textMap(v: JsonValue | undefined): Record<string, string> | undefined {
  return mapOf(v, (t) => (typeof t === 'string' ? t : undefined)) || undefined;
}

function decisions(v: JsonValue | undefined): AssessmentVerification['indicators'] | false {
  return mapOf(v, (d) => {
    if (!isObj(d) || typeof d.accepted !== 'boolean' || (d.points !== undefined && typeof d.points !== 'number')) return undefined;
    return { accepted: d.accepted, ...(typeof d.points === 'number' ? { points: d.points } : {}), ...('answer' in d ? { answer: d.answer } : {}) };
  });
}

function points(v: JsonValue | undefined): Record<string, number> | undefined | false {
  return mapOf(v, (n) => (typeof n === 'number' ? n : undefined));
}

function verification(v: JsonValue | undefined): AssessmentVerification | undefined | false {
  if (v === undefined) return undefined;
  if (!isObj(v) || typeof v.by !== 'string' || typeof v.at !== 'string' || (v.note !== undefined && typeof v.note !== 'string')) return false;
  const indicators = decisions(v.indicators);
  const pts = points(v.points);
  if (indicators === false || pts === false) return false;
  return {
    by: v.by, at: v.at, ...(typeof v.note === 'string' ? { note: v.note } : {}),
    ...(indicators ? { indicators } : {}), ...(pts ? { points: pts } : {}),
  };
}

function assessment(o: Obj): AssessmentRecord | undefined {
  const [packId, packVersion, criteriaSetId, ward, updatedAt] = ['packId', 'packVersion', 'criteriaSetId', 'ward', 'updatedAt'].map((f) => str(o, f));
  const evidence = textMap(o.evidence);
  const v = verification(o.verification);
  if (!packId || !packVersion || !criteriaSetId || !ward || !updatedAt || typeof o.year !== 'number' || !isObj(o.answers) || !evidence || v === false) {
    return undefined;
  }
  const out: AssessmentRecord = {
    packId, packVersion, criteriaSetId, ward, year: o.year, answers: o.answers, evidence, updatedAt, revision: posInt(o.revision) ? o.revision : 1,
  };
  if (v) out.verification = v;
  return out;
}

/**
 * The typed record of a document's `record`, or `undefined` when a field is missing or of the
 * wrong kind.
 * @param type the document's type
 * @param value the NFC-normalised `record`
 */
export function readRecord(type: SyncDocType, value: JsonValue): SyncRecord | undefined {
  if (!isObj(value)) return undefined;
  switch (type) {
    case 'submission': { const record = submission(value); return record && { type, record }; }
    case 'review': { const record = review(value); return record && { type, record }; }
    case 'reopen': { const record = reopen(value); return record && { type, record }; }
    case 'pack': { const record = pack(value); return record && { type, record }; }
    case 'assessment': { const record = assessment(value); return record && { type, record }; }
  }
}
