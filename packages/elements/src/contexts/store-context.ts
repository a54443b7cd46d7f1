import { createContext } from '@lit/context';
import type { Store } from '@formplan/core';
/** The store drafts and submissions go to. Default (no provider): an IndexedDB store named `formplan`. */
export const storeContext = createContext<Store | undefined>(Symbol.for('formplan/store'));
