/**
 * A pack folder as one .zip file, both ways (fflate; node and browser). The files are those of the
 * folder layout (`pack-from-files.ts`), each pretty-printed JSON with a final newline, so an
 * unzipped export diffs cleanly against the committed folder. Reading is bounded before anything
 * is inflated (entry count, per-file and total uncompressed size); names with `..`, absolute paths,
 * backslashes or control characters refuse the whole file; contents go through the loader's
 * safety scan (forbidden keys such as `__proto__`, NFC, depth). Errors name the file, in vi and en.
 */
import { strToU8, unzipSync, zipSync, type UnzipFileInfo } from 'fflate';
import { FormplanError } from '../common/formplan-error.js';
import { checkRawPack, type LoadOptions, type RawPack } from './load-pack.js';
import { MAX_FILE_BYTES, MAX_FILES_PER_FOLDER } from './file-limits.js';
import { MAX_PACK_BYTES } from './limits.js';
import { packError, type LoadResult, type PackError } from './pack-error.js';
import { PACK_FOLDERS, PACK_PART_FILES, packFromRaw, packToFiles, rawPackFromFiles, type UncheckedPackSource } from './pack-from-files.js';
import { parseJsonText } from './parse-json.js';
import { scanJson } from './scan-json.js';
import type { PackSource } from './types.js';

/** Bounds of reading a pack zip. */
export interface PackZipLimits {
  /** most bytes, compressed file and inflated pack files each (default 20 MB, `MAX_PACK_BYTES`) */
  maxBytes?: number;
  /** most bytes of one inflated file (default 5 MB, `MAX_FILE_BYTES`) */
  maxFileBytes?: number;
  /** most entries in the zip, of any kind (default 1000) */
  maxEntries?: number;
}

/** A pack zip that cannot be written or read; `errors` name the files. */
export class PackZipError extends FormplanError {
  /** every problem found, each with its file */
  readonly errors: readonly PackError[];

  constructor(errors: readonly PackError[]) {
    const first = errors[0];
    const more = errors.length > 1 ? errors.length - 1 : 0;
    const at = first.file ? `${first.file}: ` : '';
    super('pack-zip', {
      vi: `${at}${first.message.vi}${more ? ` (và ${more} lỗi khác)` : ''}`,
      en: `${at}${first.message.en ?? first.message.vi}${more ? ` (and ${more} more error(s))` : ''}`,
    }, { pointer: first.pointer });
    this.name = 'PackZipError';
    this.errors = errors;
  }
}

/** Fixed entry time, so the same pack always zips to the same bytes. */
const ZIP_TIME = new Date(2000, 0, 1);
const DEFAULT_MAX_ENTRIES = 1000;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** How a pack file is written: two-space JSON with a final newline (as the committed folders are). */
export function packFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The pack as a zip of its folder: `pack.json`, `org-units.json`, `agencies.json`,
 * `category-sets.json`, `calendar.json`, `plan.json`, `criteria/<id>.json`, `forms/<id>.json`.
 * @param pack - the pack
 * @returns the zip file's bytes (the same pack gives the same bytes)
 * @throws {PackZipError} `bad-file-id` when a form or criteria set id cannot name a file
 */
export function packToZip(pack: PackSource): Uint8Array {
  const r = packToFiles(pack);
  if (!r.ok) throw new PackZipError([packError(`${r.folder}/`, `/${r.key}/${r.index}`, 'bad-file-id', { id: String(r.id), folder: r.folder })]);
  const entries: Record<string, Uint8Array> = {};
  for (const [path, value] of Object.entries(r.files)) entries[path] = strToU8(packFileText(value));
  return zipSync(entries, { level: 9, mtime: ZIP_TIME });
}

/** Whether a zip entry name could escape the pack folder or is not a plain relative path. */
function unsafeName(name: string): boolean {
  return name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name)
    // eslint-disable-next-line no-control-regex
    || /[\u0000-\u001f\u007f]/.test(name) || name.split('/').some((s) => s === '..' || s === '.');
}

/** The folder every pack file sits in (`''`, or `tay-ho-2018/` for a zip of the folder itself). */
function packPrefix(names: readonly string[]): string {
  if (names.includes('pack.json')) return '';
  const nested = names.filter((n) => /^[^/]+\/pack\.json$/.test(n));
  return nested.length === 1 ? nested[0].slice(0, -'pack.json'.length) : '';
}

/** Whether a name (below the prefix) is one of the layout's files. */
function isPackFile(rel: string): boolean {
  if (PACK_PART_FILES.some(([, f]) => f === rel)) return true;
  return PACK_FOLDERS.some(([, folder]) => rel.startsWith(`${folder}/`) && rel.endsWith('.json') && !rel.slice(folder.length + 1).includes('/'));
}

