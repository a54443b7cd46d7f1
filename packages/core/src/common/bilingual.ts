/**
 * The one `{ vi, en }` message type of formplan: Vietnamese first, English second, both present.
 * Texts authored in a pack, whose English may be missing, are {@link LocalizedText} in pack/types.
 */

/** A message in both languages: Vietnamese first, English second. */
export interface Bilingual {
  vi: string;
  en: string;
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
