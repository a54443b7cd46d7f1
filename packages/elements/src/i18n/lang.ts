import type { Bilingual } from '@formplan/core';

/** Interface languages: Vietnamese first, English second. */
export type Lang = 'vi' | 'en';

/** Picks the text for `lang`, falling back to Vietnamese. Always plain text, never HTML. */
export function pick(text: Bilingual | string | undefined | null, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return (lang === 'en' ? text.en : undefined) ?? text.vi ?? '';
}

/** `en` when the value says so, else `vi`. */
export function toLang(value: unknown): Lang {
  return value === 'en' ? 'en' : 'vi';
}
