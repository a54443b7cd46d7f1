/**
 * The XLSX workbook of a form's district totals: sheet 1 the totals laid out like the form
 * (header rows: district, form title, period, completeness), sheet 2 every ward's figures.
 * Missing stays an empty cell (never 0); an incomplete total is filled yellow.
 */
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import type { XlsxCell, XlsxSheet } from '../../services/xlsx-export.js';
import type { LoadedTotals } from './load-totals.js';
import type { TotalCell } from './totals-view.js';
import { term } from '../../i18n/term.js';

/** Fill colour of incomplete totals. */
export const INCOMPLETE_FILL = '#FFF2CC';

function totalCell(c: TotalCell | undefined): XlsxCell {
  if (!c || c.total === null) return null;
  return c.complete ? c.total : { value: c.total, fill: INCOMPLETE_FILL };
}

/**
 * Builds the two sheets.
 * @param t the loaded totals
 * @param lang language of the labels
 * @returns sheets for `writeXlsx`
 */
export function totalsWorkbook(t: LoadedTotals, lang: Lang): XlsxSheet[] {
  const names = (codes: readonly string[]): string => codes.map((c) => t.wardNames.get(c) ?? c).join(', ');
  const { completeness } = t.result;
  const head: XlsxCell[][] = [
    [{ value: t.wardNames.get(t.pack.manifest.district) ?? t.pack.manifest.district, bold: true }],
    [{ value: pick(t.form.title, lang), bold: true }],
    [pick(t.period.label, lang)],
    [[
      term(lang, 'aggregate', 'completeness', { n: completeness.submitted, total: completeness.total }),
      completeness.missing.length ? term(lang, 'aggregate', 'notSubmitted', { wards: names(completeness.missing.filter((w) => !completeness.returned.includes(w))) }) : '',
      completeness.returned.length ? term(lang, 'aggregate', 'returnedNotCounted', { wards: names(completeness.returned) }) : '',
    ].filter(Boolean).join(' ')],
  ];
  const rows: XlsxCell[][] = [...head, [{ value: term(lang, 'aggregate', 'legend'), italic: true }], []];
  const prev = t.previousLabel !== undefined;
  for (const s of t.sections) {
    if (s.kind === 'matrix') {
      rows.push([{ value: pick(s.label, lang), bold: true }]);
      rows.push([{ value: term(lang, 'aggregate', 'group'), bold: true }, ...s.columns.map((c) => ({ value: pick(c.label, lang), bold: true }))]);
      s.rows.forEach((r, i) => rows.push([`${r.depth === 2 ? '  ' : ''}${pick(r.label, lang)}`, ...s.cells[i].map(totalCell)]));
      if (s.totalRow.length) rows.push([{ value: term(lang, 'aggregate', 'districtTotal'), bold: true }, ...s.totalRow.map(totalCell)]);
    } else {
      rows.push([{ value: s.label ? pick(s.label, lang) : term(lang, 'aggregate', 'otherFigures'), bold: true }]);
      rows.push([term(lang, 'aggregate', 'figure'), term(lang, 'aggregate', 'total'), term(lang, 'aggregate', 'state'), ...(prev ? [t.previousLabel ?? ''] : [])]
        .map((v) => ({ value: v, bold: true })));
      for (const c of s.items) {
        const state = !c.additive ? term(lang, 'aggregate', 'notSummed')
          : c.total === null ? term(lang, 'aggregate', 'noData')
            : c.complete ? '' : term(lang, 'aggregate', 'incompleteLong', { n: c.missing.length });
        rows.push([pick(c.label, lang), totalCell(c), state, ...(prev ? [c.previous ?? null] : [])]);
      }
    }
    rows.push([]);
  }
  const wards = t.result.wards.map((w) => w.ward);
  const perWard: XlsxCell[][] = [
    ...head,
    [],
    [term(lang, 'aggregate', 'figure'), ...wards.map((w) => t.wardNames.get(w) ?? w), term(lang, 'aggregate', 'total')].map((v) => ({ value: v, bold: true })),
  ];
  for (const s of t.sections) {
    for (const c of s.kind === 'matrix' ? [...s.cells.flat(), ...s.totalRow] : s.items) {
      perWard.push([pick(c.fullLabel, lang), ...c.wards.map((w) => w.value), totalCell(c)]);
    }
  }
  return [
    { name: term(lang, 'aggregate', 'sheetTotals'), rows, columnWidths: [48, ...Array.from({ length: 12 }, () => 14)] },
    { name: term(lang, 'aggregate', 'sheetWards'), rows: perWard, columnWidths: [60, ...wards.map(() => 14), 14] },
  ];
}
