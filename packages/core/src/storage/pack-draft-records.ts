/**
 * Pack drafts in a store (the administrator's editor keeps the draft pack and its undo history
 * here, so a reload loses nothing) and publishing one: the whole-pack check must find no error,
 * then the draft becomes an immutable pack version and the draft is removed, in one step.
 */
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import type { Bilingual } from '../common/bilingual.js';
import { normalizeJson } from './canonical-json.js';
import { contentHash } from './content-hash.js';
import { MAX_PACK_DRAFT_BYTES, PackDraftConflictError, PackDraftRefusedError, draftTooLarge } from './pack-draft-errors.js';
import { PackVersionConflictError } from './storage-errors.js';
import { checkKey, checkRevision, type StoreContext, type StorePrimitives } from './store-context.js';
import type { PackDraftRecord, PackRecord } from './records.js';

/** What `putPackDraft` takes (the store sets the times and the revision). */
export type PackDraftInput = Omit<PackDraftRecord, 'createdAt' | 'updatedAt' | 'revision'>;

/** One finding of a whole-pack check (authoring's `PackProblem` fits). */
export interface PublishCheckProblem {
  severity: 'error' | 'warning';
  message?: Bilingual;
  pointer?: string;
}

/** A whole-pack check: what would stop the pack from being published. */
export type PublishCheck = (pack: PackSource, metaSchemas: readonly MetaSchemaDoc[]) => readonly PublishCheckProblem[];

/** Options of `publishPackDraft`. */
export interface PublishPackOptions {
  /** the administrator's release notes */
  notes?: string;
  /** the meta-schemas the pack is checked against */
  metaSchemas: readonly MetaSchemaDoc[];
  /**
   * the whole-pack check: authoring's `checkDraftPack` (passed in, so the ward's bundle, which
   * holds the store, does not carry the editor's checks)
   */
  check: PublishCheck;
  /** the change log against the version the draft is based on; its length is stored as `changeCount` (default: the number of undo steps) */
  changeLog?: (previous: PackSource | undefined, next: PackSource) => readonly unknown[];
}

/** What the atomic publish primitive reports. */
export type PublishCommit =
  | { outcome: 'published'; record: PackRecord }
  | { outcome: 'draft-changed'; stored: PackDraftRecord | undefined }
  | { outcome: 'version-taken'; existing: PackRecord };

const encoder = new TextEncoder();

function manifestOf(source: unknown): { id?: unknown; version?: unknown } | undefined {
  const m = (source as { manifest?: unknown } | null)?.manifest;
  return m !== null && typeof m === 'object' ? m : undefined;
}

/** Saves a pack draft if the stored revision is `expectedRevision` (0 = none yet); else {@link PackDraftConflictError}. */
export async function putPackDraft(ctx: StoreContext, input: PackDraftInput, expectedRevision = 0, replacing?: number): Promise<PackDraftRecord> {
  checkKey(input, ['id', 'version']);
  checkRevision(expectedRevision);
  const m = manifestOf(input.source);
  if (m && (m.id !== input.id || m.version !== input.version)) {
    throw new PackDraftRefusedError('mismatch', {
      vi: `Bản nháp ${input.id} ${input.version} mang gói ${String(m.id)} ${String(m.version)}: mã và phiên bản phải trùng với pack.json.`,
      en: `Draft ${input.id} ${input.version} holds pack ${String(m.id)} ${String(m.version)}: the id and version must match pack.json.`,
    });
  }
  const clean = normalizeJson({
    id: input.id, version: input.version, basedOn: input.basedOn, origin: input.origin,
    base: input.base, history: input.history, source: input.source,
  }, { sortKeys: false }) as unknown as PackDraftInput;
  const bytes = encoder.encode(JSON.stringify(clean)).length;
  if (bytes > MAX_PACK_DRAFT_BYTES) throw draftTooLarge(bytes);
  if (await ctx.db.readPack(input.id, input.version)) {
    throw new PackDraftRefusedError('already-published', {
      vi: `Gói ${input.id} phiên bản ${input.version} đã được công bố và không sửa được nữa; hãy tạo bản nháp với số phiên bản mới.`,
      en: `Pack ${input.id} version ${input.version} is published and cannot change; start a draft with a new version number.`,
    });
  }
  return ctx.guard({ method: 'putPackDraft', args: [clean, expectedRevision] }, async () => {
    const now = ctx.nowIso();
    const before = expectedRevision > 0 ? await ctx.db.readPackDraft(input.id, input.version) : undefined;
    const createdAt = before?.revision === expectedRevision ? before.createdAt : now;
    const record: PackDraftRecord = { ...clean, createdAt, updatedAt: now, revision: expectedRevision + 1 };
    const r = await ctx.db.casPackDraft(input.id, input.version, expectedRevision, record);
    if (!r.ok) throw new PackDraftConflictError(r.stored, expectedRevision, input);
    return record;
  }, replacing);
}

