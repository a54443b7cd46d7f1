import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRawPack, type LoadOptions, type RawPack, type RawPart } from './load-pack.js';
import { MAX_FILE_BYTES, MAX_FILES_PER_FOLDER } from './file-limits.js';
import { MAX_PACK_BYTES } from './limits.js';
import type { MetaSchemaDoc } from './meta-validator.js';
import { packError, type LoadResult, type PackError } from './pack-error.js';
import { parseJsonText } from './parse-json.js';
import { PACK_FOLDERS, PACK_PART_FILES } from './pack-from-files.js';
import { loadPackFromZip } from './pack-zip.js';

/**
 * The meta-schema folder: the repository's `schemas/meta`, or, in the published package (under a
 * node_modules folder), the copy `build:lib` puts in the package's `meta/`.
 */
export const DEFAULT_META_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/node_modules/') ? '../../meta/' : '../../../../schemas/meta/', import.meta.url),
);

const decoder = new TextDecoder('utf-8', { fatal: true });
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Reads one bounded JSON file; `value` is `undefined` when the file does not exist. */
async function readJsonFile(
  dir: string, file: string, budget: { left: number }, errors: PackError[],
): Promise<RawPart> {
  const path = join(dir, file);
  let size: number;
  try {
    const st = await lstat(path);
    if (!st.isFile()) {
      errors.push(packError(file, '', 'read-failed', { reason: 'not a regular file' }));
      return { file, value: null, failed: true };
    }
    size = st.size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file, value: undefined };
    errors.push(packError(file, '', 'read-failed', { reason: reason(e) }));
    return { file, value: null, failed: true };
  }
  if (size > MAX_FILE_BYTES) {
    errors.push(packError(file, '', 'file-too-large', { size, limit: MAX_FILE_BYTES }));
    return { file, value: null, failed: true };
  }
  if (size > budget.left) {
    errors.push(packError(file, '', 'pack-too-large', { limit: MAX_PACK_BYTES }));
    return { file, value: null, failed: true };
  }
  budget.left -= size;
  try {
    const bytes = await readFile(path);
    const parsed = parseJsonText(decoder.decode(bytes), file);
    if (!parsed.ok) {
      errors.push(parsed.error);
      return { file, value: null, failed: true };
    }
    return { file, value: parsed.value };
  } catch (e) {
    errors.push(packError(file, '', 'read-failed', { reason: reason(e) }));
    return { file, value: null, failed: true };
  }
}

/** Lists `*.json` files of a sub-folder, sorted; a missing folder lists nothing. */
async function listJson(dir: string, sub: string, errors: PackError[]): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dir, sub));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') errors.push(packError(sub, '', 'read-failed', { reason: reason(e) }));
    return [];
  }
  const json = names.filter((n) => n.endsWith('.json')).sort();
  if (json.length > MAX_FILES_PER_FOLDER) {
    errors.push(packError(sub, '', 'too-many-files', { limit: MAX_FILES_PER_FOLDER }));
    return [];
  }
  return json.map((n) => `${sub}/${n}`);
}

/**
 * Reads every `*.schema.json` of a folder as meta-schema documents. Never throws.
 * @param dir - the folder; default the repository's `schemas/meta`
 */
export async function readMetaSchemas(
  dir: string = DEFAULT_META_DIR,
): Promise<{ ok: true; docs: MetaSchemaDoc[] } | { ok: false; errors: PackError[] }> {
  const errors: PackError[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.schema.json')).sort();
  } catch (e) {
    return { ok: false, errors: [packError(dir, '', 'meta-schema', { detail: reason(e) })] };
  }
  const budget = { left: MAX_PACK_BYTES };
  const docs: MetaSchemaDoc[] = [];
  for (const n of names) {
    const part = await readJsonFile(dir, n, budget, errors);
    if (part.value !== undefined && part.value !== null) docs.push({ file: `schemas/meta/${n}`, schema: part.value });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, docs };
}

/** The given meta-schemas, or the repository's. */
async function metaSchemasOf(options: Partial<LoadOptions>): Promise<{ ok: true; docs: readonly MetaSchemaDoc[] } | { ok: false; errors: PackError[] }> {
  return options.metaSchemas ? { ok: true, docs: options.metaSchemas } : readMetaSchemas();
}

/**
 * Loads a pack folder (node only): reads `pack.json`, `org-units.json`, `agencies.json`,
 * `category-sets.json`, `criteria/*.json`, `calendar.json`, `plan.json` and `forms/*.json`
 * with size bounds ({@link MAX_FILE_BYTES} per file, {@link MAX_PACK_BYTES} per pack, checked
 * before reading), then checks it like {@link loadPack}. Never throws.
 * @param dir - the pack folder
 * @param options - meta-schemas (default: read from `schemas/meta`) and expression checker
 */
export async function loadPackFromDir(dir: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  try {
    const meta = await metaSchemasOf(options);
    if (!meta.ok) return meta;
    const metaSchemas = meta.docs;
    const errors: PackError[] = [];
    try {
      const st = await stat(dir);
      if (!st.isDirectory()) return { ok: false, errors: [packError(dir, '', 'read-failed', { reason: 'not a folder' })] };
    } catch (e) {
      return { ok: false, errors: [packError(dir, '', 'read-failed', { reason: reason(e) })] };
    }
    const budget = { left: MAX_PACK_BYTES };
    const one = (file: string): Promise<RawPart> => readJsonFile(dir, file, budget, errors);
    const parts: RawPart[] = [];
    for (const [, file] of PACK_PART_FILES) parts.push(await one(file));
    const [manifest, orgUnits, agencies, categorySets, calendar, plan] = parts;
    const raw: RawPack = { manifest, orgUnits, agencies, categorySets, calendar, plan, criteriaSets: [], forms: [] };
    for (const [key, folder] of PACK_FOLDERS) {
      for (const f of await listJson(dir, folder, errors)) raw[key].push(await one(f));
    }
    return checkRawPack(raw, { ...options, metaSchemas }, errors);
  } catch (e) {
    return { ok: false, errors: [packError(dir, '', 'read-failed', { reason: reason(e) })] };
  }
}

/**
 * Loads a pack zip file (node only): the file is refused above {@link MAX_PACK_BYTES} before it is
 * read, then read and checked like {@link loadPackFromDir} (see `loadPackFromZip`). Never throws.
 * @param file - the `.zip` file
 * @param options - meta-schemas (default: read from `schemas/meta`) and expression checker
 */
export async function loadPackFromZipFile(file: string, options: Partial<LoadOptions> = {}): Promise<LoadResult> {
  try {
    const meta = await metaSchemasOf(options);
    if (!meta.ok) return meta;
    const metaSchemas = meta.docs;
    const st = await stat(file);
    if (!st.isFile()) return { ok: false, errors: [packError(file, '', 'read-failed', { reason: 'not a file' })] };
    if (st.size > MAX_PACK_BYTES) return { ok: false, errors: [packError(file, '', 'pack-too-large', { limit: MAX_PACK_BYTES })] };
    return loadPackFromZip(new Uint8Array(await readFile(file)), { ...options, metaSchemas });
  } catch (e) {
    return { ok: false, errors: [packError(file, '', 'read-failed', { reason: reason(e) })] };
  }
}
