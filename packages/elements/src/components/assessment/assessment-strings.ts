/**
 * Interface texts of `<fp-assessment>`, Vietnamese first. Kept beside the component (not in the
 * shared catalog) so the component's texts travel with it: the `assessment` namespace of `term()`.
 */
import { defineStrings } from '../../i18n/registry.js';

/** The texts of `<fp-assessment>` in both languages. */
export const ASSESSMENT_STRINGS = {
  vi: {
    prefillFrom: 'Lấy từ {source}',
    sourcePart: '{form}, kỳ {period}',
    notReported: 'chưa báo cáo',
    prefillMissing: 'Chưa có số liệu báo cáo để lấy sang',
    edited: 'Đã sửa; số liệu báo cáo: {value}',
    maxPoints: 'tối đa {max} điểm',
    points: 'Điểm: {points}/{max}',
    criterionPoints: 'Tiêu chí {code}: {points}/{max} điểm',
    answer: 'Trả lời',
    percent: 'Tỷ lệ (%)',
    count: 'Số lượng',
    selfPoints: 'Điểm tự chấm (0–{max})',
    evidence: 'Minh chứng, ghi chú',
    total: 'Tổng điểm: {total}/{max}',
    threshold: 'Ngưỡng công nhận ({label}): {threshold} điểm',
    noThreshold: 'Chưa có ngưỡng công nhận cho loại địa bàn của phường',
    recognised: 'Đạt tiêu chuẩn phường phù hợp với trẻ em',
    notRecognised: 'Chưa đạt tiêu chuẩn phường phù hợp với trẻ em',
    result: 'Kết quả',
    verify: 'Thẩm định của quận',
    accept: 'Chấp nhận',
    reject: 'Không chấp nhận',
    undecided: 'Chưa xét',
    verifiedPoints: 'Điểm quận chấm (không bắt buộc, 0–{max})',
    conflict: 'Bản tự đánh giá vừa được lưu ở nơi khác (phiên bản {stored}). Thay đổi của bạn CHƯA được lưu: hãy tải bản đã lưu hoặc giữ bản của bạn.',
    noCriteria: 'Bộ biểu mẫu không có bộ tiêu chí "{id}".',
    noWard: 'Chưa chọn phường (thuộc tính ward).',
    noPack: 'Chưa có bộ biểu mẫu.',
    unknownWard: 'Không tìm thấy phường "{ward}" trong bộ biểu mẫu.',
    heading: 'Tự đánh giá {ward} năm {year}',
    headingVerify: 'Thẩm định kết quả tự đánh giá của {ward} năm {year}',
  },
  en: {
    prefillFrom: 'Taken from {source}',
    sourcePart: '{form}, period {period}',
    notReported: 'not reported',
    prefillMissing: 'No reported figure to take over yet',
    edited: 'Changed; reported figure: {value}',
    maxPoints: 'max {max} points',
    points: 'Points: {points}/{max}',
    criterionPoints: 'Criterion {code}: {points}/{max} points',
    answer: 'Answer',
    percent: 'Percentage (%)',
    count: 'Count',
    selfPoints: 'Self-assessed points (0–{max})',
    evidence: 'Evidence, notes',
    total: 'Total: {total}/{max}',
    threshold: 'Recognition threshold ({label}): {threshold} points',
    noThreshold: 'No recognition threshold for the ward\'s locality class',
    recognised: 'Meets the child-friendly ward standard',
    notRecognised: 'Does not meet the child-friendly ward standard yet',
    result: 'Result',
    verify: 'District verification',
    accept: 'Accept',
    reject: 'Reject',
    undecided: 'Not decided',
    verifiedPoints: 'Points granted by the district (optional, 0–{max})',
    conflict: 'The self-assessment was just saved elsewhere (revision {stored}). Your changes are NOT saved: load the saved version or keep yours.',
    noCriteria: 'The pack has no criteria set "{id}".',
    noWard: 'No ward chosen (ward attribute).',
    noPack: 'No pack yet.',
    unknownWard: 'Ward "{ward}" is not in the pack.',
    heading: 'Self-assessment of {ward}, {year}',
    headingVerify: 'Verification of the self-assessment of {ward}, {year}',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    assessment: (typeof ASSESSMENT_STRINGS)['vi'];
  }
}
defineStrings('assessment', ASSESSMENT_STRINGS);
