/**
 * A Tây Hồ 2018 Biểu both ways: laid out like the printed form with codes hidden, filled by a
 * script (the writer, as Excel would save it), read back by code with a per-cell report.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTayHo2018Pack } from '../pack/test-support/tay-ho-2018.js';
import type { PackSource } from '../pack/types.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import { parseExpression } from '../expression/index.js';
import { applyBieuImport, bieuSheets, bieuWorkbook, CODE, formComputer, readBieu, readWorkbook, writeWorkbook } from './index.js';
import type { BieuTarget, SheetCell, SheetSpec } from './index.js';

let pack: PackSource;
let form: ResolvedForm;
const target: BieuTarget = { packId: 'tay-ho-2018', packVersion: '1.0.0', formId: 'bieu-02', ward: 'P00091', period: '2018-H1' };

beforeAll(async () => {
  pack = await loadTayHo2018Pack();
  const f = resolveForm(pack, 'bieu-02');
  if (!f) throw new Error('no bieu-02');
  form = f;
  target.packVersion = pack.manifest.version;
});

/** The row of the main sheet whose hidden code is `code`. */
function rowOf(sheet: SheetSpec, code: string): (SheetCell | null)[] {
  const row = sheet.rows.find((r) => r[0]?.value === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

/** Column index (0-based) of a matrix column code, from the hidden codes row. */
function colOf(sheet: SheetSpec, matrix: string, code: string): number {
  return rowOf(sheet, CODE.columns + matrix).findIndex((c) => c?.value === code);
}

/** Fills cells like a ward officer in Excel would, and saves. */
function filled(edit: (main: SheetSpec) => void, t: BieuTarget = target): Promise<Uint8Array> {
  const sheets = bieuSheets({ form, target: t });
  edit(sheets[0]);
  return writeWorkbook(sheets);
}

function put(main: SheetSpec, row: string, col: string, value: string | number): void {
  rowOf(main, `${CODE.row}/so_lieu/${row}`)[colOf(main, '/so_lieu', col)] = { value, style: 'input' };
}

describe('the Biểu layout', () => {
  it('has the title, the grouped two-row header merged, codes hidden, inputs unlocked and validated, computed columns as formulas', () => {
    const [main, codes] = bieuSheets({ form, target, wardName: 'Phường Quảng An', periodLabel: '6 tháng đầu năm 2018' });
    expect(main.name).toBe('Biểu 02');
    expect(main.rows[0][1]?.value).toBe(form.title.vi);
    expect(main.rows[1][1]?.value).toContain('Phường Quảng An (P00091)');
    expect(main.protect).toBe(true);
    expect(main.columnWidths?.[0]).toBe(0);
    const codesRow = main.rows.findIndex((r) => r[0]?.value === `${CODE.columns}/so_lieu`) + 1;
    expect(main.hiddenRows).toContain(codesRow);
    expect(main.rows[codesRow][2]?.value).toBe('Tổng số');
    expect(main.merges).toContain(`B${codesRow + 1}:B${codesRow + 2}`);
    const row = rowOf(main, `${CODE.row}/so_lieu/HCDB_01`);
    expect(row[colOf(main, '/so_lieu', 'tong_so')]?.formula).toMatch(/^SUM\(D\d+,E\d+,F\d+,G\d+,H\d+,I\d+\)$/);
    expect(row[colOf(main, '/so_lieu', 'duoi_6__nam')]?.style).toBe('input');
    expect(main.validations?.[0]).toMatchObject({ kind: 'whole', min: 0 });
    expect(main.validations?.[0].refs.length).toBeGreaterThan(100);
    expect(codes).toMatchObject({ name: '_formplan', hidden: true });
    expect(rowOf(main, `${CODE.field}/tre_em_hcdb`)[2]?.style).toBe('input');
    expect(rowOf(main, `${CODE.field}/ty_le_duoc_tro_giup`)[2]?.style).toBe('computed');
  });

  it('writes sheet protection, unlocked input cells, validation, merges, SUM formulas and the hidden parts into the file', async () => {
    const bytes = await bieuWorkbook({ form, target });
    expect(bytes[0]).toBe(0x50);
    const sheets = await readWorkbook(bytes);
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([['Biểu 02', false], ['_formplan', true]]);
    const parts = unzipSync(bytes);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']);
    const styles = strFromU8(parts['xl/styles.xml']);
    expect(sheet).toMatch(/<sheetProtection sheet="1"[^>]*\/><mergeCells count="\d+">/);
    expect(sheet).toMatch(/<dataValidations count="1"><dataValidation type="whole" operator="greaterThanOrEqual" [^>]*sqref="D\d+ /);
    expect(sheet).toMatch(/<formula1>0<\/formula1>/);
    expect(sheet).toMatch(/<col min="1" max="1" [^>]*hidden="1"\/>/);
    expect(sheet).toMatch(/<row r="\d+" hidden="1">/);
    expect(sheet).toMatch(/<f>SUM\(D\d+,E\d+,F\d+,G\d+,H\d+,I\d+\)<\/f>/);
    expect(strFromU8(parts['xl/workbook.xml'])).toMatch(/name="_formplan" state="hidden"/);
    expect(strFromU8(parts['xl/workbook.xml'])).toContain('<calcPr fullCalcOnLoad="1"/>');
    // the input cells' format is unlocked, every other stays locked
    const main = bieuSheets({ form, target })[0];
    const inputRef = `D${main.rows.findIndex((r) => r[0]?.value === `${CODE.row}/so_lieu/HCDB_01`) + 1}`;
    const s = new RegExp(`<c r="${inputRef}" s="(\\d+)"`).exec(sheet)?.[1];
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[Number(s)]).toContain('<protection locked="0"/>');
    expect(xfs.filter((x) => x.includes('locked="0"')).length).toBeLessThan(xfs.length / 2);
  });

  it('stays under the size fflate zips and unzips on the calling thread (no Worker, no blob URL under a strict CSP)', async () => {
    const data = { so_lieu: Object.fromEntries(['HCDB_01', 'HCDB_02', 'HCDB_03'].map((r) => [r, { duoi_6__nam: 123456, duoi_6__nu: 7 }])) };
    const parts = unzipSync(await bieuWorkbook({ form, target, data }));
    for (const [name, bytes] of Object.entries(parts)) expect(bytes.length, name).toBeLessThan(160_000);
  });
});

describe('reading a filled Biểu back by code', () => {
  it('takes every value into its cell (values equal), Vietnamese numbers included', async () => {
    const bytes = await filled((main) => {
      put(main, 'HCDB_01', 'duoi_6__nam', 3);
      put(main, 'HCDB_01', 'tu_6_duoi_11__nu', '1.234');
      put(main, 'HCDB_02', 'duoc_tro_giup', '12');
      put(main, 'HCDB_01', 'tong_so', 1237); // a computed cell that agrees with the form: nothing to say
      rowOf(main, `${CODE.field}/tre_em_hcdb`)[2] = { value: 40, style: 'input' };
    });
    const report = await readBieu(bytes, { form, target, data: {}, compute: formComputer(form, parseExpression) });
    expect(report.ok).toBe(true);
    expect(report.refused).toEqual([]);
    expect(report.taken.map((t) => [t.pointer, t.value])).toEqual([
      ['/so_lieu/HCDB_01/duoi_6__nam', 3], ['/so_lieu/HCDB_01/tu_6_duoi_11__nu', 1234], ['/so_lieu/HCDB_02/duoc_tro_giup', 12], ['/tre_em_hcdb', 40],
    ]);
    expect(report.taken[0].cell).toMatch(/^Biểu 02!D\d+$/);
    expect(applyBieuImport({}, report)).toEqual({ so_lieu: { HCDB_01: { duoi_6__nam: 3, tu_6_duoi_11__nu: 1234 }, HCDB_02: { duoc_tro_giup: 12 } }, tre_em_hcdb: 40 });
  });

  it('a file downloaded with the draft changes nothing; an emptied cell clears its value', async () => {
    const data = { so_lieu: { HCDB_01: { duoi_6__nam: 3, duoi_6__nu: 2 } }, tre_em_hcdb: 5 };
    const same = await readBieu(await bieuWorkbook({ form, target, data }), { form, target, data, compute: formComputer(form, parseExpression) });
    expect(same).toMatchObject({ ok: true, taken: [], refused: [] });
    expect(same.unchanged).toBeGreaterThan(100);
    const sheets = bieuSheets({ form, target, data });
    rowOf(sheets[0], `${CODE.row}/so_lieu/HCDB_01`)[colOf(sheets[0], '/so_lieu', 'duoi_6__nu')] = { style: 'input' };
    const cleared = await readBieu(await writeWorkbook(sheets), { form, target, data });
    expect(cleared.taken).toMatchObject([{ pointer: '/so_lieu/HCDB_01/duoi_6__nu', value: undefined, previous: 2 }]);
  });

  it('refuses, cell by cell and saying why: a negative count, text, a fraction, unknown codes; a computed value unlike the form\'s is ignored, both numbers shown', async () => {
    const bytes = await filled((main) => {
      put(main, 'HCDB_01', 'duoi_6__nam', -3);
      put(main, 'HCDB_01', 'duoi_6__nu', 'mười');
      put(main, 'HCDB_01', 'tu_11_duoi_16__nam', '12,5');
      put(main, 'HCDB_01', 'tong_so', 99);
      put(main, 'HCDB_02', 'duoi_6__nam', 7);
      put(main, 'HCDB_02', 'tong_so', 1008);
      rowOf(main, `${CODE.row}/so_lieu/HCDB_03`)[0] = { value: `${CODE.row}/so_lieu/KHONG_CO` };
      rowOf(main, `${CODE.row}/so_lieu/KHONG_CO`)[3] = { value: 1 };
      rowOf(main, `${CODE.row}/so_lieu/HCDB_04`)[0] = { value: `${CODE.row}/so_lieu/__proto__` };
      rowOf(main, `${CODE.row}/so_lieu/__proto__`)[3] = { value: 1 };
      rowOf(main, `${CODE.columns}/so_lieu`)[colOf(main, '/so_lieu', 'duoc_tro_giup')] = { value: 'cot_la' };
      put(main, 'HCDB_05', 'cot_la', 4);
    });
    const report = await readBieu(bytes, { form, target, data: {}, compute: formComputer(form, parseExpression) });
    expect(report.ok).toBe(true);
    expect(report.taken.map((t) => [t.pointer, t.value])).toEqual([['/so_lieu/HCDB_02/duoi_6__nam', 7]]);
    const reasons = report.refused.map((r) => [r.text, r.reason.vi]);
    expect(reasons).toEqual(expect.arrayContaining([
      ['-3', 'số âm (-3) không hợp lệ'],
      ['mười', '"mười" không phải là số'],
      ['12,5', '12,5 không phải số nguyên'],
      ['99', 'Ô tính tự động: bỏ qua giá trị trong tệp (99); biểu mẫu tính được (trống)'],
      ['1008', 'Ô tính tự động: bỏ qua giá trị trong tệp (1.008); biểu mẫu tính được 7'],
      ['1', 'Biểu không có dòng mã "KHONG_CO"'],
      ['4', 'Biểu không có cột mã "cot_la"'],
    ]));
    expect(report.refused.some((r) => r.text.includes('__proto__') && r.reason.en?.includes('Forbidden'))).toBe(true);
    expect(report.refused.every((r) => r.reason.en)).toBe(true);
    expect(report.refused.find((r) => r.text === '1008')?.reason.en).toBe("A computed cell: the file's value (1008) is ignored; the form computes 7");
    expect(Object.prototype).not.toHaveProperty('duoi_6__nam');
  });

  it('refuses a whole file made for another form, ward, period or pack version, naming what differs', async () => {
    const cases: [Partial<BieuTarget>, string][] = [
      [{ formId: 'bieu-03' }, 'biểu "bieu-03"'], [{ ward: 'P00094' }, 'phường "P00094"'],
      [{ period: '2018-Q1' }, 'kỳ báo cáo "2018-Q1"'], [{ packVersion: '9.9.9' }, 'phiên bản bộ biểu mẫu "9.9.9"'],
    ];
    for (const [other, says] of cases) {
      const report = await readBieu(await filled((main) => put(main, 'HCDB_01', 'duoi_6__nam', 3), { ...target, ...other }), { form, target, data: {} });
      expect(report).toMatchObject({ ok: false, taken: [], refused: [] });
      expect(report.problem?.vi).toContain(says);
    }
  });

  it('refuses garbage, an old .xls, a workbook without codes, a file too big or with too many cells', async () => {
    const expectNot = async (bytes: Uint8Array, says: string, limits?: Parameters<typeof readBieu>[2]): Promise<void> => {
      const report = await readBieu(bytes, { form, target, data: {} }, limits);
      expect(report.ok).toBe(false);
      expect(report.problem?.vi).toContain(says);
    };
    await expectNot(strToU8('Xin chào, đây không phải bảng tính'), 'không phải là bảng tính Excel .xlsx');
    await expectNot(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'không phải là bảng tính Excel .xlsx');
    await expectNot(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]), 'không phải là bảng tính Excel .xlsx');
    await expectNot(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'không phải là bảng tính Excel .xlsx');
    await expectNot(await writeWorkbook([{ name: 'Sheet1', rows: [[{ value: 1 }]] }]), 'thiếu trang mã ẩn');
    const bytes = await bieuWorkbook({ form, target });
    await expectNot(bytes, 'Tệp quá lớn', { maxBytes: 1000, maxPartBytes: 1e6, maxCells: 1e5 });
    await expectNot(bytes, 'quá nhiều ô', { maxBytes: 1e7, maxPartBytes: 1e6, maxCells: 50 });
    await expectNot(bytes, 'Tệp giải nén quá lớn', { maxBytes: 1e7, maxPartBytes: 1000, maxCells: 1e5 });
  });
});

