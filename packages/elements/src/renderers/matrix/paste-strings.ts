/**
 * What the status under a matrix says after a block pasted from Excel (cells pasted, skipped,
 * refused, dropped past the edge, a block too large), Vietnamese first: the `paste` namespace of
 * `term()`. Registered by matrix-paste.ts, in the run-time chunk, so the ward file does not carry
 * them (the locked, undo and undone texts stay in `ui`).
 */
import { defineStrings } from '../../i18n/registry.js';

const STRINGS = {
  vi: {
    done: 'Đã dán {n} ô.',
    skipped: 'Bỏ qua {n} ô không nhập được (tự tính, chỉ đọc hoặc đang ẩn).',
    refused: 'Không nhận {n} ô (giữ nguyên giá trị cũ):',
    beyond: 'Bỏ {n} ô nằm ngoài bảng.',
    tooLarge: 'Khối dán quá lớn (tối đa {max} ô): không dán gì.',
  },
  en: {
    done: 'Pasted {n} cell(s).',
    skipped: 'Skipped {n} cell(s) that take no input (computed, read-only or hidden).',
    refused: 'Refused {n} cell(s) (their old values are kept):',
    beyond: 'Dropped {n} cell(s) outside the table.',
    tooLarge: 'The pasted block is too large (at most {max} cells): nothing was pasted.',
  },
} as const;

declare module '../../i18n/registry.js' {
  interface FpStrings {
    paste: (typeof STRINGS)['vi'];
  }
}
defineStrings('paste', STRINGS);
