import { createContext } from '@lit/context';
import type { StringOverrides } from '../i18n/registry.js';
/** Texts a `<fp-provider .strings>` puts in place of the built-in ones for the elements inside it. */
export const stringsContext = createContext<StringOverrides | undefined>(Symbol.for('formplan/strings'));
