/**
 * A pack folder's files as the one object {@link loadPack} takes, for code that already holds
 * the files in memory (a bundler's `import.meta.glob`, a test fetching them). Framework-free;
 * nothing is checked here.
 */

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

/**
 * Assembles a pack from its files, keyed by path: `pack.json`, `org-units.json`,
 * `agencies.json`, `category-sets.json`, `calendar.json`, `plan.json`, `criteria/*.json` and
 * `forms/*.json`, each behind `prefix` (e.g. `'../../schemas/packs/tay-ho-2018/'`). A missing
 * file is `undefined` (an empty list for a folder), for `loadPack` to report.
 * @param files - parsed JSON by path
 * @param prefix - what every path of the pack folder starts with
 */
export function packFromFiles(files: Readonly<Record<string, unknown>>, prefix = ''): UncheckedPackSource {
  const part = (name: string): unknown => files[`${prefix}${name}`];
  const folder = (sub: string): unknown[] =>
    Object.keys(files)
      .filter((k) => k.startsWith(`${prefix}${sub}/`) && k.endsWith('.json'))
      .sort()
      .map((k) => files[k]);
  return {
    manifest: part('pack.json'),
    orgUnits: part('org-units.json'),
    agencies: part('agencies.json'),
    categorySets: part('category-sets.json'),
    calendar: part('calendar.json'),
    plan: part('plan.json'),
    criteriaSets: folder('criteria'),
    forms: folder('forms'),
  };
}
