/**
 * The page's CSP-safe interpreter, in a chunk of its own (`dist/formplan-interpreter.js`): a ward
 * page whose pack forms all have precompiled validators (`<fp-provider validators-src>`) never
 * loads it; schema mode and forms without one load it on demand (see lazy-interpreter.ts).
 */
import { InterpretingValidator } from '@formplan/core';
import type { Validator } from '@formplan/core';

/** A new interpreter with the default vi/en messages. */
export function createInterpreter(): Validator {
  return new InterpretingValidator();
}
