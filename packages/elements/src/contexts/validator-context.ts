import { createContext } from '@lit/context';
import type { Validator } from '@formplan/core';
/** The validator of form data. Default: the page's one CSP-safe interpreter (services/defaults.ts). */
export const validatorContext = createContext<Validator | undefined>(Symbol.for('formplan/validator'));
