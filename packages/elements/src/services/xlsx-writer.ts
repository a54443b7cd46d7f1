/** The `write-excel-file` writer of the district's totals (xlsx-export.ts); see load-xlsx.ts. */
export { default as writeXlsxFile } from 'write-excel-file/browser';
