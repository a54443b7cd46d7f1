/** Applying an edit command from an editor panel: the refusal (a vi/en error) is kept to show it. */
import { describeError } from '@formplan/core';
import type { EditCommand, EditSession } from '@formplan/core';
import type { Bilingual } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';

/** The outcome of {@link tryApply}: done (or nothing to do), or refused with a message. */
export type Applied = { ok: true } | { ok: false; message: string };

/**
 * Applies `cmd`; an `AuthoringError` (or any other) is turned into its message in `lang` and
 * the document is left as it was.
 */
export function tryApply(session: EditSession, cmd: () => EditCommand, lang: Lang, opts?: { coalesceKey?: string }): Applied {
  try {
    session.apply(cmd(), opts);
    return { ok: true };
  } catch (e) {
    return { ok: false, message: describeError(e, lang) };
  }
}

/** A bilingual text from two inputs: English is left out when empty. */
export function bilingual(vi: string, en: string | undefined): Bilingual {
  const v = vi.trim();
  const e = (en ?? '').trim();
  return e === '' ? { vi: v } : { vi: v, en: e };
}

/** The value of the input an event came from. */
export function inputValue(e: Event): string {
  return (e.target as HTMLInputElement).value;
}

