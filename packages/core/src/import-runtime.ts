/**
 * Parts of core a page loads on demand; a bundler makes each a chunk of its own, which a page
 * fetches the first time a form needs it. The imports name the modules themselves, not the
 * package index, so a bundle that inlines them (one self-contained file) keeps only these.
 */

/** The IndexedDB store and the CSP-safe interpreter (runtime.ts). */
export const importRuntime = (): Promise<typeof import('./runtime.js')> => import('./runtime.js');

/** The expression parser (jsep and formplan's grammar). */
export const importParser = (): Promise<typeof import('./expression/parse-expression.js')> => import('./expression/parse-expression.js');
