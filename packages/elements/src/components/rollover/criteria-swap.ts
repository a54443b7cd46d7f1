/**
 * The criteria-set step's one door to core: matching old → new criteria and swapping the set a
 * pack uses. Core authoring (`autoMatchCriteria`, `addCriteriaSet`, `useCriteriaSet`,
 * `EditSession`) does the work once it is on main; until then this module carries a stand-in with
 * the contract's behaviour (match by code, then by title; the self-assessment form pointed at the
 * new set; the old set removed), so the wizard works and only this file changes at the merge.
 */
import { normalizeText } from '@formplan/core';
import type { CriteriaSet, PackSource } from '@formplan/core';

/** One row of the old → new mapping table (contract: core `autoMatchCriteria`). */
export interface CriteriaMatch {
  old: string;
  new: string | null;
  matchedBy: 'code' | 'title' | null;
}

const titleKey = (set: CriteriaSet, code: string): string =>
  String(normalizeText(set.criteria.find((c) => c.code === code)?.title.vi ?? '')).toLowerCase();

/** Matches the criteria of the old set to the new: by code first, then by the same Vietnamese title. */
export function matchCriteria(oldSet: CriteriaSet, newSet: CriteriaSet): CriteriaMatch[] {
  const byCode = new Set(newSet.criteria.map((c) => c.code));
  const taken = new Set(oldSet.criteria.map((c) => c.code).filter((c) => byCode.has(c)));
  return oldSet.criteria.map((c): CriteriaMatch => {
    if (byCode.has(c.code)) return { old: c.code, new: c.code, matchedBy: 'code' };
    const title = titleKey(oldSet, c.code);
    const hit = newSet.criteria.find((n) => !taken.has(n.code) && titleKey(newSet, n.code) === title);
    if (!hit) return { old: c.code, new: null, matchedBy: null };
    taken.add(hit.code);
    return { old: c.code, new: hit.code, matchedBy: 'title' };
  });
}

/**
 * A copy of `pack` that uses `newSet` instead of `oldSetId`: the set is added when the pack lacks
 * it (an imported file), forms generated from the old set point at the new one, the old set is
 * removed. `mapping` (old code → new code or null) is what core's `useCriteriaSet` uses to
 * rewrite expressions naming old criteria.
 */
export function swapCriteriaSet(pack: PackSource, newSet: CriteriaSet, oldSetId: string, mapping: Record<string, string | null>): PackSource {
  void mapping; // core's useCriteriaSet rewrites expressions by it
  const next = structuredClone(pack);
  if (!next.criteriaSets.some((s) => s.id === newSet.id)) next.criteriaSets.push(structuredClone(newSet));
  for (const f of next.forms) if (f['x-fp-from-criteria'] === oldSetId) f['x-fp-from-criteria'] = newSet.id;
  next.criteriaSets = next.criteriaSets.filter((s) => s.id !== oldSetId);
  return next;
}
