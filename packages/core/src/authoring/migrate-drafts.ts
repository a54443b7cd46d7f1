/**
 * Ward drafts across pack versions: before a new version is published, say for each ward draft
 * made under the old version whether its data carries over unchanged, carries over with a
 * mechanical change (a field added stays empty, a label changed, a retired field keeps its value
 * readable), or needs the ward's review (a field with data removed, a type changed, a value now
 * invalid under the new form's schema), with reasons in vi and en; then write the ones that carry
 * over as drafts under the new version. The old drafts are never deleted: they stay readable
 * under their own version.
 */
import type { Bilingual } from '../common/bilingual.js';
import { getAt } from '../common/json-pointer.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { FieldInfo, ResolvedForm, SchemaNode } from '../schema/resolved-form.js';
import { formDataKey } from '../storage/record-keys.js';
import { DraftConflictError } from '../storage/storage-errors.js';
import type { DraftRecord, PackRef } from '../storage/records.js';
import type { Store } from '../storage/store.js';
import type { PackSource } from '../pack/types.js';
import { AjvValidator } from '../validation/ajv-validator.js';
import type { FieldError, Validator } from '../validation/validator.js';

/** A draft whose data carries over; `changes` lists the mechanical ones (empty: unchanged). */
export interface MigratableDraft {
  draft: DraftRecord;
  /** the data to save under the new version */
  data: unknown;
  changes: Bilingual[];
}

/** A draft the ward must look at: it stays under its version. */
export interface DraftNeedingReview {
  draft: DraftRecord;
  reasons: Bilingual[];
}

/** The dry run of migrating ward drafts from one pack version to the next. */
export interface DraftMigrationPlan {
  from: PackRef;
  to: PackRef;
  migratable: MigratableDraft[];
  needsReview: DraftNeedingReview[];
  /** "N bản nháp chuyển được, M cần xem lại" / "N drafts can move, M need review" */
  summary: Bilingual;
}

/** What {@link applyDraftMigration} did. */
export interface DraftMigrationReport {
  written: DraftRecord[];
  /** drafts not written: a draft under the new version already exists (the ward's newer work wins) */
  skipped: { draft: DraftRecord; reason: Bilingual }[];
}

const refOf = (p: PackSource): PackRef => ({ id: p.manifest.id, version: p.manifest.version });
const q = (t: Bilingual, lang: 'vi' | 'en'): string => `'${lang === 'en' ? t.en ?? t.vi : t.vi}'`;
const hasValue = (v: unknown): boolean => v !== undefined && v !== null && v !== '';

/** Whether the node at a data pointer, or one above it, is retired (`x-fp-retired`) in a resolved schema. */
function isRetired(schema: SchemaNode, path: readonly string[]): boolean {
  let node: SchemaNode | undefined = schema;
  for (const seg of path) {
    const props = node?.properties as Record<string, SchemaNode> | undefined;
    node = props && Object.prototype.hasOwnProperty.call(props, seg) ? props[seg] : undefined;
    if (!node) return false;
    if (node['x-fp-retired'] === true) return true;
  }
  return false;
}

/** The summary line of a plan. */
export function draftMigrationSummary(migratable: number, needsReview: number): Bilingual {
  return {
    vi: `${migratable} bản nháp chuyển được, ${needsReview} cần xem lại`,
    en: `${migratable} draft${migratable === 1 ? '' : 's'} can move, ${needsReview} need${needsReview === 1 ? 's' : ''} review`,
  };
}

/** Errors under `to` that the data did not have under `from` (missing required values do not count: drafts are unfinished). */
function newErrors(validator: Validator, fromForm: ResolvedForm | undefined, toForm: ResolvedForm, data: unknown): FieldError[] {
  const key = (e: FieldError): string => `${e.pointer}\u0000${e.keyword}`;
  const before = new Set(fromForm ? validator.validate(fromForm.schema, data).map(key) : []);
  return validator.validate(toForm.schema, data).filter((e) => e.keyword !== 'required' && !before.has(key(e)));
}

