/** The host app's own texts, Vietnamese first. */
import type { Page } from './roles.js';

export type Lang = 'vi' | 'en';

const STRINGS = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    today: 'Ngày xem',
    language: 'Ngôn ngữ',
    switchRole: 'Đổi vai trò',
    navigation: 'Điều hướng',
    wardOfficer: 'Cán bộ phường',
    admin: 'Quản trị quận',
    officer: 'Cán bộ Phòng LĐTB&XH',
    storeFailed: 'Không mở được bộ nhớ trình duyệt',
    packInvalid: 'Bộ cấu hình năm không hợp lệ',
    loading: 'Đang tải…',
    forbidden: 'Vai trò hiện tại không được mở trang này.',
    backHome: 'Về trang đầu',
    chooseRole: 'Chọn vai trò làm việc',
    roleNote: 'Vai trò chỉ để làm việc trên một máy dùng chung. Xác thực thật thuộc về cổng thông tin nhúng formplan.',
    period: 'Kỳ báo cáo',
    form: 'Biểu mẫu',
    ward: 'Phường',
    open: 'Mở',
  },
  en: {
    skip: 'Skip to main content',
    today: 'View date',
    language: 'Language',
    switchRole: 'Switch role',
    navigation: 'Navigation',
    wardOfficer: 'Ward officer',
    admin: 'District administrator',
    officer: 'District officer (LĐTB&XH)',
    storeFailed: 'Could not open browser storage',
    packInvalid: 'The year pack is not valid',
    loading: 'Loading…',
    forbidden: 'Your current role may not open this page.',
    backHome: 'Back to the start page',
    chooseRole: 'Choose your role',
    roleNote: 'Roles only organise work on one shared computer. Real authentication belongs to the portal that embeds formplan.',
    period: 'Period',
    form: 'Form',
    ward: 'Ward',
    open: 'Open',
  },
} as const;

export type HostKey = keyof (typeof STRINGS)['vi'];

/** The host text for `key`. */
export function tr(lang: Lang, key: HostKey): string {
  return STRINGS[lang][key] ?? STRINGS.vi[key];
}

/** Page titles (navigation and headings). */
export const PAGE_TITLES: Record<Lang, Record<Page, string>> = {
  vi: {
    reports: 'Báo cáo của tôi',
    form: 'Nhập báo cáo',
    assessment: 'Tự đánh giá phường phù hợp với trẻ em',
    export: 'Gửi tệp cho quận',
    board: 'Tình hình nộp báo cáo',
    review: 'Xem xét báo cáo',
    totals: 'Tổng hợp toàn quận',
    import: 'Nhận tệp của phường',
    assessments: 'Đánh giá các phường',
    plan: 'Kế hoạch',
    tracker: 'Theo dõi nhiệm vụ',
    pack: 'Bộ cấu hình năm',
  },
  en: {
    reports: 'My reports',
    form: 'Fill a report',
    assessment: 'Child-friendly ward self-assessment',
    export: 'Send a file to the district',
    board: 'Reporting completeness',
    review: 'Review a report',
    totals: 'District totals',
    import: 'Import ward files',
    assessments: 'Ward assessments',
    plan: 'The plan',
    tracker: 'Task tracker',
    pack: 'Year pack',
  },
};
