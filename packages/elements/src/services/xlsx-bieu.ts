/** What `<fp-form excel>` uses of core's Biểu writer and reader (`@formplan/core/xlsx`: read-excel-file, write-excel-file, fflate); see load-xlsx.ts. */
export { bieuWorkbook, bieuFileName, fileSizeProblem, readBieu } from '@formplan/core/xlsx';
