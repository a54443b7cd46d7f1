import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DEFAULT_MAX_BUNDLE_BYTES } from './bundle.js';
import type { ImportOptions, ImportReport, RefusedItem } from './bundle.js';
import type { Bilingual } from '../common/bilingual.js';
import { importMessages as msg } from './import-messages.js';
import { findForbiddenKey, normalizeJson } from '../storage/canonical-json.js';
import { FORBIDDEN_KEYS } from '../common/safe-keys.js';
import { StoreError, SubmissionConflictError } from '../storage/storage-errors.js';
import { submissionHash } from '../storage/submission-hash.js';
import type { FormDataKey, SubmissionRecord } from '../storage/records.js';
import type { Store } from '../storage/store.js';
import { describeError } from '../common/formplan-error.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX64 = /^[0-9a-f]{64}$/;

function utf8Length(text: string, max: number): number {
  // Every UTF-16 unit is at least one UTF-8 byte: a text longer than the bound is over it.
  if (text.length > max) return text.length;
  return new TextEncoder().encode(text).length;
}


/** Reads one bundle item into a submission record, or says why it cannot. */
function readItem(item: unknown, bundle: Obj): { record: SubmissionRecord } | { reason: Bilingual; key?: FormDataKey; revision?: number } {
  if (!isObj(item)) return { reason: msg.itemNotObject() };
  const forbidden = findForbiddenKey(item);
  if (forbidden !== undefined) return { reason: msg.forbiddenKey(forbidden) };
  for (const f of ['packId', 'packVersion', 'formId', 'ward', 'period', 'author', 'submittedAt']) {
    if (!isText(item[f])) return { reason: msg.itemField(f) };
  }
  const key: FormDataKey = {
    packId: item.packId as string, packVersion: item.packVersion as string, formId: item.formId as string,
    ward: item.ward as string, period: item.period as string,
  };
  const revision = item.revision;
  if (!Number.isInteger(revision) || (revision as number) < 1) return { reason: msg.itemField('revision'), key };
  const at = { key, revision: revision as number };
  if (typeof item.cutOffDate !== 'string' || !ISO_DATE.test(item.cutOffDate)) return { reason: msg.itemField('cutOffDate'), ...at };
  if (typeof item.hash !== 'string' || !HEX64.test(item.hash)) return { reason: msg.itemField('hash'), ...at };
  if (!('data' in item)) return { reason: msg.itemField('data'), ...at };
  for (const f of ['packId', 'packVersion', 'ward'] as const) {
    if (key[f] !== bundle[f]) return { reason: msg.itemOutsideBundle(f), ...at };
  }
  return {
    record: {
      ...key, revision: revision as number, data: item.data, hash: item.hash, cutOffDate: item.cutOffDate,
      author: item.author as string, submittedAt: item.submittedAt as string, status: 'submitted',
    },
  };
}

/** Parses and checks the envelope; returns the bundle object or the fatal reason. */
async function readEnvelope(store: Store, input: unknown, opts: ImportOptions): Promise<{ bundle: Obj; items: unknown[] } | { fatal: Bilingual }> {
  const max = opts.maxBytes ?? DEFAULT_MAX_BUNDLE_BYTES;
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    try {
      text = JSON.stringify(input) ?? '';
    } catch {
      return { fatal: msg.notSerialisable() };
    }
  }
  const bytes = utf8Length(text, max);
  if (bytes > max) return { fatal: msg.tooLarge(bytes, max) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { fatal: msg.invalidJson(describeError(e, 'en')) };
  }
  if (!isObj(parsed) || parsed.format !== BUNDLE_FORMAT) return { fatal: msg.notBundle() };
  for (const k of Object.keys(parsed)) {
    if (FORBIDDEN_KEYS.has(k)) return { fatal: msg.forbiddenKey(`/${k}`) };
  }
  if (parsed.formatVersion !== BUNDLE_FORMAT_VERSION) return { fatal: msg.formatVersion(parsed.formatVersion) };
  for (const f of ['packId', 'packVersion', 'ward']) {
    if (!isText(parsed[f])) return { fatal: msg.badField(f) };
  }
  if (!Array.isArray(parsed.submissions)) return { fatal: msg.badField('submissions') };
  if (parsed.packHash !== undefined && typeof parsed.packHash !== 'string') return { fatal: msg.badField('packHash') };
  const packId = parsed.packId as string;
  const packVersion = parsed.packVersion as string;
  const pack = await store.getPack(packId, packVersion);
  if (!pack) return { fatal: msg.unknownPack(packId, packVersion) };
  if (parsed.packHash !== undefined && parsed.packHash !== pack.hash) return { fatal: msg.packHashMismatch(packId, packVersion) };
  const wards = typeof opts.knownWards === 'function' ? await opts.knownWards(packId, packVersion) : opts.knownWards;
  if (!wards.includes(parsed.ward as string)) return { fatal: msg.unknownWard(parsed.ward as string) };
  return { bundle: parsed, items: parsed.submissions };
}

