/**
 * The parts of core a page may load on demand (`import()`ed by {@link importRuntime}): the
 * IndexedDB store and the CSP-safe interpreter. Bundled pages get them as one chunk of their own
 * (packages/elements: `dist/formplan-runtime.js`).
 */
export { IdbStore } from './storage/idb-store.js';
export { InterpretingValidator } from './validation/interpreting-validator.js';
