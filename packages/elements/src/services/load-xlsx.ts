/**
 * Loads the XLSX code the first time a user asks for Excel. The library build maps both
 * `import()`s to `./formplan-xlsx.js`, a file built on its own from xlsx-chunk.ts (see
 * vite.config.ts); a bundle that inlines them (the editor's) keeps only the one it uses.
 */

/** Core's Biểu writer and reader, for `<fp-form excel>`. */
export const importXlsx = (): Promise<typeof import('./xlsx-bieu.js')> => import('./xlsx-bieu.js');

/** The `write-excel-file` writer, for the district's totals. */
export const importXlsxWriter = (): Promise<typeof import('./xlsx-writer.js')> => import('./xlsx-writer.js');
