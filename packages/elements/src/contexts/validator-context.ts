import { createContext } from '@lit/context';
import type { Validator } from '@formplan/core';
/** The validator of form data. Default: one shared ajv validator. */
export const validatorContext = createContext<Validator | undefined>(Symbol.for('formplan/validator'));
