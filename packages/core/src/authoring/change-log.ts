/**
 * The change log shown before publishing: the differences between two versions of a pack keyed by
 * codes (rollover's `diff`, with moves), each in plain vi/en words and classified breaking (old
 * drafts or data may not fit: a removed or retired field, a type change, tighter bounds, a swapped
 * criteria set) or not (labels, order, due dates, new optional fields, new category items).
 */
import type { Bilingual } from '../common/bilingual.js';
import type { PackSource } from '../pack/types.js';
import { diff, diffKeyPointer, type DiffEntry } from '../rollover/diff.js';
import type { PackArea } from './problem-pointers.js';
import { describeChange } from './change-words.js';

/** One change of a pack version. */
export interface PackChange {
  /** RFC 6901 pointer into the new pack (a removed thing points at its list) */
  pointer: string;
  area: PackArea;
  kind: 'added' | 'removed' | 'retired' | 'changed' | 'moved';
  breaking: boolean;
  message: Bilingual;
}

const RETIRE_KEYS = new Set(['x-fp-retired', 'retired', 'hiddenRows']);
const TYPE_KEYS = new Set(['type', 'format', 'x-fp-from-criteria', 'categorySet', 'scoring', 'kind']);
const POINTS = new Set(['maxPoints', 'minPoints', 'minTotal', 'allCriteriaMet', 'noZeroCriterion', 'target', 'op']);

/** Keywords whose removal only loosens or relabels (old data still fits). */
const LOOSER_WHEN_REMOVED = new Set([
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'multipleOf',
  'x-fp-help', 'help', 'note', 'x-fp-unit', 'x-fp-widget', 'x-fp-visible-if', 'x-fp-computed', 'computed', 'readOnly', 'x-fp-rules',
]);

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** Whether bounds got tighter (old values may no longer pass). */
function tighter(last: string, before: unknown, after: unknown): boolean {
  const [b, a] = [num(before), num(after)];
  if (a === undefined) return false; // removed bound: looser
  if (b === undefined) return true; // new bound
  if (last === 'minimum' || last === 'exclusiveMinimum' || last === 'minLength' || last === 'minItems') return a > b;
  return a < b;
}

function classify(e: DiffEntry): { kind: PackChange['kind']; breaking: boolean } {
  const segs = e.key.split('/');
  const last = segs[segs.length - 1];
  const parent = segs[segs.length - 2];
  if (e.kind === 'moved') return { kind: 'moved', breaking: false };
  if (RETIRE_KEYS.has(last) || parent === 'hiddenRows') {
    const on = e.kind !== 'removed' && e.after !== false;
    return { kind: on ? 'retired' : 'changed', breaking: on };
  }
  if (e.area === 'manifest' || e.area === 'plan' || e.area === 'agencies') return { kind: e.kind, breaking: false };
  if (e.kind === 'removed') {
    // a removed value of a list: a required field no longer required, a period kind dropped…
    return { kind: 'removed', breaking: parent !== 'required' && !LOOSER_WHEN_REMOVED.has(last) };
  }
  if (e.kind === 'added') {
    const breaking = parent === 'required' || last === 'required' || ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'multipleOf'].includes(last);
    return { kind: 'added', breaking };
  }
  if (TYPE_KEYS.has(last) || parent === 'rows') return { kind: 'changed', breaking: true };
  if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength'].includes(last)) {
    return { kind: 'changed', breaking: tighter(last, e.before, e.after) };
  }
  if (e.area === 'criteria' && POINTS.has(last)) return { kind: 'changed', breaking: true };
  return { kind: 'changed', breaking: false };
}

const AREA: Record<DiffEntry['area'], PackArea> = {
  manifest: 'manifest', orgUnits: 'orgUnits', agencies: 'agencies', categorySets: 'categorySets',
  criteria: 'criteria', calendar: 'calendar', plan: 'plan', forms: 'forms',
};

/** Keys a new version always changes (they are not changes anyone made). */
const IGNORED = new Set(['manifest/version', 'manifest/previous']);

/**
 * The change log from `previous` to `next`, keyed by codes, each change classified.
 * @param previous - the published version the draft is based on (undefined: everything is new)
 * @param next - the draft
 */
export function packChangeLog(previous: PackSource | undefined, next: PackSource): PackChange[] {
  if (!previous) {
    return [{ pointer: '', area: 'manifest', kind: 'added', breaking: false, message: { vi: `Gói mới '${next.manifest.title.vi}'`, en: `New pack '${next.manifest.title.en ?? next.manifest.title.vi}'` } }];
  }
  const out: PackChange[] = [];
  for (const e of diff(previous, next, { moves: true })) {
    if (IGNORED.has(e.key) || e.key.startsWith('manifest/previous/')) continue;
    // a field added or removed is one change, not also one of the display order
    if (e.kind !== 'changed' && e.key.split('/').at(-2) === 'x-fp-order') continue;
    const { kind, breaking } = classify(e);
    out.push({
      pointer: diffKeyPointer(next, e.key), area: AREA[e.area], kind, breaking,
      message: describeChange(previous, next, e, kind) ?? e.message,
    });
  }
  return out;
}

/**
 * The version after `previousVersion` given its changes: a breaking change bumps the major
 * number, other changes the minor, none the patch.
 */
export function nextVersion(previousVersion: string, changes: readonly PackChange[]): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(previousVersion);
  const [major, minor, patch] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (changes.some((c) => c.breaking)) return `${major + 1}.0.0`;
  if (changes.length > 0) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
