/**
 * The administrator's pack drafts as the host makes them: a new draft from a published version
 * ("Sửa thành bản mới"), from the rollover wizard, from an imported file; a version as a zip file.
 * Every draft is stored with `putPackDraft` (an empty history over its base), so the editor
 * opens it like any other.
 */
import { MAX_PACK_BYTES, freeVersion, loadPack, loadPackFromZip, nextVersion, packToZip, parseJsonText } from '@formplan/core';
import type { Bilingual, LoadResult, PackDraftRecord, PackRecord, PackSource, Store } from '@formplan/core';
import { metaSchemas } from '../pack-source.js';
import { downloadBlob } from './download.js';
import { term } from '../host-strings.js';

/** One problem of an imported file: which file, where in it, what (vi/en). */
export interface FileProblem {
  file: string;
  pointer: string;
  message: Bilingual;
}

/** A checked pack from a file, or its problems (nothing stored). */
export type PackFileResult = { ok: true; pack: PackSource } | { ok: false; problems: FileProblem[] };

/** The pack with another version in its manifest (a draft's id and version are its manifest's). */
function withVersion(pack: PackSource, version: string): PackSource {
  return { ...pack, manifest: { ...pack.manifest, version } };
}

/** Whether a version of a pack id is published or drafted already. */
async function taken(store: Store, id: string, version: string): Promise<boolean> {
  return !!(await store.getPack(id, version)) || !!(await store.getPackDraft(id, version));
}

/** Stores a new draft (revision 1) with an empty history. */
function storeDraft(store: Store, pack: PackSource, origin: PackDraftRecord['origin'], basedOn: PackDraftRecord['basedOn']): Promise<PackDraftRecord> {
  const { id, version } = pack.manifest;
  return store.putPackDraft({ id, version, basedOn, origin, base: pack, history: { past: [], future: [] }, source: pack }, 0);
}

/** The minor version after `v` (`1.0.0` → `1.1.0`), as for non-breaking changes; else core `nextVersion`. */
function minorAfter(v: string): string {
  const m = /^(\d+)\.(\d+)\.\d+$/.exec(v);
  return m ? `${m[1]}.${Number(m[2]) + 1}.0` : nextVersion(v, []);
}

/**
 * "Sửa thành bản mới": a draft of the next free minor version after `record`, based on it (the
 * draft's version is its manifest's from the start; publishing keeps it).
 */
export async function draftFromPublished(store: Store, record: PackRecord): Promise<PackDraftRecord> {
  let version = minorAfter(record.version);
  while (await taken(store, record.id, version)) version = minorAfter(version);
  return storeDraft(store, withVersion(record.source as PackSource, version), 'edit', { id: record.id, version: record.version });
}

/**
 * The rollover wizard's new pack as a draft, based on the pack it was rolled over from; when its
 * version was taken meanwhile (another tab), the next free one (core `freeVersion`).
 */
export async function draftFromRollover(store: Store, pack: PackSource): Promise<PackDraftRecord> {
  const { id, version } = pack.manifest;
  if (await taken(store, id, version)) {
    const stored = [...(await store.listPacks()), ...(await store.listPackDrafts())];
    pack = withVersion(pack, freeVersion(id, stored, version).version);
  }
  return storeDraft(store, pack, 'rollover', pack.manifest.previous ?? null);
}

/** An imported pack as a draft; refused (undefined) when that id and version exist already. */
export async function draftFromImport(store: Store, pack: PackSource): Promise<PackDraftRecord | undefined> {
  if (await taken(store, pack.manifest.id, pack.manifest.version)) return undefined;
  return storeDraft(store, pack, 'import', pack.manifest.previous ?? null);
}

/** Saves a pack as `<id>-<version>.zip` (the pack folder: `formplan validate` reads it). */
export function downloadPackZip(pack: PackSource): string {
  const name = `${pack.manifest.id}-${pack.manifest.version}.zip`;
  downloadBlob(name, new Blob([new Uint8Array(packToZip(pack))], { type: 'application/zip' }));
  return name;
}

/**
 * Reads a pack file (a zip of the pack folder, or the pack as one JSON object) and checks it in
 * full (core `loadPackFromZip` / `loadPack`: errors name the file inside the zip); never throws.
 */
export async function readPackFile(file: File): Promise<PackFileResult> {
  if (file.size > MAX_PACK_BYTES) {
    const params = { size: file.size, max: MAX_PACK_BYTES };
    return { ok: false, problems: [{ file: file.name, pointer: '', message: { vi: term('vi', 'host', 'fileTooLarge', params), en: term('en', 'host', 'fileTooLarge', params) } }] };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const options = { metaSchemas: metaSchemas(), maxBytes: MAX_PACK_BYTES };
  let checked: LoadResult;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    checked = loadPackFromZip(bytes, options);
  } else {
    const parsed = parseJsonText(new TextDecoder().decode(bytes), file.name);
    if (!parsed.ok) return { ok: false, problems: [parsed.error] };
    checked = loadPack(parsed.value, options);
  }
  if (checked.ok) return { ok: true, pack: checked.pack };
  return { ok: false, problems: checked.errors.map((e) => ({ file: `${file.name}: ${e.file}`, pointer: e.pointer, message: e.message })) };
}
