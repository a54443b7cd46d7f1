import { expect } from '@open-wc/testing';
import { readXlsx, unzip } from '../components/aggregate/xlsx-read.test-helper.js';
import { MAX_XLSX_CELLS, sheetName, writeXlsx, XLSX_MIME } from './xlsx-export.js';

describe('writeXlsx', () => {
  it('writes sheets that read back cell by cell (numbers, NFC text, empty cells)', async () => {
    const blob = await writeXlsx([
      { name: 'Tổng hợp', rows: [[{ value: 'Quận Tây Hồ', bold: true }], ['Phường Bưởi'.normalize('NFD'), 12, null, 3.5], [], ['x', { value: 7, fill: '#FFF2CC' }]] },
      { name: 'Theo phường', rows: [['a']] },
    ]);
    expect(blob.type).to.equal(XLSX_MIME);
    const sheets = await readXlsx(blob);
    expect(sheets.length).to.equal(2);
    expect(sheets[0][0][0]).to.equal('Quận Tây Hồ');
    expect(sheets[0][1]).to.deep.equal(['Phường Bưởi', '12', '', '3.5']);
    expect(sheets[0][3][1]).to.equal('7');
    expect(sheets[1][0][0]).to.equal('a');
    const files = await unzip(new Uint8Array(await blob.arrayBuffer()));
    expect(files.get('xl/workbook.xml')).to.contain('Tổng hợp').and.to.contain('Theo phường');
  });

  it('keeps text that looks like a formula as text', async () => {
    const blob = await writeXlsx([{ name: 'S', rows: [['=HYPERLINK("http://x")', '+1']] }]);
    const files = await unzip(new Uint8Array(await blob.arrayBuffer()));
    expect(files.get('xl/worksheets/sheet1.xml')).not.to.contain('<f>');
    expect((await readXlsx(blob))[0][0]).to.deep.equal(['=HYPERLINK("http://x")', '+1']);
  });

  it('refuses a workbook over the size bound, in Vietnamese first', async () => {
    const row = Array.from({ length: 1000 }, () => 1);
    const rows = Array.from({ length: MAX_XLSX_CELLS / 1000 + 1 }, () => row);
    let error: unknown;
    try {
      await writeXlsx([{ name: 'S', rows }]);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/^Error: Bảng tính quá lớn .* \/ The workbook is too large/);
  });
});

describe('sheetName', () => {
  it('removes characters Excel refuses, cuts to 31 and keeps names unique', () => {
    const taken = new Set<string>();
    expect(sheetName('Biểu 02: [6/2018]*?', taken)).to.equal('Biểu 02- -6-2018---');
    const long = 'Tổng hợp số liệu của quận Tây Hồ năm 2018';
    const a = sheetName(long, taken);
    const b = sheetName(long, taken);
    expect(a.length).to.equal(31);
    expect(b.length).to.be.at.most(31);
    expect(b).to.not.equal(a);
    expect(b.endsWith(' 2')).to.equal(true);
    expect(sheetName('   ', taken)).to.equal('Sheet');
  });
});
