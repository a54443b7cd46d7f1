/**
 * What a form needs once it runs, in a chunk of its own (`dist/formplan-runtime.js`) that the ward
 * file imports on first need: the IndexedDB store (a pack form's drafts and submissions; see
 * deferred-store.ts) and the CSP-safe JSON Schema interpreter (schema mode, or a pack form without
 * a precompiled validator; see lazy-interpreter.ts). A page of schema-mode forms and precompiled
 * validators paints without either.
 *
 * One chunk, not two: the bundler (rolldown 1.2, issue rolldown/rolldown#10731) splits the modules
 * that two such chunks share with formplan.js into a further file formplan.js would import.
 */
import { IdbStore, InterpretingValidator } from '@formplan/core';
import type { Store, Validator } from '@formplan/core';

/** A new interpreter with the default vi/en messages. */
export function createInterpreter(): Validator {
  return new InterpretingValidator();
}

/** An `IdbStore` over the database `name`. */
export function createIdbStore(name: string): Store {
  return new IdbStore({ name });
}
