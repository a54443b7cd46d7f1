import type { BieuImport } from '@formplan/core/xlsx';

/** `fp-excel-import`: an uploaded Excel Biểu was written into the form, or the draft from before it restored. */
export interface FpExcelImportDetail {
  /** `applied`: the report's taken cells were written; `restored`: they were put back as before */
  action: 'applied' | 'restored';
  /** the report of {@link BieuImport | readBieu} the action came from */
  report: BieuImport;
}
export type FpExcelImportEvent = CustomEvent<FpExcelImportDetail>;
declare global {
  interface GlobalEventHandlersEventMap {
    'fp-excel-import': FpExcelImportEvent;
  }
}
