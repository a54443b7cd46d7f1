/**
 * Writes an `.xlsx` workbook from plain sheets: the few SpreadsheetML parts a Biểu needs (inline
 * strings, formulas, merged cells, unlocked input cells under sheet protection, data validation,
 * hidden columns, rows and sheets), zipped with fflate. No `eval`, no DOM: node and browser alike.
 */
import { strToU8, zipSync } from 'fflate';

/** How a cell looks; each is one entry of the workbook's `cellXfs`. */
export type CellStyle = 'plain' | 'title' | 'meta' | 'header' | 'label' | 'sublabel' | 'input' | 'inputDecimal' | 'inputText' | 'computed' | 'total';

const STYLE_INDEX: Record<CellStyle, number> = {
  plain: 0, title: 1, meta: 2, header: 3, label: 4, sublabel: 5, input: 6, inputDecimal: 7, inputText: 8, computed: 9, total: 10,
};

/** One cell: a value (text or number), or an Excel formula (without `=`), and a style. */
export interface SheetCell {
  value?: string | number | null;
  formula?: string;
  style?: CellStyle;
}

/** Data validation of input cells: whole or decimal numbers within bounds. */
export interface SheetValidation {
  kind: 'whole' | 'decimal';
  min?: number;
  max?: number;
  /** cell references (`D7`) or ranges (`D7:K7`) */
  refs: string[];
  /** the message Excel shows on a refused entry (cut to 255 characters) */
  message: string;
  /** its title (cut to 32 characters) */
  title: string;
}

/** One worksheet. `rows[r][c]` is the cell at row r+1, column c+1. */
export interface SheetSpec {
  name: string;
  rows: (SheetCell | null)[][];
  /** merged ranges (`B1:K1`) */
  merges?: string[];
  /** widths in characters, column A first (0 hides the column) */
  columnWidths?: number[];
  /** 1-based numbers of rows to hide */
  hiddenRows?: number[];
  /** the sheet is hidden in Excel's tabs */
  hidden?: boolean;
  /** protects the sheet: only cells with an unlocked style accept typing */
  protect?: boolean;
  validations?: SheetValidation[];
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The A1 reference of a 1-based row and column. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

// XML 1.0 refuses most control characters; Excel refuses a file holding them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text escaped for XML content and attributes. */
export function xmlText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
const UNLOCKED = ' applyProtection="1"><protection locked="0"/></xf>';
const CENTER_WRAP = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN_NS}">`
  + '<fonts count="3"><font><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="11"/><name val="Times New Roman"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts>'
  + '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEDEDED"/><bgColor indexed="64"/></patternFill></fill></fills>'
  + `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${BORDER}</borders>`
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="11">'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${CENTER_WRAP}</xf>`
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>'
  + `<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">${CENTER_WRAP}</xf>`
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1" indent="2"/></xf>'
  + `<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"${UNLOCKED}`
  + `<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"${UNLOCKED}`
  + `<xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"${UNLOCKED}`
  + '<xf numFmtId="3" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>'
  + '<xf numFmtId="3" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/>'
  + '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function cellXml(cell: SheetCell, ref: string): string {
  const s = STYLE_INDEX[cell.style ?? 'plain'];
  const style = s ? ` s="${s}"` : '';
  if (cell.formula !== undefined) return `<c r="${ref}"${style}><f>${xmlText(cell.formula)}</f></c>`;
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (typeof v === 'string' && v !== '') {
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(v.normalize('NFC'))}</t></is></c>`;
  }
  return style ? `<c r="${ref}"${style}/>` : '';
}

function validationXml(v: SheetValidation): string {
  const range = v.min !== undefined && v.max !== undefined;
  const operator = range ? 'between' : v.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
  const f1 = v.min ?? v.max;
  const formulas = `${f1 === undefined ? '' : `<formula1>${f1}</formula1>`}${range ? `<formula2>${v.max}</formula2>` : ''}`;
  return `<dataValidation type="${v.kind}" operator="${operator}" allowBlank="1" showErrorMessage="1" errorTitle="${xmlText(v.title.slice(0, 32))}"`
    + ` error="${xmlText(v.message.slice(0, 255))}" sqref="${v.refs.join(' ')}">${formulas}</dataValidation>`;
}

function sheetXml(sheet: SheetSpec, first: boolean): string {
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const cols = (sheet.columnWidths ?? []).map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w || 0}" customWidth="1"${w ? '' : ' hidden="1"'}/>`).join('');
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((c, ci) => (c ? cellXml(c, cellRef(r + 1, ci + 1)) : '')).join('');
    const hidden = hiddenRows.has(r + 1) ? ' hidden="1"' : '';
    return cells || hidden ? `<row r="${r + 1}"${hidden}>${cells}</row>` : '';
  }).join('');
  const merges = sheet.merges?.length ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  const valid = (sheet.validations ?? []).filter((v) => v.refs.length > 0);
  return `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
    + `<sheetViews><sheetView workbookViewId="0"${first ? ' tabSelected="1"' : ''}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>`
    + (cols ? `<cols>${cols}</cols>` : '') + `<sheetData>${rows}</sheetData>`
    + (sheet.protect ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' : '')
    + merges
    + (valid.length ? `<dataValidations count="${valid.length}">${valid.map(validationXml).join('')}</dataValidations>` : '')
    + '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>';
}

/**
 * Zips sheets into an `.xlsx` file (Excel recalculates formulas when it opens it).
 * @param sheets - the worksheets, in tab order (names unique, at most 31 characters, no `[]:*?/\`)
 * @returns the file's bytes
 */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, xml: string): void => {
    files[path] = strToU8(xml);
  };
  const ids = sheets.map((_, i) => i + 1);
  put('[Content_Types].xml', `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
    + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    + ids.map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
    + '</Types>');
  put('_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  put('xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>`
    + sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`).join('')
    + '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>');
  put('xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${PKG_REL_NS}">`
    + ids.map((i) => `<Relationship Id="rId${i}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`).join('')
    + `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`);
  put('xl/styles.xml', STYLES);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s, i === 0)));
  return zipSync(files, { level: 6 });
}
