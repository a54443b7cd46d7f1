/**
 * Interface texts of Excel in `<fp-form>` (download a Biểu, upload it filled, restore),
 * Vietnamese first: the `excel` namespace of `term()`. The upload dialog's texts are the
 * `excelDialog` namespace (excel-dialog-strings.ts), loaded with the dialog.
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    toolbar: 'Excel',
    downloadBlank: 'Tải Biểu Excel trống',
    downloadFilled: 'Tải Biểu Excel có số liệu',
    upload: 'Tải lên từ Excel',
    uploadRefused: 'Không tải lên được: {reason}',
    working: 'Đang xử lý tệp Excel…',
    downloaded: 'Đã tạo tệp {file}.',
    applied: 'Đã ghi {n} ô từ {file}.',
    restore: 'Khôi phục bản trước khi tải lên',
    restored: 'Đã khôi phục bản trước khi tải lên.',
    readonly: 'biểu mẫu đang chỉ để xem',
  },
  en: {
    toolbar: 'Excel',
    downloadBlank: 'Download blank Excel Biểu',
    downloadFilled: 'Download Excel Biểu with figures',
    upload: 'Upload from Excel',
    uploadRefused: 'Cannot upload: {reason}',
    working: 'Processing the Excel file…',
    downloaded: 'Created the file {file}.',
    applied: 'Wrote {n} cell(s) from {file}.',
    restore: 'Restore the draft from before the upload',
    restored: 'Restored the draft from before the upload.',
    readonly: 'the form is read-only',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    excel: (typeof STRINGS)['vi'];
  }
}
defineStrings('excel', STRINGS);
