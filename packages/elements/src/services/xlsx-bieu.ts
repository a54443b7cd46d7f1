/** What `<fp-form excel>` uses of core's Biểu writer and reader (`@formplan/core/xlsx`, fflate); see load-xlsx.ts. */
export { bieuWorkbook, bieuFileName, fileSizeProblem, readBieu } from '@formplan/core/xlsx';
