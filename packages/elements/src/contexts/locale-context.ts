import { createContext } from '@lit/context';
import type { Lang } from '../i18n/lang.js';
/** The interface language. Default: `vi`, or the element's own `lang` attribute. */
export const localeContext = createContext<Lang | undefined>(Symbol.for('formplan/locale'));
