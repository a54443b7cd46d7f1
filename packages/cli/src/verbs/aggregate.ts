import {
  inLanguage,
  aggregate, AjvValidator, expectedWards, FormModel, importBundle, MemoryStore, periodsOfYear, resolveForm,
  type AggregateResult, type BundleDataValidator, type ImportReport, type PackSource,
} from '@formplan/core';
import { langOf, parseArgs, UsageError } from '../args.js';
import type { Io } from '../io.js';
import { formatErrors, loadFromArgs } from '../load.js';
import { readJsonInput } from './check.js';

/** Usage line of `aggregate`. */
export const aggregateUsage =
  'formplan aggregate <packDir> <formId> <periodId> <bundle.json>... [--json] [--lang vi|en] [--meta <dir>]';

/** What happened to one bundle file. */
export interface BundleImport {
  file: string;
  report: ImportReport;
  /** set when the file itself could not be read (the message names the file); `report.fatal` holds it too */
  unreadable?: true;
}

/** The `--json` output of `aggregate`. */
export interface AggregateOutput {
  result: AggregateResult;
  imports: BundleImport[];
}

/** Validates bundled data with the pack's form model; only errors (not warnings) refuse it. */
function dataValidator(pack: PackSource): BundleDataValidator {
  const validator = new AjvValidator();
  return async (_packId, _version, formId, data) => {
    const form = resolveForm(pack, formId);
    if (!form) return [{ vi: `Gói không có biểu "${formId}"`, en: `The pack has no form "${formId}"` }];
    const model = new FormModel({ schema: form.schema, validator, value: data });
    return model.errors
      .filter((e) => e.severity === 'error')
      .map((e) => ({ vi: `${e.pointer || '/'} ${e.message.vi}`, en: `${e.pointer || '/'} ${e.message.en}` }));
  };
}

function refusals(imports: readonly BundleImport[], lang: 'vi' | 'en'): string[] {
  const lines: string[] = [];
  for (const { file, report, unreadable } of imports) {
    if (report.fatal) lines.push(unreadable ? inLanguage(report.fatal, lang) : `${file}: ${inLanguage(report.fatal, lang)}`);
    for (const r of report.refused) {
      const at = r.key ? ` (${r.key.formId} ${r.key.ward} ${r.key.period}${r.revision === undefined ? '' : ` #${r.revision}`})` : '';
      lines.push(`${file} [${r.index}]${at}: ${r.reason[lang]}`);
    }
  }
  return lines;
}

function text(out: AggregateOutput, lang: 'vi' | 'en'): string {
  const vi = lang === 'vi';
  const { result } = out;
  const c = result.completeness;
  const lines = [`${result.formId} ${result.periodId}: ${c.submitted}/${c.total} ${vi ? 'phường đã nộp' : 'wards reported'}`];
  if (c.missing.length > 0) lines.push(`${vi ? 'Chưa nộp' : 'Missing'}: ${c.missing.join(', ')}`);
  if (c.returned.length > 0) lines.push(`${vi ? 'Bị trả lại' : 'Returned'}: ${c.returned.join(', ')}`);
  lines.push('', vi ? 'Tổng theo ô:' : 'Cell totals:');
  const cells = Object.entries(result.cells);
  if (cells.length === 0) lines.push(vi ? '  (không có số liệu)' : '  (no figures)');
  for (const [pointer, cell] of cells) {
    const gap = cell.complete ? '' : `  ${vi ? 'thiếu' : 'missing'}: ${cell.missingWards.join(', ')}`;
    lines.push(`  ${pointer}  ${cell.sum ?? '—'}  (${cell.count}/${c.total})${gap}`);
  }
  const refused = refusals(out.imports, lang);
  if (refused.length > 0) lines.push('', vi ? 'Bị từ chối khi nhập:' : 'Refused on import:', ...refused.map((l) => `  ${l}`));
  return lines.join('\n');
}

/**
 * `formplan aggregate <packDir> <formId> <periodId> <bundle.json>...`: imports ward exchange
 * bundles (checking size, format, pinned pack, ward, hashes and data, like the district app),
 * then totals the form over the period's wards. Prints per-cell sums with completeness and
 * missing wards, and every refusal (or {@link AggregateOutput} as JSON). Missing wards are not
 * an error; exit 1 when a bundle or an item in it was refused, 0 otherwise.
 */
export async function aggregateVerb(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['lang', 'meta'], ['lang', 'meta', 'json']);
  if (args.positional.length < 4) throw new UsageError(aggregateUsage);
  const lang = langOf(args);
  const [dir, formId, periodId, ...bundleFiles] = args.positional;
  const r = await loadFromArgs(dir, args);
  if (!r.ok) {
    io.err(formatErrors(r.errors, lang));
    return 1;
  }
  const pack = r.pack;
  if (!resolveForm(pack, formId)) {
    const known = pack.forms.map((f) => f['x-fp-id']).join(', ');
    io.err(lang === 'vi' ? `Gói không có biểu "${formId}" (có: ${known})` : `The pack has no form "${formId}" (it has: ${known})`);
    return 1;
  }
  const period = periodsOfYear(pack).find((p) => p.id === periodId);
  if (!period) {
    const known = pack.calendar.periods.map((p) => p.id).join(', ');
    io.err(lang === 'vi' ? `Gói không có kỳ báo cáo "${periodId}" (có: ${known})` : `The pack has no period "${periodId}" (it has: ${known})`);
    return 1;
  }

  const store = new MemoryStore();
  const { id, version } = pack.manifest;
  await store.putPack({ id, version, source: pack });
  const allWards = expectedWards(pack.orgUnits).map((w) => w.code);
  const opts = { validate: dataValidator(pack), knownWards: allWards };
  const imports: BundleImport[] = [];
  for (const file of bundleFiles) {
    const input = await readJsonInput(file);
    if (input.ok) imports.push({ file, report: await importBundle(store, input.text, opts) });
    else imports.push({ file, report: { taken: [], skipped: [], refused: [], fatal: input.message }, unreadable: true });
  }

  const reports = await store.listSubmissions({ packId: id, packVersion: version, formId, period: periodId });
  const wards = expectedWards(pack.orgUnits, { on: period.coverage.to });
  const result = aggregate({ formId, periodId, wards, reports, provenance: true });
  const output: AggregateOutput = { result, imports };
  io.out(args.options.has('json') ? JSON.stringify(output, null, 2) : text(output, lang));
  const failed = imports.some((i) => i.report.fatal !== undefined || i.report.refused.length > 0);
  return failed ? 1 : 0;
}
