/**
 * The criteria-set swap through core authoring (`addCriteriaSet` for an imported file, then `useCriteriaSet`, which points the
 * self-assessment form at the new set, rewrites expressions naming old criteria by the mapping and
 * removes the old set), applied through an `EditSession`.
 */
import { EditSession, addCriteriaSet, useCriteriaSet } from '@formplan/core';
import type { CriteriaSet, PackSource } from '@formplan/core';

/**
 * A copy of `pack` that uses `newSet` instead of `oldSetId`; the set is added first when the pack
 * lacks it (an imported file).
 * @throws {AuthoringError} when core refuses (e.g. an expression names an old criterion mapped to nothing)
 */
export function swapCriteriaSet(pack: PackSource, newSet: CriteriaSet, oldSetId: string, mapping: Record<string, string | null>): PackSource {
  const session = new EditSession(pack);
  if (!pack.criteriaSets.some((s) => s.id === newSet.id)) session.apply(addCriteriaSet(newSet));
  session.apply(useCriteriaSet(newSet.id, mapping, oldSetId));
  return session.doc;
}
