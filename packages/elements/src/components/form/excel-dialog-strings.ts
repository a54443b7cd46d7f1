/**
 * Interface texts of the Excel upload dialog of `<fp-form>` (the report before anything is
 * written), Vietnamese first: the `excelDialog` namespace of `term()`. Registered by
 * excel-dialog.ts, in the run-time chunk, so the ward file does not carry them.
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    dialogTitle: 'Tải lên từ Excel: {file}',
    nothingWritten: 'Chưa có gì được ghi vào biểu mẫu.',
    summary: 'Sẽ ghi {taken} ô; từ chối {refused} ô; {unchanged} ô giữ nguyên.',
    fileRefused: 'Tệp bị từ chối, biểu mẫu không thay đổi:',
    takenCaption: 'Ô sẽ ghi',
    refusedCaption: 'Ô bị từ chối',
    cell: 'Ô',
    item: 'Chỉ tiêu',
    before: 'Trước',
    after: 'Sau',
    content: 'Nội dung',
    reason: 'Lý do',
    cleared: '(xóa)',
    empty: '(trống)',
    more: '… và {n} ô nữa',
    apply: 'Ghi {n} ô vào biểu mẫu',
    cancel: 'Hủy',
    close: 'Đóng',
  },
  en: {
    dialogTitle: 'Upload from Excel: {file}',
    nothingWritten: 'Nothing has been written to the form yet.',
    summary: '{taken} cell(s) will be written; {refused} refused; {unchanged} unchanged.',
    fileRefused: 'The file was refused; the form is unchanged:',
    takenCaption: 'Cells to write',
    refusedCaption: 'Refused cells',
    cell: 'Cell',
    item: 'Item',
    before: 'Before',
    after: 'After',
    content: 'Content',
    reason: 'Reason',
    cleared: '(cleared)',
    empty: '(empty)',
    more: '… and {n} more cell(s)',
    apply: 'Write {n} cell(s) to the form',
    cancel: 'Cancel',
    close: 'Close',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    excelDialog: (typeof STRINGS)['vi'];
  }
}
defineStrings('excelDialog', STRINGS);