/**
 * Reads a pack zip into its parts with file names, bounded; never throws.
 * @param bytes - the zip file
 * @param limits - size and count bounds
 */
export function readPackZip(bytes: Uint8Array, limits: PackZipLimits = {}): { ok: true; raw: RawPack } | { ok: false; errors: PackError[] } {
  const maxBytes = limits.maxBytes ?? MAX_PACK_BYTES;
  const maxFileBytes = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const fail = (e: PackError): { ok: false; errors: PackError[] } => ({ ok: false, errors: [e] });
  if (bytes.length > maxBytes) return fail(packError('', '', 'pack-too-large', { limit: maxBytes }));
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, { filter: (f) => { if (entries.length <= maxEntries) entries.push(f); return false; } });
  } catch (e) {
    return fail(packError('', '', 'not-a-zip', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (entries.length > maxEntries) return fail(packError('', '', 'too-many-files', { limit: maxEntries }));
  const bad = entries.find((f) => unsafeName(f.name));
  if (bad) return fail(packError(bad.name, '', 'unsafe-file-name', { name: bad.name }));
  const prefix = packPrefix(entries.map((f) => f.name.normalize('NFC')));
  const wanted = new Map<string, string>();
  const errors: PackError[] = [];
  let total = 0;
  const perFolder = new Map<string, number>();
  for (const f of entries) {
    const name = f.name.normalize('NFC');
    if (!name.startsWith(prefix) || !isPackFile(name.slice(prefix.length))) continue;
    const rel = name.slice(prefix.length);
    const folder = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '';
    if (folder) perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    if (f.originalSize > maxFileBytes) errors.push(packError(rel, '', 'file-too-large', { size: f.originalSize, limit: maxFileBytes }));
    total += f.originalSize;
    wanted.set(f.name, rel);
  }
  for (const [folder, n] of perFolder) if (n > MAX_FILES_PER_FOLDER) errors.push(packError(folder, '', 'too-many-files', { limit: MAX_FILES_PER_FOLDER }));
  if (total > maxBytes) errors.push(packError('', '', 'pack-too-large', { limit: maxBytes }));
  if (errors.length > 0) return { ok: false, errors };
  let inflated: Record<string, Uint8Array>;
  try {
    // each file inflates into a buffer of its declared size: a lying header cannot grow it
    inflated = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch (e) {
    return fail(packError('', '', 'not-a-zip', { detail: e instanceof Error ? e.message : String(e) }));
  }
  const files: Record<string, unknown> = {};
  for (const [name, data] of Object.entries(inflated)) {
    const rel = wanted.get(name) ?? name;
    let text: string;
    try {
      text = decoder.decode(data);
    } catch {
      errors.push(packError(rel, '', 'read-failed', { reason: 'not UTF-8 text / không phải văn bản UTF-8' }));
      continue;
    }
    const parsed = parseJsonText(text, rel);
    if (parsed.ok) files[rel] = parsed.value;
    else errors.push(parsed.error);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, raw: rawPackFromFiles(files) };
}

/**
 * A pack zip's parts, unchecked but safe to hand on: bounded, names checked, every file parsed
 * and scanned (no forbidden keys, NFC, not too deep). Check it with `loadPack`.
 * @param bytes - the zip file
 * @param limits - size and count bounds (`maxBytes` default 20 MB)
 * @throws {PackZipError} naming the file of each problem
 */
export function packFromZip(bytes: Uint8Array, limits: PackZipLimits = {}): UncheckedPackSource {
  const r = readPackZip(bytes, limits);
  if (!r.ok) throw new PackZipError(r.errors);
  const { raw } = r;
  const parts = [raw.manifest, raw.orgUnits, raw.agencies, raw.categorySets, raw.calendar, raw.plan, ...raw.criteriaSets, ...raw.forms];
  const errors = parts.flatMap((p) => (p.value === undefined ? [] : scanJson(p.value, p.file, 100, limits.maxBytes ?? MAX_PACK_BYTES).errors));
  if (errors.length > 0) throw new PackZipError(errors);
  return packFromRaw(raw);
}

/**
 * Loads a pack zip like a pack folder: read bounded, then every check of `loadPack`; errors name
 * the files inside the zip. Never throws.
 * @param bytes - the zip file
 * @param options - meta-schemas (and expression checker) plus the zip bounds
 */
export function loadPackFromZip(bytes: Uint8Array, options: LoadOptions & PackZipLimits): LoadResult {
  const r = readPackZip(bytes, options);
  return r.ok ? checkRawPack(r.raw, options) : r;
}
