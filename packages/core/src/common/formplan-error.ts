/**
 * The one error vocabulary of formplan: every error core throws is a {@link FormplanError} with a
 * machine `code`, a Vietnamese-first message and, when it applies, a JSON Pointer to the place.
 * `Error.message` is always the English text, for logs.
 */
import type { Bilingual } from './bilingual.js';
import { inLanguage } from './bilingual.js';

/** Base class of every error thrown by formplan. */
export class FormplanError extends Error {
  /** machine code, e.g. `store`, `calendar`, `rollover`, `pointer` */
  readonly code: string;
  /** the message for people, Vietnamese first */
  readonly messages: Bilingual;
  /** JSON Pointer to the offending place, when there is one */
  readonly pointer?: string;

  /**
   * @param code - machine code
   * @param messages - the message in Vietnamese and English
   * @param options - the pointer to the place and the underlying cause
   */
  constructor(code: string, messages: Bilingual, options: { pointer?: string; cause?: unknown } = {}) {
    super(messages.en ?? messages.vi, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FormplanError';
    this.code = code;
    this.messages = messages;
    if (options.pointer !== undefined) this.pointer = options.pointer;
  }
}

function isBilingual(v: unknown): v is { vi: string; en?: unknown } {
  return v !== null && typeof v === 'object' && typeof (v as { vi?: unknown }).vi === 'string';
}

/**
 * The bilingual message of anything caught: a {@link FormplanError}, a `{ vi, en }` message, a
 * value carrying one under `message` or `messages` (pack errors, expression errors), or an
 * `Error` (its text in both languages).
 * @param error - anything caught or returned as an error
 * @param fallback - the message when nothing readable is found
 * @returns the message, Vietnamese first
 */
export function errorMessages(error: unknown, fallback: Bilingual): Bilingual {
  if (error instanceof FormplanError) return error.messages;
  const candidates: unknown[] = [error];
  if (error !== null && typeof error === 'object') {
    candidates.push((error as { messages?: unknown }).messages, (error as { message?: unknown }).message);
  }
  for (const c of candidates) {
    if (isBilingual(c)) return { vi: c.vi, en: typeof c.en === 'string' ? c.en : c.vi };
  }
  if (error instanceof Error && error.message) return { vi: error.message, en: error.message };
  if (typeof error === 'string' && error) return { vi: error, en: error };
  return fallback;
}

const UNKNOWN: Bilingual = { vi: 'Lỗi không xác định', en: 'Unknown error' };

/**
 * The text of anything caught, in one language (see {@link errorMessages}).
 * @param error - anything caught
 * @param lang - `vi` or `en`
 * @returns plain text, never empty
 * @example
 * ```ts
 * describeError(new StorageFullError(1), 'vi'); // 'Bộ nhớ trình duyệt đã đầy: …'
 * ```
 */
export function describeError(error: unknown, lang: 'vi' | 'en'): string {
  return inLanguage(errorMessages(error, UNKNOWN), lang);
}
