/** The bilingual messages of `importBundle`, Vietnamese first. */
import type { Bilingual } from '../common/bilingual.js';

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** Message builders for every refusal `importBundle` reports. */
export const importMessages = {
  tooLarge: (bytes: number, max: number): Bilingual => ({
    vi: `Tệp quá lớn (${mb(bytes)} MB, tối đa ${mb(max)} MB).`,
    en: `The file is too large (${mb(bytes)} MB, at most ${mb(max)} MB).`,
  }),
  notSerialisable: (): Bilingual => ({
    vi: 'Dữ liệu nhập không chuyển được thành JSON.',
    en: 'The input cannot be serialised as JSON.',
  }),
  invalidJson: (detail: string, file: Bilingual): Bilingual => ({
    vi: `Không đọc được tệp: tệp bị hỏng hoặc không phải ${file.vi}.`,
    en: `The file is not valid JSON (${detail}).`,
  }),
  notBundle: (file: Bilingual): Bilingual => ({
    vi: `Tệp không phải ${file.vi}.`,
    en: `The file is not ${file.en}.`,
  }),
  formatVersion: (v: unknown, supported: number): Bilingual => ({
    vi: `Phiên bản định dạng tệp ${JSON.stringify(v) ?? 'không rõ'} không được hỗ trợ (chỉ hỗ trợ ${supported}).`,
    en: `File format version ${JSON.stringify(v) ?? 'unknown'} is not supported (only ${supported}).`,
  }),
  badField: (field: string): Bilingual => ({
    vi: `Trường "${field}" của gói thiếu hoặc sai kiểu.`,
    en: `The bundle field "${field}" is missing or has the wrong type.`,
  }),
  forbiddenKey: (pointer: string): Bilingual => ({
    vi: `Khóa bị cấm tại ${pointer} (có thể là dữ liệu độc hại).`,
    en: `Forbidden key at ${pointer} (possibly malicious data).`,
  }),
  unknownPack: (id: string, version: string): Bilingual => ({
    vi: `Máy này không có gói ${id} phiên bản ${version}; hãy cài phiên bản đó trước khi nhập.`,
    en: `This device has no pack ${id} version ${version}; install that version before importing.`,
  }),
  packHashMismatch: (id: string, version: string): Bilingual => ({
    vi: `Gói ${id} phiên bản ${version} trên máy này khác nội dung với gói nơi xuất dữ liệu.`,
    en: `Pack ${id} version ${version} on this device differs in content from the exporter's.`,
  }),
  unknownWard: (ward: string): Bilingual => ({
    vi: `Phường "${ward}" không có trong danh sách đơn vị của gói.`,
    en: `Ward "${ward}" is not among the pack's org units.`,
  }),
  itemNotObject: (): Bilingual => ({
    vi: 'Mục này không phải một đối tượng.',
    en: 'This item is not an object.',
  }),
  itemField: (field: string): Bilingual => ({
    vi: `Trường "${field}" của lần nộp thiếu hoặc sai kiểu.`,
    en: `The submission field "${field}" is missing or has the wrong type.`,
  }),
  itemOutsideBundle: (field: string): Bilingual => ({
    vi: `Lần nộp có "${field}" khác với gói dữ liệu chứa nó.`,
    en: `The submission's "${field}" differs from its bundle's.`,
  }),
  tampered: (): Bilingual => ({
    vi: 'Mã băm không khớp với nội dung: dữ liệu đã bị sửa sau khi nộp.',
    en: 'The hash does not match the content: the data was altered after submission.',
  }),
  invalidData: (errors: Bilingual[]): Bilingual => ({
    vi: `Dữ liệu không hợp lệ theo biểu mẫu: ${errors.map((e) => e.vi).join('; ')}`,
    en: `The data is invalid for the form: ${errors.map((e) => e.en ?? e.vi).join('; ')}`,
  }),
  validatorFailed: (detail: string): Bilingual => ({
    vi: `Không kiểm tra được dữ liệu (${detail}).`,
    en: `The data could not be validated (${detail}).`,
  }),
  conflict: (formId: string, period: string, revision: number): Bilingual => ({
    vi: `Xung đột: lần nộp số ${revision} của biểu ${formId} kỳ ${period} đã có trên máy này với nội dung khác; không ghi đè. Hãy liên hệ phường để nộp lại thành lần mới.`,
    en: `Conflict: revision ${revision} of form ${formId} for ${period} already exists here with different content; not overwritten. Ask the ward to resubmit as a new revision.`,
  }),
};

/** Message builders for the refusals only `importReviewBundle` reports (the district's file). */
export const reviewImportMessages = {
  otherWard: (fileWard: string, ward: string): Bilingual => ({
    vi: 'Tệp này dành cho một phường khác, không phải phường của máy này: không nhận mục nào.',
    en: `This file is for ward ${fileWard}, not for this computer's ward ${ward}: nothing was imported.`,
  }),
  otherPack: (filePack: string, pack: string): Bilingual => ({
    vi: `Tệp thuộc bộ cấu hình ${filePack}, máy này đang dùng ${pack}: không nhận mục nào.`,
    en: `The file belongs to pack ${filePack}; this computer uses ${pack}: nothing was imported.`,
  }),
  otherPackVersion: (fileVersion: string, version: string): Bilingual => ({
    vi: `Tệp thuộc phiên bản ${fileVersion} của bộ cấu hình năm, máy này đang dùng phiên bản ${version}: không nhận mục nào.`,
    en: `The file belongs to version ${fileVersion} of the year pack; this computer uses version ${version}: nothing was imported.`,
  }),
  reviewField: (field: string): Bilingual => ({
    vi: `Trường "${field}" của nhận xét thiếu hoặc sai kiểu.`,
    en: `The review field "${field}" is missing or has the wrong type.`,
  }),
  outsideFile: (field: string): Bilingual => ({
    vi: `Nhận xét có "${field}" khác với tệp chứa nó.`,
    en: `The review's "${field}" differs from its file's.`,
  }),
  tampered: (): Bilingual => ({
    vi: 'Mã băm không khớp với nội dung: nhận xét đã bị sửa sau khi quận lưu tệp.',
    en: 'The hash does not match the content: the review was altered after the district saved the file.',
  }),
  noSubmission: (revision: number): Bilingual => ({
    vi: `Máy này không có lần gửi số ${revision} của báo cáo này: không nhận nhận xét cho lần gửi đó.`,
    en: `This computer has no submission revision ${revision} of this report: the review of it was not taken.`,
  }),
  submissionDiffers: (revision: number): Bilingual => ({
    vi: `Lần gửi số ${revision} trên máy này khác nội dung với lần gửi quận đã xem xét: không nhận nhận xét này.`,
    en: `Submission revision ${revision} on this computer differs from the one the district reviewed: the review was not taken.`,
  }),
  reopenField: (field: string): Bilingual => ({
    vi: `Trường "${field}" của thông tin mở lại kỳ báo cáo thiếu hoặc sai kiểu.`,
    en: `The reopening field "${field}" is missing or has the wrong type.`,
  }),
  reopenOutside: (field: string): Bilingual => ({
    vi: `Thông tin mở lại kỳ báo cáo có "${field}" khác với tệp chứa nó.`,
    en: `The reopening's "${field}" differs from its file's.`,
  }),
  reopenTampered: (): Bilingual => ({
    vi: 'Mã băm không khớp với nội dung: thông tin mở lại kỳ báo cáo đã bị sửa sau khi quận lưu tệp.',
    en: 'The hash does not match the content: the reopening was altered after the district saved the file.',
  }),
};
