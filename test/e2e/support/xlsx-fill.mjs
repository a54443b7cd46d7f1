// Fills a downloaded Biểu as a ward officer in Excel would: finds each cell by the codes the file
// carries (row code in hidden column A, column code in the hidden row above the matrix), writes
// the value into the sheet XML and zips the file again (fflate, as the library does).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const CELL = /<c r="([A-Z]+)(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g;
const text = (body) => /<t[^>]*>([\s\S]*?)<\/t>/.exec(body ?? '')?.[1];

/**
 * @param {Uint8Array} bytes - the downloaded .xlsx
 * @param {Record<string, number | string>} values - `{ '/so_lieu/HCDB_01/duoi_6__nam': 3 }`
 * @returns {Uint8Array} the filled file
 */
export function fillBieu(bytes, values) {
  const files = unzipSync(bytes);
  let xml = strFromU8(files['xl/worksheets/sheet1.xml']);
  const rowOf = new Map();
  const colOf = new Map(); // matrix pointer -> code -> column letters
  const cells = [...xml.matchAll(CELL)].map((m) => ({ col: m[1], row: Number(m[2]), text: text(m[3]) }));
  for (const c of cells) {
    if (c.col !== 'A' || !c.text) continue;
    if (c.text.startsWith('row:')) rowOf.set(c.text.slice(4), c.row);
    if (c.text.startsWith('cols:')) {
      const codes = new Map(cells.filter((x) => x.row === c.row && x.col !== 'A' && x.text).map((x) => [x.text, x.col]));
      colOf.set(c.text.slice(5), codes);
    }
  }
  for (const [pointer, value] of Object.entries(values)) {
    const parts = pointer.split('/');
    const code = parts.pop();
    const rowPointer = parts.join('/');
    const row = rowOf.get(rowPointer);
    const col = colOf.get(parts.slice(0, -1).join('/'))?.get(code);
    if (row === undefined || col === undefined) throw new Error(`no cell for ${pointer}`);
    const ref = `${col}${row}`;
    const v = typeof value === 'number' ? `<v>${value}</v>` : `<is><t>${value}</t></is>`;
    const next = xml.replace(new RegExp(`<c r="${ref}"( s="\\d+")?/>`), (_m, s) => `<c r="${ref}"${s ?? ''}${typeof value === 'number' ? '' : ' t="inlineStr"'}>${v}</c>`);
    if (next === xml) throw new Error(`cell ${ref} of ${pointer} is not an empty input cell`);
    xml = next;
  }
  files['xl/worksheets/sheet1.xml'] = strToU8(xml);
  return zipSync(files);
}
