import { createContext } from '@lit/context';
import type { Store } from '@formplan/core';
/** The store drafts and submissions go to. Default (no provider): the page's one IndexedDB store `formplan` (`services/defaults.ts`). */
export const storeContext = createContext<Store | undefined>(Symbol.for('formplan/store'));
