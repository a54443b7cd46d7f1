/**
 * The upload dialog of `<fp-form excel>`: the per-cell report (taken, refused and why; the reason
 * in the interface language first, the other second) and the confirm step. The dialog is modal:
 * Tab stays inside, Escape cancels. Every text is rendered as text. Part of the run-time chunk
 * (services/runtime.ts): loaded with the upload, never with the form's first paint.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatVietnameseNumber } from '@formplan/core';
import type { Bilingual } from '@formplan/core';
import type { BieuImport } from '@formplan/core/xlsx';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import './excel-dialog-strings.js';
import { term } from '../../i18n/form-term.js';
import type { ExcelController } from './excel-controller.js';
import type { ExcelActions } from './excel-view.js';
import { excelDialogStyles } from './excel-dialog.styles.js';

/** Rows of each table shown; the rest is counted. */
const SHOWN = 200;

function shownValue(v: unknown, lang: Lang, empty: 'cleared' | 'empty'): string {
  if (v === undefined || v === null || v === '') return term(lang, 'excelDialog', empty);
  return typeof v === 'number' ? formatVietnameseNumber(v) : String(v);
}

/** A message in the interface language, then the other language, marked with its `lang`. */
function both(b: Bilingual, lang: Lang): TemplateResult {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const second = pick(b, other);
  return html`<span>${pick(b, lang)}</span>${second && second !== pick(b, lang) ? html`<br><span class="second" lang=${other}>${second}</span>` : nothing}`;
}

/** Keeps Tab inside the dialog and lets Escape cancel. */
function trap(e: KeyboardEvent, cancel: () => void): void {
  if (e.key === 'Escape') {
    e.preventDefault();
    cancel();
    return;
  }
  if (e.key !== 'Tab') return;
  const box = e.currentTarget as HTMLElement;
  const items = [...box.querySelectorAll<HTMLElement>('button, [tabindex="0"]')].filter((x) => !x.hasAttribute('disabled'));
  if (items.length === 0) return;
  const active = box.getRootNode() instanceof ShadowRoot ? (box.getRootNode() as ShadowRoot).activeElement : document.activeElement;
  const first = items[0];
  const last = items[items.length - 1];
  if (e.shiftKey && (active === first || !box.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !box.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

function renderTables(report: BieuImport, lang: Lang): TemplateResult {
  const t = (k: Parameters<typeof term<'excelDialog'>>[2]) => term(lang, 'excelDialog', k);
  const more = (n: number) => (n > SHOWN ? html`<p>${term(lang, 'excelDialog', 'more', { n: n - SHOWN })}</p>` : nothing);
  return html`
    ${report.taken.length ? html`<div class="excel-table" tabindex="0" role="region" aria-labelledby="excel-taken"><table>
      <caption id="excel-taken">${t('takenCaption')} (${report.taken.length})</caption>
      <thead><tr><th scope="col">${t('cell')}</th><th scope="col">${t('item')}</th><th scope="col">${t('before')}</th><th scope="col">${t('after')}</th></tr></thead>
      <tbody>${report.taken.slice(0, SHOWN).map((c) => html`<tr><td class="ref">${c.cell}</td><td>${pick(c.label, lang)}</td><td>${shownValue(c.previous, lang, 'empty')}</td><td>${shownValue(c.value, lang, 'cleared')}</td></tr>`)}</tbody>
    </table></div>${more(report.taken.length)}` : nothing}
    ${report.refused.length ? html`<div class="excel-table" tabindex="0" role="region" aria-labelledby="excel-refused"><table>
      <caption id="excel-refused">${t('refusedCaption')} (${report.refused.length})</caption>
      <thead><tr><th scope="col">${t('cell')}</th><th scope="col">${t('content')}</th><th scope="col">${t('reason')}</th></tr></thead>
      <tbody>${report.refused.slice(0, SHOWN).map((c) => html`<tr class="refused"><td class="ref">${c.cell}</td><td>${c.text}</td><td>${both(c.reason, lang)}</td></tr>`)}</tbody>
    </table></div>${more(report.refused.length)}` : nothing}`;
}

/** Adds the dialog's styles to the form's shadow root (once). */
function adoptDialogStyles(root: Node): void {
  const sheet = excelDialogStyles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The modal upload dialog: the report, then "Ghi N ô" / "Hủy" (or "Đóng" for a refused file).
 * @param root - the form's shadow root, which gets the dialog's styles
 */
export function renderExcelDialog(root: Node, pending: NonNullable<ExcelController['pending']>, lang: Lang, actions: ExcelActions): TemplateResult {
  adoptDialogStyles(root);
  const { report, fileName } = pending;
  return html`<div class="excel-backdrop">
    <div class="excel-dialog" part="excel-dialog" role="dialog" aria-modal="true" aria-labelledby="excel-title" aria-describedby="excel-summary"
      @keydown=${(e: KeyboardEvent) => trap(e, actions.cancel)}>
      <h2 id="excel-title">${term(lang, 'excelDialog', 'dialogTitle', { file: fileName })}</h2>
      ${report.ok
        ? html`<p id="excel-summary" role="status">${term(lang, 'excelDialog', 'summary', { taken: report.taken.length, refused: report.refused.length, unchanged: report.unchanged })}
            ${term(lang, 'excelDialog', 'nothingWritten')}</p>${renderTables(report, lang)}`
        : html`<div id="excel-summary" class="excel-problem" role="alert" part="excel-problem"><strong>${term(lang, 'excelDialog', 'fileRefused')}</strong><br>${report.problem ? both(report.problem, lang) : nothing}</div>`}
      <div class="buttons">
        ${report.ok && report.taken.length
          ? html`<button type="button" part="excel-apply" data-action="apply" @click=${actions.apply}>${term(lang, 'excelDialog', 'apply', { n: report.taken.length })}</button>`
          : nothing}
        <button type="button" part="excel-cancel" data-action="cancel" @click=${actions.cancel}>${term(lang, 'excelDialog', report.ok ? 'cancel' : 'close')}</button>
      </div>
    </div>
  </div>`;
}

