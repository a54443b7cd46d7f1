import { expectedWards, scoreAssessment, type AssessmentScore, type OrgUnit } from '@formplan/core';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { readInputAndPack } from './check.js';

/** Usage line of `score`. */
export const scoreUsage =
  'formplan score <packDir> <criteriaSetId> <answers.json> [--locality-class <class>] [--json] [--lang vi|en] [--meta <dir>]';

/**
 * The locality class shared by every ward of the pack, or undefined when wards lack one or
 * differ.
 * @param orgUnits - the pack's org units
 */
export function sharedLocalityClass(orgUnits: readonly OrgUnit[]): string | undefined {
  const classes = new Set(expectedWards(orgUnits).map((w) => w.localityClass));
  if (classes.size !== 1) return undefined;
  const [only] = classes;
  return only;
}

function summary(s: AssessmentScore, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const lines = [`${s.criteriaSetId}: ${s.total}/${s.maxPoints}${s.threshold === null ? '' : ` (${vi ? 'ngưỡng' : 'threshold'} ${s.threshold})`}`];
  for (const c of s.criteria) lines.push(`  ${c.code}  ${c.points}/${c.maxPoints}  ${c.met ? (vi ? 'đạt' : 'met') : (vi ? 'chưa đạt' : 'not met')}`);
  lines.push(s.recognised
    ? (vi ? 'Kết quả: được công nhận' : 'Result: recognised')
    : (vi ? 'Kết quả: chưa được công nhận' : 'Result: not recognised'));
  for (const r of s.reasons) lines.push(`  - ${r.message[lang]}`);
  return lines.join('\n');
}

/**
 * `formplan score <packDir> <criteriaSetId> <answers.json>`: scores a child-friendly-ward
 * assessment (answers by indicator code, bare or `{ answer, evidence }`). The locality class
 * defaults to the one all the pack's wards share. Prints the {@link AssessmentScore} as JSON
 * (`--json`) or a summary; exit 0 when scored (recognised or not), 1 when it cannot be.
 */
export async function scoreVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta', 'locality-class'], ['lang', 'meta', 'locality-class', 'json']);
  if (args.positional.length !== 3) throw new UsageError(scoreUsage);
  const lang = langOf(args);
  const [dir, setId, answersFile] = args.positional;
  const r = await readInputAndPack(answersFile, dir, args, io, lang, (v) => (v === null || typeof v !== 'object' || Array.isArray(v)
    ? { vi: `${answersFile}: câu trả lời phải là một đối tượng theo mã chỉ tiêu`, en: `${answersFile}: answers must be an object keyed by indicator code` }
    : undefined));
  if (!r) return 1;
  const answers = r.value;
  const set = r.pack.criteriaSets.find((c) => c.id === setId);
  if (!set) {
    const known = r.pack.criteriaSets.map((c) => c.id).join(', ');
    io.err(lang === 'vi' ? `Gói không có bộ tiêu chí "${setId}" (có: ${known})` : `The pack has no criteria set "${setId}" (it has: ${known})`);
    return 1;
  }
  const given = args.options.get('locality-class');
  const localityClass = typeof given === 'string' ? given : sharedLocalityClass(r.pack.orgUnits);
  if (localityClass === undefined) {
    io.err(lang === 'vi'
      ? 'Các phường không cùng một loại địa bàn: hãy chỉ rõ --locality-class'
      : 'The wards do not share one locality class: give --locality-class');
    return 1;
  }
  const score = scoreAssessment(set, answers as Record<string, unknown>, { localityClass });
  io.out(args.options.has('json') ? JSON.stringify(score, null, 2) : summary(score, lang));
  return 0;
}