/** Deletes a pack draft (guarded by revision when given). */
export async function deletePackDraft(ctx: StoreContext, id: string, version: string, expectedRevision?: number, replacing?: number): Promise<void> {
  checkKey({ id, version }, ['id', 'version']);
  if (expectedRevision !== undefined) checkRevision(expectedRevision);
  const args: [string, string, number?] = expectedRevision === undefined ? [id, version] : [id, version, expectedRevision];
  return ctx.guard({ method: 'deletePackDraft', args }, async () => {
    const r = await ctx.db.casPackDraft(id, version, expectedRevision, undefined);
    if (!r.ok) throw new PackDraftConflictError(r.stored, expectedRevision ?? 0, { id, version });
  }, replacing);
}

/** Every pack draft, by id then version. */
export async function listPackDrafts(db: StorePrimitives): Promise<PackDraftRecord[]> {
  const all = await db.readPackDrafts();
  const key = (d: PackDraftRecord): string => `${d.id}\u0000${d.version}`;
  return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * Publishes a pack draft: refused (listing the problems) when the check finds an error; else the
 * draft's document is stored as an immutable pack version (status `published`, time, notes, change
 * count, the version it is based on) and the draft removed, atomically.
 * @throws {PackDraftRefusedError} `not-found` or `has-errors`
 * @throws {PackDraftConflictError} when another tab saved the draft meanwhile
 * @throws {PackVersionConflictError} when that id + version is already published with other content
 */
export async function publishPackDraft(ctx: StoreContext, id: string, version: string, options: PublishPackOptions): Promise<PackRecord> {
  checkKey({ id, version }, ['id', 'version']);
  const draft = await ctx.db.readPackDraft(id, version);
  if (!draft) {
    throw new PackDraftRefusedError('not-found', {
      vi: `Không có bản nháp gói ${id} ${version} để công bố.`,
      en: `There is no draft of pack ${id} ${version} to publish.`,
    });
  }
  const errors = options.check(draft.source, options.metaSchemas).filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new PackDraftRefusedError('has-errors', {
      vi: `Chưa công bố được gói ${id} ${version}: còn ${errors.length} lỗi. Hãy sửa các lỗi trong danh sách Vấn đề rồi công bố lại.`,
      en: `Pack ${id} ${version} cannot be published yet: ${errors.length} error(s) remain. Fix them in the Problems list and publish again.`,
    }, errors);
  }
  const previous = draft.basedOn ? await ctx.db.readPack(draft.basedOn.id, draft.basedOn.version) : undefined;
  const changeCount = options.changeLog
    ? options.changeLog(previous?.source as PackSource | undefined, draft.source).length
    : draft.history.past.length;
  const hash = await contentHash(draft.source);
  const now = ctx.nowIso();
  const record: PackRecord = { id, version, source: draft.source, hash, savedAt: now, status: 'published', publishedAt: now, changeCount };
  if (options.notes !== undefined && options.notes.trim() !== '') record.notes = options.notes.trim().normalize('NFC');
  if (draft.basedOn) record.basedOn = { id: draft.basedOn.id, version: draft.basedOn.version };
  const r = await ctx.db.commitPublish(record, draft.revision);
  if (r.outcome === 'draft-changed') throw new PackDraftConflictError(r.stored, draft.revision, { id, version });
  if (r.outcome === 'version-taken') throw new PackVersionConflictError(r.existing);
  return r.record;
}
