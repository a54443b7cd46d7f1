/**
 * Interface texts of the report lifecycle in `<fp-form>` (submitted, revised, returned, reopened,
 * locked, confirm before submit), Vietnamese first: the `form` namespace of `term()`.
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    awaitingReview: 'Đã gửi báo cáo lần {revision} lúc {when}; đang chờ quận xem xét. Biểu mẫu chỉ để xem.',
    revise: 'Sửa và gửi lại',
    revisionDraft: 'Bản sửa chưa gửi: những thay đổi dưới đây chưa được gửi cho quận; quận vẫn xem lần gửi {revision}.',
    returned: 'Quận đã trả lại lần gửi {revision}: {comment}',
    returnedNoComment: 'Quận đã trả lại lần gửi {revision}.',
    fixAndResend: 'Hãy sửa và gửi lại báo cáo.',
    reopened: 'Quận đã mở lại báo cáo này cho phường: {reason}',
    confirmTitle: 'Gửi báo cáo lần {revision}?',
    confirmText: 'Sau khi gửi, biểu mẫu chỉ để xem cho đến khi phường chọn “Sửa và gửi lại” hoặc quận trả lại.',
    confirmSend: 'Gửi',
    confirmCancel: 'Hủy',
    sentAt: 'Đã gửi báo cáo (lần {revision}) lúc {when}.',
    readonlyLocked: 'Chỉ xem (kỳ đã khóa)',
    readonlyAccepted: 'Chỉ xem (đã chấp nhận)',
    readonlySubmitted: 'Chỉ xem (đã gửi)',
  },
  en: {
    awaitingReview: 'Report revision {revision} was sent at {when}; awaiting the district\'s review. The form is read-only.',
    revise: 'Revise and resend',
    revisionDraft: 'Revision not yet sent: the changes below have not been sent to the district; it still sees revision {revision}.',
    returned: 'The district returned revision {revision}: {comment}',
    returnedNoComment: 'The district returned revision {revision}.',
    fixAndResend: 'Correct the report and send it again.',
    reopened: 'The district reopened this report for the ward: {reason}',
    confirmTitle: 'Send report revision {revision}?',
    confirmText: 'Once sent, the form is read-only until the ward chooses “Revise and resend” or the district returns it.',
    confirmSend: 'Send',
    confirmCancel: 'Cancel',
    sentAt: 'Report sent (revision {revision}) at {when}.',
    readonlyLocked: 'Read only (period locked)',
    readonlyAccepted: 'Read only (accepted)',
    readonlySubmitted: 'Read only (sent)',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    form: (typeof STRINGS)['vi'];
  }
}
defineStrings('form', STRINGS);
