/**
 * What a Biểu needs that `write-excel-file` leaves to its documented "features" (one small
 * feature per concern, each hooking the XML part it changes): input cells unlocked on a protected
 * sheet, data validation of counts, hidden codes (column A, the codes row, the `_formplan` sheet),
 * and formulas computed when Excel or LibreOffice opens the file.
 */
import type { Feature } from 'write-excel-file/universal';
import {
  findElement, getChildElements, getOrderOfSiblings, getSelfClosingTagMarkup, insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement, sanitizeAttributeValue,
} from 'write-excel-file/utility';
import { parseRef } from './cell-ref.js';
import type { CellStyle, SheetSpec, SheetValidation } from './xlsx-write.js';

type BieuFeature = Feature<Blob>;
const SHEET = 'xl/worksheets/sheet{id}.xml';
const ORDER = getOrderOfSiblings(SHEET, 'worksheet') ?? [];

/** Inserts one top-level element of a worksheet in the order the format demands. */
function insertInSheet(xml: string, markup: string): string {
  return insertElementMarkupAccordingToOrderOfSiblings(xml, markup, ORDER, 'worksheet');
}

/** `<sheetProtection>` on the sheets that ask for it: locked cells refuse typing. */
export function protection(sheets: readonly SheetSpec[]): BieuFeature {
  return {
    files: {
      transform: {
        [SHEET]: {
          transform: (xml, _o, { sheetIndex }) => (sheets[sheetIndex]?.protect
            ? insertInSheet(xml, '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>')
            : xml),
        },
      },
    },
  };
}

/**
 * Unlocks the cell formats of input cells (`<protection locked="0"/>`): the cells of the sheets are
 * written first, so their format numbers are known when `styles.xml` is. A format shared by a
 * locked cell is never unlocked (it would unlock that cell too).
 */
export function unlockedCells(sheets: readonly SheetSpec[], unlocked: ReadonlySet<CellStyle>): BieuFeature {
  const open = new Set<string>();
  const shut = new Set<string>();
  const styleAt = (sheetIndex: number, ref: string): CellStyle | undefined => {
    const at = parseRef(ref);
    return at && sheets[sheetIndex]?.rows[at[0] - 1]?.[at[1] - 1]?.style;
  };
  return {
    files: {
      transform: {
        [SHEET]: {
          transformElementAttributes: (tag, attrs, _i, _o, { sheetIndex }) => {
            if (tag === 'c' && attrs.s !== undefined) {
              const style = styleAt(sheetIndex, String(attrs.r));
              (style && unlocked.has(style) ? open : shut).add(String(attrs.s));
            }
            return attrs;
          },
        },
        'xl/styles.xml': {
          transform: (xml) => {
            const xfs = findElement(xml, 'cellXfs');
            if (!xfs) return xml;
            const children = getChildElements(xml, xfs);
            let out = xml;
            for (let i = children.length - 1; i >= 0; i--) {
              if (!open.has(String(i)) || shut.has(String(i))) continue;
              const xf = children[i];
              const inner = xf.selfClosingTag ? '' : out.slice(xf.openingTagEndIndex + 1, xf.closingTagStartIndex);
              const attrs = Object.entries({ ...xf.openingTagAttributes, applyProtection: 1 }).map(([k, v]) => ` ${k}="${sanitizeAttributeValue(String(v))}"`).join('');
              out = replaceElement(out, xf, `<xf${attrs}>${inner}<protection locked="0"/></xf>`);
            }
            return out;
          },
        },
      },
    },
  };
}

function validationMarkup(v: SheetValidation): string {
  const range = v.min !== undefined && v.max !== undefined;
  const operator = range ? 'between' : v.min !== undefined ? 'greaterThanOrEqual' : 'lessThanOrEqual';
  const f1 = v.min ?? v.max;
  const attrs = getSelfClosingTagMarkup('dataValidation', {
    type: v.kind, operator, allowBlank: 1, showErrorMessage: 1, errorTitle: v.title.slice(0, 32), error: v.message.slice(0, 255), sqref: v.refs.join(' '),
  }).replace(/\/>$/, '>');
  return `${attrs}${f1 === undefined ? '' : `<formula1>${f1}</formula1>`}${range ? `<formula2>${v.max}</formula2>` : ''}</dataValidation>`;
}

/** `<dataValidations>`: Excel refuses a negative count or a fraction as it is typed. */
export function validation(sheets: readonly SheetSpec[]): BieuFeature {
  return {
    files: {
      transform: {
        [SHEET]: {
          transform: (xml, _o, { sheetIndex }) => {
            const valid = (sheets[sheetIndex]?.validations ?? []).filter((v) => v.refs.length > 0);
            return valid.length ? insertInSheet(xml, `<dataValidations count="${valid.length}">${valid.map(validationMarkup).join('')}</dataValidations>`) : xml;
          },
        },
      },
    },
  };
}

/** Hidden columns (width 0), hidden rows and hidden sheets: where the codes ride along. */
export function hiddenParts(sheets: readonly SheetSpec[]): BieuFeature {
  return {
    files: {
      transform: {
        [SHEET]: {
          transformElementAttributes: (tag, attrs, index, _o, { sheetIndex }) => {
            const s = sheets[sheetIndex];
            if (index === undefined || !s) return attrs;
            if (tag === 'col' && s.columnWidths?.[index] === 0) return { ...attrs, hidden: 1 };
            if (tag === 'row' && s.hiddenRows?.includes(index + 1)) return { ...attrs, hidden: 1 };
            return attrs;
          },
        },
        'xl/workbook.xml': {
          transformElementAttributes: (tag, attrs, index) => (tag === 'sheet' && index !== undefined && sheets[index]?.hidden ? { ...attrs, state: 'hidden' } : attrs),
        },
      },
    },
  };
}

/** `fullCalcOnLoad`: the formulas carry no cached result, the spreadsheet computes them on open. */
export const calcOnLoad: BieuFeature = {
  files: { transform: { 'xl/workbook.xml': { transformElementAttributes: (tag, attrs) => (tag === 'calcPr' ? { ...attrs, fullCalcOnLoad: 1 } : attrs) } } },
};

/** Every feature of a Biểu workbook. */
export function bieuFeatures(sheets: readonly SheetSpec[], unlocked: ReadonlySet<CellStyle>): BieuFeature[] {
  return [unlockedCells(sheets, unlocked), protection(sheets), validation(sheets), hiddenParts(sheets), calcOnLoad];
}
