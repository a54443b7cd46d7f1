/**
 * The one `{ vi, en }` type of formplan, for messages and for texts authored in a pack alike:
 * Vietnamese always (NFC), English second. formplan's own messages always carry both (a test
 * checks every catalogue); a pack may leave a text's English out, and then readers show the
 * Vietnamese ({@link inLanguage}).
 */

/** A text in Vietnamese (always) and English (when known). */
export interface Bilingual {
  vi: string;
  en?: string;
}

/**
 * The text in `lang`: English when asked for and present, else the Vietnamese.
 * @example
 * ```ts
 * inLanguage({ vi: 'Phường' }, 'en'); // 'Phường'
 * ```
 */
export function inLanguage(text: Bilingual, lang: 'vi' | 'en'): string {
  return lang === 'en' && text.en !== undefined ? text.en : text.vi;
}

/**
 * Builds a message pair with the Vietnamese text in NFC.
 * @param vi - Vietnamese text
 * @param en - English text
 * @returns the message
 */
export function bilingual(vi: string, en: string): Bilingual {
  return { vi: vi.normalize('NFC'), en };
}
