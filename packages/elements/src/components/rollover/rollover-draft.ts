/**
 * The wizard's choices and the draft pack they make: core `rollover()` first, then the forms left
 * out, the due dates the administrator set, and the criteria set swapped. Pure: the element calls
 * it whenever a choice changes.
 */
import { formatDisplayDate, getAt, isIsoDate, parsePointer, rollover, setAt } from '@formplan/core';
import type { ChangeLogEntry, CriteriaSet, PackSource } from '@formplan/core';
import { term } from '../../i18n/term.js';
import { swapCriteriaSet } from './criteria-swap.js';
import './rollover-strings.js';

/** What the administrator chose in the wizard. */
export interface RolloverChoices {
  year: number;
  /** the new pack's version (`1.0.0` when not given; core `freeVersion` when the year has one already) */
  version?: string;
  carryTargets: boolean;
  carryTasks: boolean;
  /** `undefined`: keep the pack's criteria set */
  criteria?: { set: CriteriaSet; oldSetId: string; mapping: Record<string, string | null> };
  /** form ids not carried */
  leaveOut: readonly string[];
  /** due dates set by hand: pointer into the new pack → ISO date */
  dues: Readonly<Record<string, string>>;
}

/** The draft pack and every change made to reach it. */
export interface RolloverDraft {
  pack: PackSource;
  changes: ChangeLogEntry[];
}

const both = (f: (lang: 'vi' | 'en') => string): { vi: string; en: string } => ({ vi: f('vi'), en: f('en') });

/** A date change of the log: an ISO date before and after. */
export function isDateChange(c: ChangeLogEntry): c is ChangeLogEntry & { before: string; after: string } {
  return c.kind === 'changed' && isIsoDate(c.before) && isIsoDate(c.after);
}

/** What a pointer names, for a table row: the nearest label, text or code above it, and the date's role. */
export function describePointer(pack: PackSource, pointer: string, lang: 'vi' | 'en'): string {
  const segments = parsePointer(pointer);
  const last = segments[segments.length - 1];
  const role = last === 'due' ? term(lang, 'rollover', 'deadlines.due')
    : last === 'from' ? term(lang, 'rollover', 'deadlines.from')
      : last === 'to' ? term(lang, 'rollover', 'deadlines.to') : last;
  for (let n = segments.length - 1; n > 0; n -= 1) {
    const node = getAt(pack, segments.slice(0, n)) as Record<string, unknown> | undefined;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) continue;
    const text = (node.label ?? node.text) as { vi: string; en?: string } | undefined;
    const name = text ? (lang === 'en' ? text.en ?? text.vi : text.vi) : typeof node.code === 'string' ? node.code : undefined;
    if (name) return `${name.length > 80 ? `${name.slice(0, 80)}…` : name} — ${role}`;
  }
  return `${pointer} — ${role}`;
}

function leaveFormsOut(pack: PackSource, ids: readonly string[], changes: ChangeLogEntry[]): PackSource {
  if (ids.length === 0) return pack;
  const out = new Set(ids);
  const next = structuredClone(pack);
  next.forms = next.forms.filter((f) => !out.has(f['x-fp-id']));
  const prune = (tasks: PackSource['plan']['assignments'][number]['tasks']): void => tasks.forEach((t) => {
    if (t.forms) t.forms = t.forms.filter((f) => !out.has(f));
    if (t.children) prune(t.children);
  });
  const walk = (list: PackSource['plan']['assignments']): void => list.forEach((a) => {
    prune(a.tasks);
    if (a.children) walk(a.children);
  });
  walk(next.plan.assignments);
  for (const id of ids) {
    changes.push({ pointer: '/forms', kind: 'cleared', before: id, after: null,
      message: both((l) => term(l, 'rollover', 'leaveOut.entry', { id })) });
  }
  return next;
}

function setDues(pack: PackSource, dues: Readonly<Record<string, string>>, changes: ChangeLogEntry[]): PackSource {
  let next = pack;
  for (const [pointer, date] of Object.entries(dues)) {
    const i = changes.findIndex((c) => c.pointer === pointer && isDateChange(c));
    if (i < 0 || !isIsoDate(date) || changes[i].after === date) continue;
    next = setAt(next, parsePointer(pointer), date) as PackSource;
    const old = formatDisplayDate(String(changes[i].before));
    changes[i] = { ...changes[i], after: date, message: both((l) => term(l, 'rollover', 'deadlines.changed', {
      what: describePointer(next, pointer, l), old, new: formatDisplayDate(date),
    })) };
  }
  return next;
}

/**
 * Builds the new year's draft pack from `base` and the wizard's choices.
 * @throws {RolloverError} on an invalid year (core `rollover`), or what core refuses in a swap
 */
export function buildRolloverDraft(base: PackSource, choices: RolloverChoices): RolloverDraft {
  const r = rollover(base, choices.year, { version: choices.version, carry: { targets: choices.carryTargets, tasks: choices.carryTasks } });
  const changes = [...r.changes];
  let pack = leaveFormsOut(r.pack, choices.leaveOut, changes);
  pack = setDues(pack, choices.dues, changes);
  const swap = choices.criteria;
  if (swap && swap.set.id !== swap.oldSetId) {
    const kept = `/criteriaSets/${pack.criteriaSets.findIndex((s) => s.id === swap.oldSetId)}`;
    const stale = changes.findIndex((c) => c.pointer === kept && c.kind === 'kept');
    if (stale >= 0) changes.splice(stale, 1);
    pack = swapCriteriaSet(pack, swap.set, swap.oldSetId, swap.mapping);
    const index = pack.criteriaSets.findIndex((s) => s.id === swap.set.id);
    changes.push({ pointer: `/criteriaSets/${index}`, kind: 'changed', before: swap.oldSetId, after: swap.set.id,
      message: both((l) => term(l, 'rollover', 'swap.entry', { old: swap.oldSetId, new: swap.set.id })) });
  }
  return { pack, changes };
}
