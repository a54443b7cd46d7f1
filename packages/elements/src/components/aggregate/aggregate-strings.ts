/**
 * Interface texts of `<fp-aggregate>` and of its XLSX export, Vietnamese first (plain text,
 * `{name}` placeholders), kept beside the element: the `aggregate` namespace of `term()`.
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    completeness: 'Đã nộp {n}/{total} phường.',
    notSubmitted: 'Chưa nộp: {wards}.',
    returnedNotCounted: 'Bị trả lại (không cộng vào tổng): {wards}.',
    incomplete: 'chưa đủ',
    incompleteLong: 'chưa đủ số liệu: thiếu {n} phường',
    noData: 'chưa có số liệu',
    notSummed: 'không cộng dồn',
    previous: 'Năm trước',
    previousOf: 'Năm {year}',
    figure: 'Chỉ tiêu',
    total: 'Tổng',
    districtTotal: 'Tổng cộng toàn quận',
    state: 'Tình trạng',
    group: 'Nhóm',
    otherFigures: 'Các chỉ tiêu khác',
    detailOf: 'Số liệu từng phường: {label}',
    ward: 'Phường',
    value: 'Số liệu',
    missing: 'thiếu',
    missingNotSubmitted: 'thiếu (chưa nộp)',
    missingReturned: 'thiếu (bị trả lại)',
    close: 'Đóng',
    loading: 'Đang tổng hợp số liệu…',
    noPack: 'Chưa có bộ biểu mẫu để tổng hợp.',
    packMissing: 'Không tìm thấy bộ biểu mẫu "{pack}".',
    formMissing: 'Không tìm thấy biểu mẫu "{form}" trong bộ "{pack}".',
    loadFailed: 'Không tổng hợp được số liệu: {detail}',
    notReady: 'Số liệu chưa tổng hợp xong.',
    sheetTotals: 'Tổng hợp',
    sheetWards: 'Theo phường',
    legend: 'Ô nền vàng: chưa đủ số liệu (còn phường chưa có số liệu). Ô trống: chưa có số liệu (không phải số 0).',
  },
  en: {
    completeness: '{n}/{total} wards submitted.',
    notSubmitted: 'Not submitted: {wards}.',
    returnedNotCounted: 'Returned (not counted in the totals): {wards}.',
    incomplete: 'incomplete',
    incompleteLong: 'incomplete: {n} ward(s) missing',
    noData: 'no data',
    notSummed: 'not added up',
    previous: 'Last year',
    previousOf: 'Year {year}',
    figure: 'Figure',
    total: 'Total',
    districtTotal: 'District total',
    state: 'State',
    group: 'Group',
    otherFigures: 'Other figures',
    detailOf: 'Each ward\'s figure: {label}',
    ward: 'Ward',
    value: 'Figure',
    missing: 'missing',
    missingNotSubmitted: 'missing (not submitted)',
    missingReturned: 'missing (returned)',
    close: 'Close',
    loading: 'Adding up the figures…',
    noPack: 'No pack to add up yet.',
    packMissing: 'Pack "{pack}" was not found.',
    formMissing: 'Form "{form}" was not found in pack "{pack}".',
    loadFailed: 'Could not add up the figures: {detail}',
    notReady: 'The totals are not ready yet.',
    sheetTotals: 'Totals',
    sheetWards: 'By ward',
    legend: 'Yellow cells: incomplete (some wards have no figure). Empty cells: no data (not zero).',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    aggregate: (typeof STRINGS)['vi'];
  }
}
defineStrings('aggregate', STRINGS);
