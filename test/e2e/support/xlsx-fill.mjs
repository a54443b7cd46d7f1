// Fills a downloaded Biểu as a ward officer's spreadsheet would, with the libraries: read-excel-file
// reads every sheet, each cell is found by the codes the file carries (row code in hidden column A,
// column code in the hidden row above the matrix), and write-excel-file writes every sheet back as
// plain data (no styles, protection or hidden parts: what lands is found by code, not position).
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';

const plain = (v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null);

/**
 * @param {Uint8Array} bytes - the downloaded .xlsx
 * @param {Record<string, number | string>} values - `{ '/so_lieu/HCDB_01/duoi_6__nam': 3 }`
 * @returns {Promise<Uint8Array>} the filled file
 */
export async function fillBieu(bytes, values) {
  const sheets = await readXlsxFile(bytes.slice().buffer);
  const [main] = sheets;
  const rowOf = new Map();
  const colOf = new Map(); // matrix pointer -> code -> 0-based column
  main.data.forEach((row, r) => {
    const a = row[0];
    if (typeof a !== 'string') return;
    if (a.startsWith('row:')) rowOf.set(a.slice(4), r);
    if (a.startsWith('cols:')) colOf.set(a.slice(5), new Map(row.map((code, c) => [code, c]).filter(([code, c]) => c > 1 && typeof code === 'string')));
  });
  for (const [pointer, value] of Object.entries(values)) {
    const parts = pointer.split('/');
    const code = parts.pop();
    const row = rowOf.get(parts.join('/'));
    const col = colOf.get(parts.slice(0, -1).join('/'))?.get(code);
    if (row === undefined || col === undefined) throw new Error(`no cell for ${pointer}`);
    while (main.data[row].length <= col) main.data[row].push(null);
    main.data[row][col] = value;
  }
  const blob = await writeXlsxFile(sheets.map(({ sheet, data }) => ({ sheet, data: data.map((r) => r.map(plain)) }))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