describe('reading what Excel and LibreOffice write', () => {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const book = (sheetXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array => zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${ns}><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId7"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId7" Target="/xl/worksheets/s.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
      + '<Relationship Id="rId8" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8('<sst><si><t>Tổng</t></si><si><r><t>1.</t></r><r><t xml:space="preserve">234</t></r><rPh><t>x</t></rPh></si></sst>'),
    'xl/worksheets/s.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetXml}</sheetData></worksheet>`),
    ...extra,
  });

  it('reads shared strings, rich text, formulas with cached values, entities and Excel error cells', async () => {
    const bytes = book('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>'
      + '<c r="C2"><f>SUM(A1:B1)</f><v>7</v></c><c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E2" t="inlineStr"><is><t>a&lt;b&#7855;</t></is></c></row>');
    const [sheet] = await readWorkbook(bytes);
    expect(sheet.name).toBe('A & B');
    const row = sheet.rows.get(2);
    expect([1, 2, 3, 4, 5].map((c) => row?.get(c)?.value)).toEqual(['Tổng', '1.234', 7, { error: '#DIV/0!' }, 'a<bắ']);
    // namespace prefixes (as the Open XML SDK writes them), the error cell still found by the scan
    const px = (xml: string): string => xml.replace(/<(\/?)(?!\?)(\w+)/g, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
    const parts = unzipSync(bytes);
    const prefixed = zipSync({ ...parts, 'xl/workbook.xml': strToU8(px(strFromU8(parts['xl/workbook.xml']))), 'xl/worksheets/s.xml': strToU8(px(strFromU8(parts['xl/worksheets/s.xml']))) });
    const [again] = await readWorkbook(prefixed);
    expect(again.name).toBe('A & B');
    expect([3, 4].map((c) => again.rows.get(2)?.get(c)?.value)).toEqual([7, { error: '#DIV/0!' }]);
  });

  it('refuses before inflating: a part that unpacks past the bound (a zip bomb), a part fflate would inflate in a Worker, cells spread over the whole sheet', async () => {
    const bomb = book('<row r="1"><c r="A1"><v>1</v></c></row>', { 'xl/styles.xml': new Uint8Array(600_000) });
    await expect(readWorkbook(bomb)).rejects.toMatchObject({ code: 'xlsx.tooBig' });
    await expect(readWorkbook(bomb, { maxBytes: 1e7, maxPartBytes: 1e7, maxCells: 1e5 })).rejects.toMatchObject({ code: 'xlsx.tooBig' });
    const far = book('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>');
    await expect(readWorkbook(far)).rejects.toMatchObject({ code: 'xlsx.tooSpread' });
  });

  it('an Excel error in an input cell is refused as one, never read as an emptied cell; in a computed cell it is reported', async () => {
    const data = { so_lieu: { HCDB_01: { duoi_6__nam: 3 } } };
    const sheets = bieuSheets({ form, target, data });
    const main = sheets[0];
    const r = main.rows.findIndex((x) => x[0]?.value === `${CODE.row}/so_lieu/HCDB_01`) + 1;
    const parts = unzipSync(await writeWorkbook(sheets));
    const xml = strFromU8(parts['xl/worksheets/sheet1.xml']);
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml.replace(new RegExp(`<c r="D${r}"( s="\\d+")?>.*?</c>`), `<c r="D${r}"$1 t="e"><v>#VALUE!</v></c>`)
      .replace(new RegExp(`<c r="C${r}"( s="\\d+")?><f>([^<]*)</f></c>`), `<c r="C${r}"$1 t="e"><f>$2</f><v>#DIV/0!</v></c>`));
    const report = await readBieu(zipSync(parts), { form, target, data });
    expect(report.taken).toEqual([]);
    expect(report.refused).toMatchObject([
      { cell: `Biểu 02!D${r}`, text: '#VALUE!', reason: { vi: 'Ô lỗi của Excel (#VALUE!)', en: 'An Excel error value (#VALUE!)' } },
      { cell: `Biểu 02!C${r}`, pointer: '/so_lieu/HCDB_01/tong_so', text: '#DIV/0!', reason: { vi: 'Ô lỗi của Excel (#DIV/0!)' } },
    ]);
  });
});
