import type { MessageCatalog, MessageParams } from './catalog.js';
import type { Bilingual } from '../common/bilingual.js';
import { en } from './en.js';
import { vi } from './vi.js';

/** The default catalogs, Vietnamese and English. */
export const defaultCatalogs: Readonly<{ vi: MessageCatalog; en: MessageCatalog }> = { vi, en };

/**
 * Builds the bilingual message for a key (`kw.<keyword>`; `pack.<code>` and `schema.<kind>` with
 * `packCatalogs` / `schemaCatalogs` among the overrides). Override catalogs (field, then pack) are
 * tried before the defaults.
 * @param key - message key
 * @param params - values the template reads
 * @param overrides - catalogs consulted first, in order
 * @returns the message in Vietnamese and English
 */
export function formatMessage(
  key: string,
  params: MessageParams,
  overrides: readonly Partial<{ vi: MessageCatalog; en: MessageCatalog }>[] = [],
): Bilingual {
  const pick = (lang: 'vi' | 'en'): string => {
    for (const o of overrides) {
      const t = o[lang]?.[key];
      if (t) return t(params);
    }
    const t = defaultCatalogs[lang][key] ?? defaultCatalogs[lang]['kw.unknown'];
    return t({ keyword: key, ...params });
  };
  return { vi: pick('vi'), en: pick('en') };
}
