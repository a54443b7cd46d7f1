import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, DEFAULT_MAX_BUNDLE_BYTES } from './bundle.js';
import type { ImportOptions, ImportReport } from './bundle.js';
import type { Bilingual } from '../common/bilingual.js';
import { importMessages as msg } from './import-messages.js';
import { emptyReport, errorReason, HEX64, readEnvelope, readItemHead, refuse } from './exchange-file.js';
import type { FileKind, ItemRead, Obj } from './exchange-file.js';
import { normalizeJson } from '../storage/canonical-json.js';
import { SubmissionConflictError } from '../storage/storage-errors.js';
import { submissionHash } from '../storage/submission-hash.js';
import type { FormDataKey, SubmissionRecord } from '../storage/records.js';
import type { Store } from '../storage/store.js';
import { describeError } from '../common/formplan-error.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The ward's file, as `readEnvelope` expects it. */
const WARD_FILE: FileKind = {
  format: BUNDLE_FORMAT,
  formatVersion: BUNDLE_FORMAT_VERSION,
  itemsField: 'submissions',
  name: { vi: 'tệp báo cáo của phường (tệp gửi quận do formplan tạo)', en: 'a formplan bundle (missing "format": "formplan-bundle")' },
};

/** Reads one bundle item into a submission record, or says why it cannot. */
function readItem(raw: unknown, bundle: Obj): ItemRead<SubmissionRecord> {
  const head = readItemHead(raw, bundle, ['author', 'submittedAt'], { field: msg.itemField, outside: msg.itemOutsideBundle });
  if (!('item' in head)) return head;
  const { item, key, revision } = head;
  const at = { key, revision };
  if (typeof item.cutOffDate !== 'string' || !ISO_DATE.test(item.cutOffDate)) return { reason: msg.itemField('cutOffDate'), ...at };
  if (typeof item.hash !== 'string' || !HEX64.test(item.hash)) return { reason: msg.itemField('hash'), ...at };
  if (!('data' in item)) return { reason: msg.itemField('data'), ...at };
  return {
    record: {
      ...key, revision, data: item.data, hash: item.hash, cutOffDate: item.cutOffDate,
      author: item.author as string, submittedAt: item.submittedAt as string, status: 'submitted',
    },
  };
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
  const report = emptyReport();
  const envelope = await readEnvelope(store, input, WARD_FILE, opts.maxBytes ?? DEFAULT_MAX_BUNDLE_BYTES);
  if ('fatal' in envelope) return { ...report, fatal: envelope.fatal };
  const { file: bundle, items, pack } = envelope;
  const wards = typeof opts.knownWards === 'function' ? await opts.knownWards(pack.id, pack.version) : opts.knownWards;
  if (!wards.includes(bundle.ward as string)) return { ...report, fatal: msg.unknownWard(bundle.ward as string) };

  for (let index = 0; index < items.length; index++) {
    const read = readItem(items[index], bundle);
    if ('reason' in read) {
      refuse(report, index, read);
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
      const reason = e instanceof SubmissionConflictError ? msg.conflict(key.formId, key.period, record.revision) : errorReason(e);
      report.refused.push({ ...at, reason });
    }
  }
  return report;
}
