/**
 * Interface texts of `<fp-calendar>`, Vietnamese first. Kept beside the element (plain text,
 * `{name}` placeholders): the `calendar` namespace of `term()`.
 */
import type { ReportStatus } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { defineStrings, term } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    'status.not-due': 'Chưa đến kỳ',
    'status.open': 'Đang mở',
    'status.draft': 'Bản nháp',
    'status.submitted': 'Đã gửi',
    'status.accepted': 'Đã chấp nhận',
    'status.returned': 'Bị trả lại',
    'status.late': 'Quá hạn',
    'status.locked': 'Đã khóa',
    'status.reopened': 'Đã mở lại',
    reopenReason: 'lý do mở lại: {text}',
    due: 'Hạn {date}',
    noDue: 'Không có hạn',
    lateBy: 'trễ {n} ngày',
    hasDraft: 'có bản nháp',
    notFiled: 'Không áp dụng',
    form: 'Biểu mẫu',
    ward: 'Phường',
    wardCaption: 'Lịch báo cáo năm {year} — {ward}',
    districtCaption: 'Tình hình nộp báo cáo: {period} — {district}',
    summary: '{form}: đã nộp {n}/{total} phường; quá hạn: {late}.',
    returned: 'Bị trả lại: {wards}.',
    allWards: 'tất cả {n} phường',
    none: 'không',
    submittedCount: 'Đã nộp',
    loading: 'Đang tải lịch báo cáo…',
    noPack: 'Chưa có bộ biểu mẫu để hiển thị.',
    packMissing: 'Không tìm thấy bộ biểu mẫu "{pack}".',
    noTarget: 'Hãy chọn một phường (ward) hoặc một kỳ báo cáo (period).',
    loadFailed: 'Không đọc được dữ liệu báo cáo: {detail}',
    open: 'Mở',
    comment: 'nhận xét: {text}',
  },
  en: {
    'status.not-due': 'Not yet due',
    'status.open': 'Open',
    'status.draft': 'Draft',
    'status.submitted': 'Submitted',
    'status.accepted': 'Accepted',
    'status.returned': 'Returned',
    'status.late': 'Late',
    'status.locked': 'Locked',
    'status.reopened': 'Reopened',
    reopenReason: 'reopened because: {text}',
    due: 'Due {date}',
    noDue: 'No due date',
    lateBy: '{n} day(s) late',
    hasDraft: 'draft saved',
    notFiled: 'Not filed',
    form: 'Form',
    ward: 'Ward',
    wardCaption: 'Reporting calendar {year} — {ward}',
    districtCaption: 'Reports received: {period} — {district}',
    summary: '{form}: {n}/{total} wards submitted; late: {late}.',
    returned: 'Returned: {wards}.',
    allWards: 'all {n} wards',
    none: 'none',
    submittedCount: 'Submitted',
    loading: 'Loading the reporting calendar…',
    noPack: 'No pack to show yet.',
    packMissing: 'Pack "{pack}" was not found.',
    noTarget: 'Choose a ward or a reporting period.',
    loadFailed: 'Could not read the reports: {detail}',
    open: 'Open',
    comment: 'comment: {text}',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    calendar: (typeof STRINGS)['vi'];
  }
}
defineStrings('calendar', STRINGS);

/**
 * A report status in words.
 * @example
 * ```ts
 * statusText('vi', 'late'); // 'Quá hạn'
 * ```
 */
export function statusText(lang: Lang, status: ReportStatus): string {
  return term(lang, 'calendar', `status.${status}`);
}
