/**
 * The XLSX code, both ways, as one file loaded on demand (load-xlsx.ts): core's Biểu writer and
 * reader (xlsx-bieu.ts: `@formplan/core/xlsx`, with read-excel-file, write-excel-file and fflate) and the `write-excel-file` writer of
 * the district's totals (xlsx-writer.ts). The library build makes it `dist/formplan-xlsx.js` in a
 * pass of its own (`vite build --mode xlsx`), self-contained: it shares no module with
 * formplan.js, so the bundler (rolldown/rolldown#10731) has nothing to split into a further file.
 */
export * from './xlsx-bieu.js';
export * from './xlsx-writer.js';
