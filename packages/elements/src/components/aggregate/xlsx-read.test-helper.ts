/**
 * Test helper: reads the cell values of an `.xlsx` back, independently of the library that wrote
 * it (the zip's central directory, `DecompressionStream('deflate-raw')`, `DOMParser`).
 */

async function inflate(data: Uint8Array, method: number): Promise<Uint8Array> {
  if (method === 0) return data;
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files of a zip archive, by name. */
export async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.set(name, new TextDecoder().decode(await inflate(bytes.subarray(start, start + size), method)));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Every sheet of a workbook as rows of cell texts (by sheet order; `''` for empty cells). */
export async function readXlsx(blob: Blob): Promise<string[][][]> {
  const files = await unzip(new Uint8Array(await blob.arrayBuffer()));
  const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'application/xml');
  const shared = [...parse(files.get('xl/sharedStrings.xml') ?? '<sst/>').getElementsByTagName('si')].map((si) => si.textContent ?? '');
  const sheets: string[][][] = [];
  for (let n = 1; files.has(`xl/worksheets/sheet${n}.xml`); n++) {
    const doc = parse(files.get(`xl/worksheets/sheet${n}.xml`) as string);
    const rows: string[][] = [];
    for (const c of doc.getElementsByTagName('c')) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.getAttribute('r') ?? '');
      if (!m) continue;
      const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const row = Number(m[2]) - 1;
      const v = c.getElementsByTagName('v')[0]?.textContent ?? c.getElementsByTagName('t')[0]?.textContent ?? '';
      rows[row] ??= [];
      rows[row][col] = c.getAttribute('t') === 's' ? shared[Number(v)] : v;
    }
    sheets.push(Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? '')));
  }
  return sheets;
}
