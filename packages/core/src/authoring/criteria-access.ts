/** Finding a criteria set and a criterion in a draft, or refusing with a vi/en AuthoringError. */
import type { Criterion, CriteriaSet, PackSource } from '../pack/types.js';
import { notFound } from './draft-access.js';

/** The criteria set `id` of a draft, or refuses (`not-found`). */
export function criteriaSetOf(d: PackSource, id: string): CriteriaSet {
  const set = d.criteriaSets.find((s) => s.id === id);
  if (!set) notFound({ vi: `bộ tiêu chí '${id}'`, en: `criteria set '${id}'` });
  return set;
}

/** The criterion `code` of a set, or refuses (`not-found`). */
export function criterionOf(set: CriteriaSet, code: string): Criterion {
  const c = set.criteria.find((x) => x.code === code);
  if (!c) notFound({ vi: `tiêu chí '${code}' trong bộ ${set.id}`, en: `criterion '${code}' in set ${set.id}` });
  return c;
}
