/**
 * The elements' own interface texts, Vietnamese first. Catalogs are data: an embedder may pass
 * its own through `<fp-provider .strings=…>` (not mutated statics).
 */
import type { Lang } from './lang.js';

export const UI_STRINGS = {
  vi: {
    required: 'bắt buộc',
    unsupported: 'Không hiển thị được trường tại {path}: kiểu dữ liệu này chưa được hỗ trợ.',
    add: 'Thêm dòng',
    remove: 'Xóa dòng',
    moveUp: 'Chuyển lên',
    moveDown: 'Chuyển xuống',
    row: 'Dòng',
    total: 'Tổng cộng',
    incomplete: 'chưa đủ số liệu',
    computed: 'tự tính',
    yes: 'Có',
    no: 'Không',
    choose: '— Chọn —',
    submit: 'Gửi báo cáo',
    saving: 'Đang lưu…',
    saved: 'Đã lưu',
    notSaved: 'Chưa lưu',
    saveFailed: 'Không lưu được',
    errorSummary: 'Biểu mẫu còn {n} lỗi cần sửa:',
    submitted: 'Đã gửi báo cáo (lần {revision}).',
    invalidSchema: 'Lược đồ biểu mẫu không hợp lệ: {detail}',
    loading: 'Đang tải biểu mẫu…',
    packMissing: 'Không tìm thấy bộ biểu mẫu "{pack}".',
    formMissing: 'Không tìm thấy biểu mẫu "{form}" trong bộ "{pack}".',
    storeFailed: 'Không đọc/ghi được dữ liệu trình duyệt: {detail}. Dữ liệu đang nhập vẫn được giữ trên trang này.',
    conflict: 'Bản nháp này vừa được sửa ở một thẻ (tab) khác. Hãy chọn giữ bản của bạn hoặc tải bản kia.',
    keepMine: 'Giữ bản của tôi',
    loadTheirs: 'Tải bản kia',
    ward: 'Phường',
    period: 'Kỳ báo cáo',
    cutOff: 'Ngày chốt số liệu',
    readonly: 'Chỉ xem',
    preparer: 'Người lập biểu',
    chair: 'TM. UBND phường\nChủ tịch',
    signHint: '(Ký, ghi rõ họ tên)',
    notANumber: 'Phải là một số',
    // <fp-form>, <fp-provider>, autosave (components/form, controllers/autosave-controller)
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    nationalMotto: 'Độc lập - Tự do - Hạnh phúc',
    committeeOf: 'UBND {name}',
    conflictTitle: 'Xung đột bản nháp',
    notSubmitted: 'Chưa gửi được báo cáo: {detail}',
    resolveConflictFirst: 'Hãy giải quyết xung đột bản nháp trước khi gửi báo cáo.',
    formTitle: 'Biểu mẫu',
    // structural renderers: object, array, matrix and their cells (renderers/{object,array,matrix}, cells)
    incompleteShort: 'chưa đủ',
    missingShort: 'chưa có',
    computeFailed: 'không tính được',
    matrixRowHeader: 'Chỉ tiêu',
    matrixKeys: 'Dùng phím mũi tên để chuyển ô, Enter để xuống dòng, Home/End về đầu/cuối dòng.',
    rowN: 'Dòng {n}',
    removeRowN: 'Xóa dòng {n}',
    moveRowUpN: 'Chuyển dòng {n} lên',
    moveRowDownN: 'Chuyển dòng {n} xuống',
    rowAdded: 'Đã thêm dòng {n}.',
    rowRemoved: 'Đã xóa dòng {n}.',
    rowMoved: 'Đã chuyển thành dòng {n}.',
  },
  en: {
    required: 'required',
    unsupported: 'Cannot show the field at {path}: this kind of data is not supported yet.',
    add: 'Add row',
    remove: 'Remove row',
    moveUp: 'Move up',
    moveDown: 'Move down',
    row: 'Row',
    total: 'Total',
    incomplete: 'incomplete',
    computed: 'computed',
    yes: 'Yes',
    no: 'No',
    choose: '— Choose —',
    submit: 'Submit report',
    saving: 'Saving…',
    saved: 'Saved',
    notSaved: 'Not saved',
    saveFailed: 'Could not save',
    errorSummary: 'The form has {n} error(s) to fix:',
    submitted: 'Report submitted (revision {revision}).',
    invalidSchema: 'The form schema is not valid: {detail}',
    loading: 'Loading the form…',
    packMissing: 'Pack "{pack}" was not found.',
    formMissing: 'Form "{form}" was not found in pack "{pack}".',
    storeFailed: 'Could not read or write browser storage: {detail}. What you typed is kept on this page.',
    conflict: 'This draft was just changed in another tab. Keep your version or load the other one.',
    keepMine: 'Keep mine',
    loadTheirs: 'Load theirs',
    ward: 'Ward',
    period: 'Period',
    cutOff: 'Data cut-off date',
    readonly: 'Read only',
    preparer: 'Prepared by',
    chair: 'For the Ward People\'s Committee\nChair',
    signHint: '(Signature, full name)',
    notANumber: 'Must be a number',
    // <fp-form>, <fp-provider>, autosave (components/form, controllers/autosave-controller)
    nationalTitle: 'SOCIALIST REPUBLIC OF VIET NAM',
    nationalMotto: 'Independence - Freedom - Happiness',
    committeeOf: "{name} People's Committee",
    conflictTitle: 'Draft conflict',
    notSubmitted: 'The report was not submitted: {detail}',
    resolveConflictFirst: 'Resolve the draft conflict before submitting the report.',
    formTitle: 'Form',
    // structural renderers: object, array, matrix and their cells (renderers/{object,array,matrix}, cells)
    incompleteShort: 'incomplete',
    missingShort: 'missing',
    computeFailed: 'cannot compute',
    matrixRowHeader: 'Item',
    matrixKeys: 'Use the arrow keys to move between cells, Enter to go down, Home/End for the start/end of a row.',
    rowN: 'Row {n}',
    removeRowN: 'Remove row {n}',
    moveRowUpN: 'Move row {n} up',
    moveRowDownN: 'Move row {n} down',
    rowAdded: 'Row {n} added.',
    rowRemoved: 'Row {n} removed.',
    rowMoved: 'Now row {n}.',
  },
} as const;

/** A key of the interface texts. */
export type UiKey = keyof (typeof UI_STRINGS)['vi'];

/**
 * The interface text for `key` in `lang`, with `{name}` placeholders filled (as plain text).
 * @example
 * ```ts
 * t('en', 'errorSummary', { n: 3 }); // 'The form has 3 error(s) to fix:'
 * ```
 */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const template: string = UI_STRINGS[lang][key] ?? UI_STRINGS.vi[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