/** Compares one draft's form under both versions. */
function planOne(from: PackSource, to: PackSource, draft: DraftRecord, validator: Validator): MigratableDraft | DraftNeedingReview {
  const toForm = resolveForm(to, draft.formId);
  if (!toForm) {
    return { draft, reasons: [{ vi: `Biểu ${draft.formId} không còn trong phiên bản mới.`, en: `Form ${draft.formId} is not in the new version.` }] };
  }
  const reasons: Bilingual[] = [];
  if (!to.calendar.periods.some((p) => p.id === draft.period)) {
    reasons.push({ vi: `Kỳ báo cáo ${draft.period} không còn trong lịch của phiên bản mới.`, en: `Period ${draft.period} is not in the new version's calendar.` });
  }
  const fromForm = resolveForm(from, draft.formId);
  const toFields = new Map(toForm.fields.map((f) => [f.pointer, f]));
  const fromFields = new Map((fromForm?.fields ?? []).map((f) => [f.pointer, f]));
  const changes: Bilingual[] = [];
  const gone = new Set<string>();
  for (const old of fromFields.values()) {
    const now = toFields.get(old.pointer);
    const filled = hasValue(getAt(draft.data, old.path));
    if (!now) {
      if (filled) {
        gone.add(old.pointer);
        reasons.push({ vi: `Trường ${q(old.fullLabel, 'vi')} đã bị bỏ; giá trị đã nhập sẽ không còn chỗ.`, en: `Field ${q(old.fullLabel, 'en')} was removed; its value has nowhere to go.` });
      }
    } else if (now.type !== old.type && filled) {
      reasons.push({ vi: `Trường ${q(old.fullLabel, 'vi')} đổi kiểu từ ${old.type} sang ${now.type}.`, en: `Field ${q(old.fullLabel, 'en')} changed type from ${old.type} to ${now.type}.` });
    } else if (now.fullLabel.vi !== old.fullLabel.vi || (now.fullLabel.en ?? '') !== (old.fullLabel.en ?? '')) {
      changes.push({ vi: `Đổi nhãn ${q(old.fullLabel, 'vi')} → ${q(now.fullLabel, 'vi')}.`, en: `Label ${q(old.fullLabel, 'en')} → ${q(now.fullLabel, 'en')}.` });
    }
    if (now && filled && isRetired(toForm.schema, old.path)) {
      changes.push({ vi: `Trường ${q(old.fullLabel, 'vi')} đã ngừng dùng; giá trị được giữ để đọc.`, en: `Field ${q(old.fullLabel, 'en')} is retired; its value is kept, readable.` });
    }
  }
  const added: FieldInfo[] = [...toFields.values()].filter((f) => !fromFields.has(f.pointer) && !f.readOnly);
  if (added.length > 0) {
    changes.push({ vi: `${added.length} trường mới, để trống: ${added.slice(0, 3).map((f) => q(f.fullLabel, 'vi')).join(', ')}${added.length > 3 ? ', …' : ''}.`, en: `${added.length} new field(s), left empty: ${added.slice(0, 3).map((f) => q(f.fullLabel, 'en')).join(', ')}${added.length > 3 ? ', …' : ''}.` });
  }
  const underGone = (p: string): boolean => [...gone].some((g) => p === g || p.startsWith(`${g}/`));
  let errors: FieldError[];
  try {
    errors = newErrors(validator, fromForm, toForm, draft.data);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { draft, reasons: [...reasons, { vi: `Không kiểm tra được dữ liệu theo biểu mới: ${detail}`, en: `The data cannot be checked against the new form: ${detail}` }] };
  }
  for (const e of errors) {
    if (underGone(e.pointer)) continue;
    const field = toFields.get(e.pointer);
    const where: Bilingual = field ? field.fullLabel : { vi: e.pointer, en: e.pointer };
    reasons.push({ vi: `${q(where, 'vi')}: ${e.message.vi}`, en: `${q(where, 'en')}: ${e.message.en ?? e.message.vi}` });
  }
  return reasons.length > 0 ? { draft, reasons } : { draft, data: structuredClone(draft.data), changes };
}

/**
 * The dry run: for each ward draft made under `from` (drafts of other packs or versions are left
 * out), whether its data moves to `to` as is, with mechanical changes, or needs review.
 * @param from - the version the drafts were made under
 * @param to - the new version
 * @param drafts - ward drafts (e.g. `store.listDrafts({ packId, packVersion })`)
 * @param options - the validator (default a fresh strict `AjvValidator`: pack forms are authored under strict mode)
 */
export function planDraftMigration(
  from: PackSource, to: PackSource, drafts: readonly DraftRecord[], options: { validator?: Validator } = {},
): DraftMigrationPlan {
  const validator = options.validator ?? new AjvValidator({ strict: true });
  const migratable: MigratableDraft[] = [];
  const needsReview: DraftNeedingReview[] = [];
  for (const d of drafts) {
    if (d.packId !== from.manifest.id || d.packVersion !== from.manifest.version) continue;
    const r = planOne(from, to, d, validator);
    if ('reasons' in r) needsReview.push(r);
    else migratable.push(r);
  }
  return { from: refOf(from), to: refOf(to), migratable, needsReview, summary: draftMigrationSummary(migratable.length, needsReview.length) };
}

/**
 * Writes the drafts that carry over as drafts under `toVersion` (same pack id, form, ward and
 * period; author kept). A draft already there is left alone (skipped). The old drafts stay.
 * @param store - where the drafts live
 * @param plan - from {@link planDraftMigration}
 * @param toVersion - the new pack version (usually `plan.to.version`)
 */
export async function applyDraftMigration(store: Store, plan: DraftMigrationPlan, toVersion: string): Promise<DraftMigrationReport> {
  const report: DraftMigrationReport = { written: [], skipped: [] };
  const already: Bilingual = {
    vi: 'Đã có bản nháp cho biểu này ở phiên bản mới; giữ bản đó.',
    en: 'A draft of this form already exists under the new version; it is kept.',
  };
  for (const { draft, data } of plan.migratable) {
    const key = { ...formDataKey(draft), packVersion: toVersion };
    if (await store.getDraft(key)) {
      report.skipped.push({ draft, reason: already });
      continue;
    }
    try {
      report.written.push(await store.saveDraft(key, data, 0, draft.author === undefined ? undefined : { author: draft.author }));
    } catch (e) {
      if (!(e instanceof DraftConflictError)) throw e;
      report.skipped.push({ draft, reason: already });
    }
  }
  return report;
}
