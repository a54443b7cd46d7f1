/**
 * Loads the XLSX module (xlsx-chunk.ts) the first time a user asks for Excel. The library build
 * maps this `import()` to `./formplan-xlsx.js`, a file built on its own (see vite.config.ts).
 */
export const importXlsx = (): Promise<typeof import('./xlsx-chunk.js')> => import('./xlsx-chunk.js');
