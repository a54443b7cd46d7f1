/**
 * What the host's two file imports share (the district reading ward files, the ward reading the
 * district's file): files read one after another with progress, the size bound checked before
 * reading, and the per-item report in the page's language.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { DEFAULT_MAX_BUNDLE_BYTES } from '@formplan/core';
import type { Bilingual, ImportReport } from '@formplan/core';
import { pick } from '@formplan/elements/i18n';
import type { Lang } from '@formplan/elements/i18n';
import { term } from '../host-strings.js';

/** One file: being read (`i` of `n`), then its report. */
export interface FileResult {
  name: string;
  i: number;
  n: number;
  report?: ImportReport;
}

/** The report of a file refused before reading because it is over the bound. */
function tooLarge(size: number): ImportReport {
  const params = { size, max: DEFAULT_MAX_BUNDLE_BYTES };
  const fatal: Bilingual = { vi: term('vi', 'host', 'fileTooLarge', params), en: term('en', 'host', 'fileTooLarge', params) };
  return { taken: [], skipped: [], refused: [], fatal };
}

/**
 * Imports files one after another, showing each as it is read and then its report.
 * @param files the chosen files
 * @param importText imports one file's text
 * @param show receives the list each time it changes
 */
export async function importFiles(files: File[], importText: (text: string) => Promise<ImportReport>, show: (results: FileResult[]) => void): Promise<void> {
  let results: FileResult[] = [];
  for (const [i, file] of files.entries()) {
    const entry: FileResult = { name: file.name, i: i + 1, n: files.length };
    results = [...results, entry];
    show(results);
    const report = file.size > DEFAULT_MAX_BUNDLE_BYTES ? tooLarge(file.size) : await importText(await file.text());
    results = results.map((f) => (f === entry ? { ...entry, report } : f));
    show(results);
  }
}

/** The file input of an import section, with its label and size note. */
export function fileInput(id: string, label: string, lang: Lang, onFiles: (files: File[]) => void, multiple = true): TemplateResult {
  return html`<label for=${id}>${label}</label><br />
    <input id=${id} type="file" accept=".json,application/json" ?multiple=${multiple}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        if (input.files?.length) onFiles(Array.from(input.files));
      }} />
    <p class="muted">${term(lang, 'host', 'importNote', { mb: DEFAULT_MAX_BUNDLE_BYTES / 1024 / 1024 })}</p>`;
}

/**
 * One file's progress or report: whether it was refused whole, the counts, and each refused item.
 * @param f the file
 * @param lang the page's language
 * @param itemLabel names a refused item (e.g. its form and period) before its reason
 */
export function renderFileReport(f: FileResult, lang: Lang, itemLabel: (r: ImportReport['refused'][number]) => string = (r) => `#${r.index + 1}`): TemplateResult {
  const { report } = f;
  if (!report) return html`<p role="status">${term(lang, 'host', 'reading', { file: f.name, i: f.i, n: f.n })}</p>`;
  return html`<p role="status">${term(lang, 'host', 'fileDone', { file: f.name })}</p>
    <div class=${report.fatal || report.refused.length ? 'error' : 'ok'}>
      ${report.fatal ? html`<p>${term(lang, 'host', 'refusedFile', { reason: pick(report.fatal, lang) })}</p>` : nothing}
      <p>${term(lang, 'host', 'importCounts', { taken: report.taken.length, skipped: report.skipped.length, refused: report.refused.length })}</p>
      ${report.refused.length ? html`<ul>${report.refused.map((r) => html`<li>${itemLabel(r)}: ${pick(r.reason, lang)}</li>`)}</ul>` : nothing}
    </div>`;
}
