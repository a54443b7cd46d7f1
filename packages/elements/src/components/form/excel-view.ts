/**
 * What `<fp-form excel>` shows of Excel with the form: the button row (download blank / with
 * figures, upload) and the outcome line with "Khôi phục bản trước khi tải lên". The upload
 * dialog is excel-dialog.ts, in the run-time chunk. Every text is rendered as text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Lang } from '../../i18n/lang.js';
import { term } from '../../i18n/form-term.js';
import type { ExcelController } from './excel-controller.js';

/** What the view calls back. */
export interface ExcelActions {
  download: (blank: boolean) => void;
  upload: (file: File) => void;
  apply: () => void;
  cancel: () => void;
  restore: () => void;
}

/** The Excel button row, the outcome line and the restore button (the dialog is rendered apart). */
export function renderExcelBar(ctl: ExcelController, lang: Lang, readOnlyReason: string | undefined, actions: ExcelActions): TemplateResult {
  const note = ctl.note;
  const noteText = !note ? '' : note.key === 'downloaded' ? term(lang, 'excel', 'downloaded', { file: note.file })
    : note.key === 'applied' ? term(lang, 'excel', 'applied', { n: note.n, file: note.file }) : term(lang, 'excel', 'restored');
  const pick = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) actions.upload(file);
  };
  return html`<div part="excel" class="excel screen-only" role="group" aria-label=${term(lang, 'excel', 'toolbar')}>
    <button type="button" part="excel-download-blank" @click=${() => actions.download(true)} ?disabled=${ctl.busy}>${term(lang, 'excel', 'downloadBlank')}</button>
    <button type="button" part="excel-download" @click=${() => actions.download(false)} ?disabled=${ctl.busy}>${term(lang, 'excel', 'downloadFilled')}</button>
    <label class="excel-upload" part="excel-upload" aria-disabled=${readOnlyReason ? 'true' : 'false'}>
      <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ?disabled=${!!readOnlyReason || ctl.busy}
        aria-describedby=${readOnlyReason ? 'excel-readonly' : nothing} @change=${pick}>
      <span>${term(lang, 'excel', 'upload')}</span>
    </label>
    ${readOnlyReason ? html`<span id="excel-readonly" class="muted">${term(lang, 'excel', 'uploadRefused', { reason: readOnlyReason })}</span>` : nothing}
    <span role="status" class="excel-note" part="excel-note">${ctl.busy ? term(lang, 'excel', 'working') : noteText}</span>
    ${ctl.applied && !readOnlyReason
      ? html`<button type="button" part="excel-restore" @click=${actions.restore}>${term(lang, 'excel', 'restore')}</button>`
      : nothing}
  </div>`;
}
