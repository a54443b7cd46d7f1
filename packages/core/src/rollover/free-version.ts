/**
 * The version a new year's pack gets when its id already has versions (a pack of that year was
 * bundled or published before, or a draft of it exists): never one that is taken, so a rollover
 * cannot overwrite or collide with what is stored.
 */
import { compareSemver } from '../storage/semver-compare.js';

/** A stored pack version (published or draft). */
export interface PackVersionRef {
  id: string;
  version: string;
}

/** Result of {@link freeVersion}. */
export interface FreeVersion {
  /** the version to use */
  version: string;
  /** the versions of the id that exist already, oldest first (empty: `preferred` was free) */
  taken: string[];
}

/**
 * `preferred` when no stored version of `id` has it; otherwise the major version after the
 * highest stored one (`1.0.0` taken → `2.0.0`): a new rollover replaces the year's content, which
 * is a breaking change against the version published before.
 * @param id - the new pack's id, e.g. `tay-ho-2019`
 * @param stored - every stored version (any ids; only `id`'s count)
 * @param preferred - the version wanted, `1.0.0` by default
 * @example
 * ```ts
 * freeVersion('tay-ho-2019', [{ id: 'tay-ho-2019', version: '1.0.0' }]).version; // '2.0.0'
 * ```
 */
export function freeVersion(id: string, stored: readonly PackVersionRef[], preferred = '1.0.0'): FreeVersion {
  const taken = [...new Set(stored.filter((r) => r.id === id).map((r) => r.version))].sort(compareSemver);
  if (!taken.includes(preferred)) return { version: preferred, taken };
  const highest = taken[taken.length - 1];
  const major = Number(/^(\d+)\./.exec(highest)?.[1] ?? '0');
  return { version: `${major + 1}.0.0`, taken };
}