/**
 * Imports a ward's bundle: checks size (before parsing), JSON, format, forbidden keys, the
 * pinned pack version, the ward, each item's hash and data, then stores each good item with
 * its own revision number. Idempotent: importing twice adds nothing.
 * @param store where to import
 * @param input the file text, or an already parsed value
 * @param opts validator, known wards, size bound
 * @returns what was taken, skipped and refused; `fatal` when the whole bundle was refused
 * @example
 * ```ts
 * const report = await importBundle(store, await file.text(), {
 *   validate: (packId, version, formId, data) => validator.check(packId, version, formId, data),
 *   knownWards: ['PHU_THUONG', 'NHAT_TAN'],
 * });
 * ```
 */
export async function importBundle(store: Store, input: unknown, opts: ImportOptions): Promise<ImportReport> {
  const report: ImportReport = { taken: [], skipped: [], refused: [] };
  const envelope = await readEnvelope(store, input, opts);
  if ('fatal' in envelope) return { ...report, fatal: envelope.fatal };
  const { bundle, items } = envelope;

  for (let index = 0; index < items.length; index++) {
    const read = readItem(items[index], bundle);
    if ('reason' in read) {
      const refused: RefusedItem = { index, reason: read.reason };
      if (read.key) refused.key = read.key;
      if (read.revision !== undefined) refused.revision = read.revision;
      report.refused.push(refused);
      continue;
    }
    const record = read.record;
    const key: FormDataKey = { packId: record.packId, packVersion: record.packVersion, formId: record.formId, ward: record.ward, period: record.period };
    const at = { index, key, revision: record.revision };
    try {
      if ((await submissionHash(record)) !== record.hash) {
        report.refused.push({ ...at, reason: msg.tampered() });
        continue;
      }
      const local = (await store.getSubmissions(key)).find((s) => s.revision === record.revision);
      if (local) {
        if (local.hash === record.hash) report.skipped.push(at);
        else report.refused.push({ ...at, reason: msg.conflict(key.formId, key.period, record.revision) });
        continue;
      }
      let errors: Bilingual[];
      try {
        errors = await opts.validate(record.packId, record.packVersion, record.formId, normalizeJson(record.data));
      } catch (e) {
        report.refused.push({ ...at, reason: msg.validatorFailed(describeError(e, 'en')) });
        continue;
      }
      if (errors.length > 0) {
        report.refused.push({ ...at, reason: msg.invalidData(errors) });
        continue;
      }
      const outcome = await store.importSubmission(record);
      (outcome === 'added' ? report.taken : report.skipped).push(at);
    } catch (e) {
      const reason = e instanceof SubmissionConflictError
        ? msg.conflict(key.formId, key.period, record.revision)
        : e instanceof StoreError ? e.messages : { vi: `Lỗi: ${describeError(e, 'en')}`, en: `Error: ${describeError(e, 'en')}` };
      report.refused.push({ ...at, reason });
    }
  }
  return report;
}
