/**
 * A ward's self-assessment of one year across the versions of the pack id. The assessment is kept
 * under the version it was saved under; when the district publishes a new version of the year,
 * the ward's answers, evidence and the district's verification stay the ward's assessment: it is
 * read from the newest version that holds one until a save stores it under the current version
 * (answers are keyed by indicator code, which a new version keeps).
 */
import type { AssessmentKey, AssessmentRecord } from './records.js';
import { compareSemver } from './semver-compare.js';
import type { Store } from './store.js';

/**
 * The assessment to show for a ward and year among records of several versions: the one under
 * `packVersion`, else the one of the newest version (then the latest saved).
 * @param records assessments of one ward, criteria set and year under versions of one pack id
 * @param packVersion the version being read
 * @example
 * ```ts
 * pickAssessment(await store.listAssessments({ packId, criteriaSetId, ward, year }), '1.1.0');
 * ```
 */
export function pickAssessment(records: readonly AssessmentRecord[], packVersion: string): AssessmentRecord | undefined {
  const own = records.find((r) => r.packVersion === packVersion);
  if (own) return own;
  let best: AssessmentRecord | undefined;
  for (const r of records) {
    if (!best || compareSemver(r.packVersion, best.packVersion) > 0 || (r.packVersion === best.packVersion && r.updatedAt > best.updatedAt)) best = r;
  }
  return best;
}

/**
 * Reads a ward's assessment under `key`'s version, else under the newest other version of the
 * pack id that holds one ({@link pickAssessment}). The record keeps its own `packVersion`: a save
 * under `key` starts that version's record (revision 0) from it.
 * @param store where the assessments are
 * @param key the assessment (pack id and version, criteria set, ward, year)
 */
export async function readAssessmentAcrossVersions(store: Store, key: AssessmentKey): Promise<AssessmentRecord | undefined> {
  const own = await store.getAssessment(key);
  if (own) return own;
  const all = await store.listAssessments({ packId: key.packId, criteriaSetId: key.criteriaSetId, ward: key.ward, year: key.year });
  return pickAssessment(all, key.packVersion);
}
