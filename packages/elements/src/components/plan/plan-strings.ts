/**
 * Interface texts of `<fp-plan>`, Vietnamese first: the fixed headings of a Vietnamese
 * administrative plan (Nghị định 30/2020) and the tracker's labels: the `plan` namespace of `term()`.
 */
import { defineStrings } from '../../i18n/registry.js';

/** The texts of `<fp-plan>` in both languages. */
export const PLAN_STRINGS = {
  vi: {
    nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    nationalMotto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số:',
    dateLine: '{place}, ngày {day} tháng {month} năm {year}',
    kind: 'KẾ HOẠCH',
    purposeHeading: 'I. MỤC ĐÍCH - YÊU CẦU',
    purpose: '1. Mục đích',
    requirements: '2. Yêu cầu',
    contentHeading: 'II. NỘI DUNG THỰC HIỆN',
    organisationHeading: 'III. TỔ CHỨC THỰC HIỆN',
    recipients: 'Nơi nhận:',
    gap: '[bản gốc bị thiếu chữ]',
    refs: 'Căn cứ: {refs}',
    documentLabel: 'Văn bản kế hoạch',
    trackerLabel: 'Theo dõi thực hiện kế hoạch',
    status: 'Tình trạng',
    note: 'Ghi chú',
    'not-started': 'Chưa bắt đầu',
    'in-progress': 'Đang thực hiện',
    done: 'Hoàn thành',
    progress: '{done}/{total} nhiệm vụ hoàn thành',
    due: 'Hạn: {date}',
    targets: 'Chỉ tiêu của kế hoạch',
    target: 'Chỉ tiêu',
    binding: 'Cách đo',
    value: 'Hiện tại',
    state: 'Đánh giá',
    ok: 'Đạt',
    notOk: 'Chưa đạt',
    unknown: 'Chưa có số liệu',
    notBound: 'Không đo tự động',
    noData: 'chưa có số liệu',
    noPack: 'Chưa có bộ biểu mẫu.',
    saveFailed: 'Không lưu được tiến độ: {detail}',
    wards_recognised: 'Phường đạt chuẩn phù hợp với trẻ em',
    wards_plan_built: 'Phường đã xây dựng kế hoạch',
    wards_assessed: 'Phường đã tự đánh giá',
    children_participating: 'Trẻ em tham gia hoạt động',
  },
  en: {
    nationalTitle: 'SOCIALIST REPUBLIC OF VIET NAM',
    nationalMotto: 'Independence - Freedom - Happiness',
    number: 'No.:',
    dateLine: '{place}, {day}/{month}/{year}',
    kind: 'PLAN',
    purposeHeading: 'I. PURPOSE AND REQUIREMENTS',
    purpose: '1. Purpose',
    requirements: '2. Requirements',
    contentHeading: 'II. CONTENT',
    organisationHeading: 'III. ORGANISATION',
    recipients: 'Recipients:',
    gap: '[text missing in the original]',
    refs: 'Basis: {refs}',
    documentLabel: 'Plan document',
    trackerLabel: 'Plan progress',
    status: 'Status',
    note: 'Note',
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    progress: '{done}/{total} tasks done',
    due: 'Due: {date}',
    targets: 'Targets of the plan',
    target: 'Target',
    binding: 'Measure',
    value: 'Now',
    state: 'Assessment',
    ok: 'Met',
    notOk: 'Not met',
    unknown: 'No data yet',
    notBound: 'Not measured automatically',
    noData: 'no data yet',
    noPack: 'No pack yet.',
    saveFailed: 'Could not save the progress: {detail}',
    wards_recognised: 'Child-friendly wards',
    wards_plan_built: 'Wards with their plan built',
    wards_assessed: 'Wards assessed',
    children_participating: 'Children taking part',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    plan: (typeof PLAN_STRINGS)['vi'];
  }
}
defineStrings('plan', PLAN_STRINGS);

/** Whether `key` is a text of the `plan` namespace. */
export function isPlanKey(key: string): key is keyof (typeof PLAN_STRINGS)['vi'] {
  return Object.prototype.hasOwnProperty.call(PLAN_STRINGS.vi, key);
}
