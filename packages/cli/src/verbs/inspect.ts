import type { Bilingual } from '@formplan/core';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';
import { summarisePack, type AssignmentSummary, type PackSummary } from './inspect-summary.js';

/** Usage line of `inspect`. */
export const inspectUsage = 'formplan inspect <packDir> [--json] [--lang vi|en] [--meta <dir>]';

function text(s: PackSummary, lang: 'vi' | 'en'): string {
  const t = (l: Bilingual): string => (lang === 'en' ? (l.en ?? l.vi) : l.vi);
  const lines: string[] = [`${s.id} ${s.version} (${s.year})`];
  lines.push('', lang === 'vi' ? 'Đơn vị:' : 'Org units:');
  for (const u of s.orgUnits) lines.push(`  ${u.code}  ${u.name} (${u.level})`);
  lines.push('', lang === 'vi' ? 'Bộ danh mục:' : 'Category sets:');
  for (const c of s.categorySets) lines.push(`  ${c.id}: ${c.items.map((i) => i.code).join(', ')}`);
  lines.push('', lang === 'vi' ? 'Bộ tiêu chí:' : 'Criteria sets:');
  for (const c of s.criteriaSets) {
    lines.push(`  ${c.id} (${c.legalBasis}) ${c.maxPoints}`);
    for (const k of c.criteria) lines.push(`    ${k.code}  ${t(k.title)}  ${k.maxPoints}`);
  }
  lines.push('', lang === 'vi' ? 'Biểu:' : 'Forms:');
  for (const f of s.forms) lines.push(`  ${f.id}  ${t(f.title)}  [${f.periodKinds.join(', ')}]  ${f.fieldCount}`);
  lines.push('', lang === 'vi' ? 'Lịch báo cáo:' : 'Calendar:');
  for (const p of s.calendar) lines.push(`  ${p.id}  ${p.kind}  ${p.due ?? '—'}`);
  lines.push('', `${lang === 'vi' ? 'Kế hoạch' : 'Plan'}: ${s.plan.number ?? '—'} ${s.plan.date ?? ''}  ${s.plan.signer.name ?? '—'}`);
  lines.push(`  ${lang === 'vi' ? 'chỉ tiêu' : 'targets'}: ${s.plan.targets}, ${lang === 'vi' ? 'nội dung' : 'content items'}: ${s.plan.contentItems}`);
  const walk = (list: AssignmentSummary[], indent: string): void => {
    for (const a of list) {
      lines.push(`${indent}${a.agency}: ${a.tasks}`);
      walk(a.children, `${indent}  `);
    }
  };
  walk(s.plan.assignments, '  ');
  return lines.join('\n');
}

/** `formplan inspect <packDir> [--json]`: what the pack holds, as JSON or text. */
export async function inspectVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta'], ['lang', 'meta', 'json']);
  if (args.positional.length !== 1) throw new UsageError(inspectUsage);
  const lang = langOf(args);
  const r = await loadFromArgs(args.positional[0], args);
  if (!r.ok) {
    io.err(formatErrors(r.errors, lang));
    return 1;
  }
  const s = summarisePack(r.pack);
  io.out(args.options.has('json') ? JSON.stringify(s, null, 2) : text(s, lang));
  return 0;
}
