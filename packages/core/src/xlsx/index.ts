/**
 * `@formplan/core/xlsx`: a pack form as an Excel Biểu and back. A separate entry so that bundles
 * load it (read-excel-file, write-excel-file, fflate) only when a user asks for Excel, never with a form's first paint.
 */
export { bieuSheets, bieuWorkbook, bieuFileName, bieuSheetName, BIEU_FORMAT, CODES_SHEET, CODE, FIELD_VALUE_COLUMN } from './form-sheet.js';
export type { BieuInput, BieuTarget } from './form-sheet.js';
export { readBieu, applyBieuImport, cellToValue } from './form-import.js';
export type { BieuImport, BieuExpectation, TakenCell, RefusedCell } from './form-import.js';
export { formComputer } from './form-computer.js';
export { readWorkbook, fileSizeProblem, XlsxReadError, XLSX_LIMITS } from './xlsx-read.js';
export type { ReadCell, ReadSheet, ReadValue, XlsxLimits } from './xlsx-read.js';
export { writeWorkbook, cellRef, columnLetters, parseRef } from './xlsx-write.js';
export { bieuFeatures } from './xlsx-features.js';
export type { CellStyle, SheetCell, SheetSpec, SheetValidation } from './xlsx-write.js';
