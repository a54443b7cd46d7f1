/**
 * The XLSX code, both ways, as one module loaded on demand ({@link importXlsx}): core's Biểu
 * writer and reader (`@formplan/core/xlsx`, with fflate) and the `write-excel-file` writer of
 * the district's totals. The library build makes it `dist/formplan-xlsx.js` in a pass of its own
 * (`vite build --mode xlsx`), self-contained: it shares no module with formplan.js, so the
 * bundler (rolldown/rolldown#10731) has nothing to split into a further file.
 */
export { bieuWorkbook, bieuFileName, fileSizeProblem, readBieu } from '@formplan/core/xlsx';
export { default as writeXlsxFile } from 'write-excel-file/browser';
