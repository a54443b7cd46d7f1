/**
 * Interface texts of Excel in `<fp-form>` (download a Biểu, upload it filled, the report before
 * anything is written, restore), Vietnamese first: the `excel` namespace of `term()`.
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
