import { diff, RolloverError, type DiffArea, type DiffEntry } from '@formplan/core';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';

/** Usage line of `diff`. */
export const diffUsage = 'formplan diff <packA> <packB> [--json] [--lang vi|en] [--meta <dir>]';

const AREAS: readonly DiffArea[] = ['manifest', 'orgUnits', 'agencies', 'categorySets', 'criteria', 'calendar', 'plan', 'forms'];

const AREA_VI: Record<DiffArea, string> = {
  manifest: 'Thông tin gói', orgUnits: 'Đơn vị', agencies: 'Cơ quan', categorySets: 'Bộ danh mục',
  criteria: 'Bộ tiêu chí', calendar: 'Lịch báo cáo', plan: 'Kế hoạch', forms: 'Biểu',
};
const AREA_EN: Record<DiffArea, string> = {
  manifest: 'Manifest', orgUnits: 'Org units', agencies: 'Agencies', categorySets: 'Category sets',
  criteria: 'Criteria sets', calendar: 'Calendar', plan: 'Plan', forms: 'Forms',
};
const MARK: Record<DiffEntry['kind'], string> = { added: '+', removed: '-', changed: '~', moved: '↕' };

/**
 * Formats diff entries grouped by area (in pack order), one `mark message` a line.
 * @param entries - the differences
 * @param lang - message language
 */
export function formatDiff(entries: readonly DiffEntry[], lang: 'vi' | 'en'): string {
  if (entries.length === 0) return lang === 'vi' ? 'Không có khác biệt' : 'No differences';
  const lines: string[] = [];
  for (const area of AREAS) {
    const group = entries.filter((e) => e.area === area);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${(lang === 'vi' ? AREA_VI : AREA_EN)[area]} (${group.length}):`);
    for (const e of group) lines.push(`  ${MARK[e.kind]} ${e.message[lang]}`);
  }
  return lines.join('\n');
}

/**
 * `formplan diff <packA> <packB>`: the differences between two packs (keyed by stable codes),
 * grouped by area, or as JSON with `--json`. Differences are not errors: exit 0; exit 1 only
 * when a pack cannot be loaded.
 */
export async function diffVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta'], ['lang', 'meta', 'json']);
  if (args.positional.length !== 2) throw new UsageError(diffUsage);
  const lang = langOf(args);
  const packs = [];
  for (const dir of args.positional) {
    const r = await loadFromArgs(dir, args);
    if (!r.ok) {
      io.err(`${dir}:\n${formatErrors(r.errors, lang)}`);
      return 1;
    }
    packs.push(r.pack);
  }
  let entries: DiffEntry[];
  try {
    entries = diff(packs[0], packs[1]);
  } catch (e) {
    if (e instanceof RolloverError) {
      io.err(e.messages[lang] ?? e.messages.vi);
      return 1;
    }
    throw e;
  }
  io.out(args.options.has('json') ? JSON.stringify(entries, null, 2) : formatDiff(entries, lang));
  if (!args.options.has('json')) {
    io.err(lang === 'vi' ? `${entries.length} khác biệt` : `${entries.length} difference(s)`);
  }
  return 0;
}
