/** The interface language a story renders in: the toolbar's choice, else Vietnamese. */
import type { Lang } from '../../packages/elements/src/i18n/lang.js';
import { toLang } from '../../packages/elements/src/i18n/lang.js';

/**
 * The language of a story from its args (when the story has a `lang` arg) or the toolbar.
 * @param args - story args
 * @param globals - story globals
 */
export function storyLang(args: { lang?: unknown }, globals: { lang?: unknown }): Lang {
  return toLang(args.lang ?? globals.lang);
}
