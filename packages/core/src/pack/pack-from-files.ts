/**
 * The one mapping between a pack folder's files and the one object {@link loadPack} takes: for
 * code that already holds the files in memory (a bundler's `import.meta.glob`, a test fetching
 * them, an unzipped pack) and for writing a pack back out as files (a zip export). The folder
 * loader reads the same names. Framework-free; nothing is checked here.
 */
import type { RawPack, RawPart } from './load-pack.js';
import type { PackSource } from './types.js';

/** The parts of a pack object, each still unchecked. */
export interface UncheckedPackSource {
  manifest: unknown;
  orgUnits: unknown;
  agencies: unknown;
  categorySets: unknown;
  calendar: unknown;
  plan: unknown;
  /** `criteria/*.json`, in file-name order */
  criteriaSets: unknown[];
  /** `forms/*.json`, in file-name order */
  forms: unknown[];
}

/** The single-file parts of a pack and their file names, in the order they are read and written. */
export const PACK_PART_FILES = [
  ['manifest', 'pack.json'], ['orgUnits', 'org-units.json'], ['agencies', 'agencies.json'],
  ['categorySets', 'category-sets.json'], ['calendar', 'calendar.json'], ['plan', 'plan.json'],
] as const;

/** The one-file-per-item parts and their folders (an item's file is named by its `id` / `x-fp-id`). */
export const PACK_FOLDERS = [['criteriaSets', 'criteria'], ['forms', 'forms']] as const;

/** A file name made from an item's id: lower-case ASCII words joined by hyphens (no path). */
export const PACK_FILE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The parts of a pack from its files, each with its file name (relative to the pack folder):
 * missing files have value `undefined`, folders list their `*.json` files in file-name order.
 * @param files - parsed JSON by path
 * @param prefix - what every path of the pack folder starts with
 */
export function rawPackFromFiles(files: Readonly<Record<string, unknown>>, prefix = ''): RawPack {
  const part = (file: string): RawPart => ({ file, value: Object.prototype.hasOwnProperty.call(files, `${prefix}${file}`) ? files[`${prefix}${file}`] : undefined });
  const folder = (sub: string): RawPart[] =>
    Object.keys(files)
      .filter((k) => k.startsWith(`${prefix}${sub}/`) && k.endsWith('.json') && !k.slice(prefix.length + sub.length + 1).includes('/'))
      .sort()
      .map((k) => ({ file: k.slice(prefix.length), value: files[k] }));
  const [manifest, orgUnits, agencies, categorySets, calendar, plan] = PACK_PART_FILES.map(([, file]) => part(file));
  return {
    manifest, orgUnits, agencies, categorySets, calendar, plan,
    criteriaSets: folder(PACK_FOLDERS[0][1]), forms: folder(PACK_FOLDERS[1][1]),
  };
}

/**
 * Assembles a pack from its files, keyed by path: `pack.json`, `org-units.json`,
 * `agencies.json`, `category-sets.json`, `calendar.json`, `plan.json`, `criteria/*.json` and
 * `forms/*.json`, each behind `prefix` (e.g. `'../../schemas/packs/tay-ho-2018/'`). A missing
 * file is `undefined` (an empty list for a folder), for `loadPack` to report.
 * @param files - parsed JSON by path
 * @param prefix - what every path of the pack folder starts with
 */
export function packFromFiles(files: Readonly<Record<string, unknown>>, prefix = ''): UncheckedPackSource {
  return packFromRaw(rawPackFromFiles(files, prefix));
}

/** The values of raw parts, without their file names. */
export function packFromRaw(raw: RawPack): UncheckedPackSource {
  return {
    manifest: raw.manifest.value, orgUnits: raw.orgUnits.value, agencies: raw.agencies.value,
    categorySets: raw.categorySets.value, calendar: raw.calendar.value, plan: raw.plan.value,
    criteriaSets: raw.criteriaSets.map((p) => p.value), forms: raw.forms.map((p) => p.value),
  };
}

/**
 * A pack as its folder's files, path → value: the inverse of {@link packFromFiles}. Criteria sets
 * and forms are named by their `id` / `x-fp-id`.
 * @param pack - the pack
 * @returns the files, or the first item whose id cannot name a file (missing, not `a-z0-9-`, or twice)
 */
export function packToFiles(
  pack: PackSource,
): { ok: true; files: Record<string, unknown> } | { ok: false; key: 'criteriaSets' | 'forms'; folder: string; index: number; id: unknown } {
  const files: Record<string, unknown> = {};
  for (const [key, file] of PACK_PART_FILES) files[file] = pack[key];
  const ids = { criteriaSets: pack.criteriaSets.map((c) => [c.id, c] as const), forms: pack.forms.map((f) => [f['x-fp-id'], f] as const) };
  for (const [key, folder] of PACK_FOLDERS) {
    for (const [index, [id, item]] of ids[key].entries()) {
      const path = `${folder}/${String(id)}.json`;
      if (typeof id !== 'string' || !PACK_FILE_ID.test(id) || path in files) return { ok: false, key, folder, index, id };
      files[path] = item;
    }
  }
  return { ok: true, files };
}
