/**
 * Excel both ways for `<fp-form>` in pack mode: download the form as a Biểu (blank or with the
 * draft's figures), read an uploaded one into a per-cell report without writing, write the
 * report's cells once the ward confirms, and restore the draft from before. The work that needs
 * the XLSX code (excel-work.ts) and the upload dialog come with the run-time chunk, loaded on
 * first use (with `dist/formplan-xlsx.js`), never with the form's first paint. A read-only
 * report (sent, locked, accepted) refuses an upload like any edit.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bilingual, FormModel } from '@formplan/core';
import type { BieuImport } from '@formplan/core/xlsx';
import type { Lang } from '../../i18n/lang.js';
import { loadRuntime } from '../../services/load-runtime.js';
import type { Runtime } from '../../services/load-runtime.js';
import type { LoadedForm } from './form-load.js';

/** What the controller works on, read when asked (undefined: no pack form loaded). */
export interface ExcelSource {
  loaded: LoadedForm;
  model: FormModel;
  lang: Lang;
  /** why the form takes no edits now (sent, locked, accepted), or undefined when it does */
  readOnlyReason: Bilingual | undefined;
}

/** An applied upload: the report and the file it came from (for "Khôi phục bản trước khi tải lên"). */
export interface AppliedImport {
  report: BieuImport;
  fileName: string;
}

/** Offers bytes as a file download (an `<a download>` click). */
export function offerDownload(file: File, doc: Document): void {
  const url = URL.createObjectURL(file);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A one-line outcome shown under the Excel buttons. */
export type ExcelNote = { key: 'downloaded'; file: string } | { key: 'applied'; file: string; n: number } | { key: 'restored' };

/** Excel download and upload state of one form; the host repaints when it changes. */
export class ExcelController implements ReactiveController {
  /** the report shown in the dialog, waiting for the ward's decision (or saying why the file was refused) */
  pending?: { report: BieuImport; fileName: string };
  /** the last upload written into the form, until it is restored or another replaces it */
  applied?: AppliedImport;
  note?: ExcelNote;
  busy = false;
  /** the upload dialog's view (excel-dialog.ts), from the run-time chunk loaded with the first upload */
  dialog?: Runtime['excel']['renderExcelDialog'];

  constructor(private readonly host: ReactiveControllerHost, private readonly source: () => ExcelSource | undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    // state lives as long as the element
  }

  /** Forgets everything (another form was loaded). */
  reset(): void {
    this.pending = this.applied = this.note = undefined;
    this.host.requestUpdate();
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      return await work();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /**
   * The Biểu of the open form as an `.xlsx` File.
   * @param blank - a template without the draft's figures
   */
  async workbook(blank: boolean): Promise<File | undefined> {
    const src = this.source();
    if (!src) return undefined;
    return this.run(async () => {
      const file = await (await loadRuntime()).excel.bieuFile(src, blank);
      this.note = { key: 'downloaded', file: file.name };
      return file;
    });
  }

  /**
   * Reads an uploaded file into a report and shows it; writes nothing. A read-only form refuses it.
   * @param file - the uploaded `.xlsx`
   */
  async read(file: Blob): Promise<BieuImport> {
    const fileName = file instanceof File ? file.name : '';
    const src = this.source();
    const { excel } = await loadRuntime();
    this.dialog = excel.renderExcelDialog;
    const report = !src || src.readOnlyReason ? await excel.readUpload(src, file) : await this.run(() => excel.readUpload(src, file));
    this.pending = { report, fileName };
    this.host.requestUpdate();
    return report;
  }

  /** Closes the dialog without writing anything. */
  cancel(): void {
    this.pending = undefined;
    this.host.requestUpdate();
  }

  /**
   * Writes a report's taken cells into the form (as the ward's edits: autosave stores them).
   * @returns false when nothing was written (a refused file, a read-only form, no form)
   */
  apply(report: BieuImport, fileName = this.pending?.fileName ?? ''): boolean {
    const src = this.source();
    this.pending = undefined;
    this.host.requestUpdate();
    if (!src || !report.ok || src.readOnlyReason) return false;
    for (const t of report.taken) src.model.set(t.pointer, t.value, { user: true });
    this.applied = { report, fileName };
    this.note = { key: 'applied', file: fileName, n: report.taken.length };
    return true;
  }

  /**
   * Puts back the values the last applied upload replaced.
   * @returns the restored upload, or undefined when there is none or the form takes no edits
   */
  restore(): AppliedImport | undefined {
    const src = this.source();
    const applied = this.applied;
    if (!src || !applied || src.readOnlyReason) return undefined;
    for (const t of [...applied.report.taken].reverse()) src.model.set(t.pointer, t.previous === null ? undefined : t.previous, { user: true });
    this.applied = undefined;
    this.note = { key: 'restored' };
    this.host.requestUpdate();
    return applied;
  }
}
