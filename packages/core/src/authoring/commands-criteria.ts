/**
 * Commands on criteria sets, and the swap of the set a pack uses (e.g. QĐ 34/2014 → QĐ 06/2019)
 * with an old → new mapping of criterion codes.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { Criterion, CriteriaSet, Indicator } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { command, ID_PATTERN, insertAt, notFound, refuseClash, requireCode } from './draft-access.js';
import type { EditCommand } from './edit-session.js';
import { criteriaSetOf, criterionOf } from './criteria-access.js';
import { rewriteCriteriaReferences } from './criteria-references.js';

/** One row of the old → new mapping table. */
export interface CriteriaMatch {
  old: string;
  new: string | null;
  matchedBy: 'code' | 'title' | null;
}


function indicatorOf(set: CriteriaSet, criterion: string, code: string): Indicator {
  const ind = criterionOf(set, criterion).indicators.find((x) => x.code === code);
  if (!ind) notFound({ vi: `chỉ tiêu '${code}' của tiêu chí ${criterion}`, en: `indicator '${code}' of criterion ${criterion}` });
  return ind;
}

function assign<T extends object>(target: T, props: Partial<T>): void {
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined) continue;
    (target as Record<string, unknown>)[k] = structuredClone(v);
  }
}

/** Adds a criteria set (e.g. imported from a criteria-set file). */
export function addCriteriaSet(set: CriteriaSet): EditCommand {
  return command(`Thêm bộ tiêu chí '${set.title.vi}'`, `Add criteria set '${set.title.en ?? set.title.vi}'`, (d) => {
    requireCode(set.id, ID_PATTERN);
    const clash = d.criteriaSets.find((s) => s.id === set.id);
    if (clash) refuseClash(set.id, { vi: `bộ tiêu chí '${clash.title.vi}'`, en: `criteria set '${clash.title.en ?? clash.title.vi}'` });
    d.criteriaSets.push(structuredClone(set));
  });
}

const key = (t: Bilingual): string => t.vi.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Matches the criteria of the old set to the new: by code first, then by the same Vietnamese title. */
export function autoMatchCriteria(oldSet: CriteriaSet, newSet: CriteriaSet): CriteriaMatch[] {
  const taken = new Set<string>();
  const rows: CriteriaMatch[] = oldSet.criteria.map((c) => {
    const byCode = newSet.criteria.find((n) => n.code === c.code);
    if (byCode) {
      taken.add(byCode.code);
      return { old: c.code, new: byCode.code, matchedBy: 'code' };
    }
    return { old: c.code, new: null, matchedBy: null };
  });
  for (const row of rows) {
    if (row.new !== null) continue;
    const title = key(criterionOf(oldSet, row.old).title);
    const byTitle = newSet.criteria.find((n) => !taken.has(n.code) && key(n.title) === title);
    if (byTitle) {
      taken.add(byTitle.code);
      row.new = byTitle.code;
      row.matchedBy = 'title';
    }
  }
  return rows;
}

/**
 * Makes the pack use criteria set `newSetId` instead of the one its self-assessment form is
 * generated from: the form's `x-fp-from-criteria` and every expression naming an old criterion
 * through that form are rewritten by `mapping`; the old set is removed.
 * @param mapping - old criterion code → new code, or null when it has no successor
 * @throws {AuthoringError} `in-use` when an expression names an old criterion mapped to null (or to a
 *   code the new set lacks), naming where
 */
export function useCriteriaSet(newSetId: string, mapping: Record<string, string | null>, oldSetId?: string): EditCommand {
  return command(`Dùng bộ tiêu chí ${newSetId}`, `Use criteria set ${newSetId}`, (d) => {
    const next = criteriaSetOf(d, newSetId);
    const oldId = oldSetId ?? d.forms.map((f) => f['x-fp-from-criteria']).find((id) => typeof id === 'string' && id !== newSetId) as string | undefined
      ?? d.criteriaSets.find((s) => s.id !== newSetId)?.id;
    if (oldId === undefined) return;
    criteriaSetOf(d, oldId);
    for (const [from, to] of Object.entries(mapping)) {
      if (to !== null && !next.criteria.some((c) => c.code === to)) {
        throw new AuthoringError('invalid', {
          vi: `Bảng đối chiếu: tiêu chí '${from}' được ghép với '${to}', nhưng bộ ${newSetId} không có mã này.`,
          en: `Mapping: criterion '${from}' is mapped to '${to}', which set ${newSetId} does not have.`,
        });
      }
    }
    rewriteCriteriaReferences(d, oldId, newSetId, mapping);
    d.criteriaSets.splice(d.criteriaSets.findIndex((s) => s.id === oldId), 1);
  });
}

/** Changes a criterion's title, points or provenance; never its code. */
export function setCriterion(setId: string, code: string, props: Partial<Omit<Criterion, 'code' | 'indicators'>>): EditCommand {
  return command(`Sửa tiêu chí '${code}'`, `Edit criterion '${code}'`, (d) => {
    assign(criterionOf(criteriaSetOf(d, setId), code), props);
  });
}

/** Adds a criterion at `index` (appended when undefined). */
export function addCriterion(setId: string, criterion: Criterion, index?: number): EditCommand {
  return command(`Thêm tiêu chí '${criterion.title.vi}'`, `Add criterion '${criterion.title.en ?? criterion.title.vi}'`, (d) => {
    requireCode(criterion.code);
    const set = criteriaSetOf(d, setId);
    const clash = set.criteria.find((c) => c.code === criterion.code);
    if (clash) refuseClash(criterion.code, { vi: `tiêu chí '${clash.title.vi}' của bộ ${setId}`, en: `criterion '${clash.title.en ?? clash.title.vi}' of set ${setId}` });
    insertAt(set.criteria, structuredClone(criterion), index);
  });
}

/** Adds an indicator to a criterion at `index` (appended when undefined). */
export function addIndicator(setId: string, criterionCode: string, indicator: Indicator, index?: number): EditCommand {
  return command(`Thêm chỉ tiêu '${indicator.title.vi}'`, `Add indicator '${indicator.title.en ?? indicator.title.vi}'`, (d) => {
    requireCode(indicator.code);
    const set = criteriaSetOf(d, setId);
    const crit = criterionOf(set, criterionCode);
    for (const c of set.criteria) {
      const clash = c.indicators.find((i) => i.code === indicator.code);
      if (clash) refuseClash(indicator.code, { vi: `chỉ tiêu '${clash.title.vi}' của tiêu chí ${c.code}`, en: `indicator '${clash.title.en ?? clash.title.vi}' of criterion ${c.code}` });
    }
    insertAt(crit.indicators, structuredClone(indicator), index);
  });
}

/** Changes an indicator (title, points, scoring, binding, evidence); never its code. */
export function setIndicator(setId: string, criterionCode: string, code: string, props: Partial<Omit<Indicator, 'code'>>): EditCommand {
  return command(`Sửa chỉ tiêu '${code}'`, `Edit indicator '${code}'`, (d) => {
    assign(indicatorOf(criteriaSetOf(d, setId), criterionCode, code), props);
  });
}

/** Replaces the recognition rule of a set (thresholds per locality class, all met, no zero). */
export function setRecognition(setId: string, recognition: CriteriaSet['recognition']): EditCommand {
  return command(`Sửa điều kiện công nhận của bộ ${setId}`, `Edit the recognition rule of set ${setId}`, (d) => {
    criteriaSetOf(d, setId).recognition = structuredClone(recognition);
  });
}
