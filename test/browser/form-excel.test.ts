// <fp-form excel> on the real Tây Hồ 2018 Biểu 02: download the Biểu, fill it with a script (the
// libraries: read-excel-file reads it, write-excel-file writes it back as plain data), upload: the report shows before anything is written,
// the values land by code and equal what was typed, "Khôi phục" puts the draft back; a file made
// for another form and a garbage file are refused with a clear message and the draft unchanged;
// a sent report refuses an upload like any edit. The dialog is modal and axe-clean.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import { MemoryStore, resolveForm } from '@formplan/core';
import type { DraftKey, PackSource } from '@formplan/core';
import { bieuWorkbook, CODE } from '@formplan/core/xlsx';
import '../../packages/elements/src/define.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { loadTayHo2018 } from '../fixtures/tay-ho-2018.js';
import { untilInput } from './form-fixtures.js';

const CELL = '/so_lieu/HCDB_01/duoi_6__nam';
let pack: PackSource;
const keyOf = (): DraftKey => ({ packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-02', ward: 'P00091', period: '2018-H1' });

async function mount(store = new MemoryStore()): Promise<{ form: FpForm; store: MemoryStore }> {
  pack ??= await loadTayHo2018();
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([pack])} .clock=${() => new Date('2018-05-10T03:00:00Z')}>
    <fp-form excel pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await untilInput(form, CELL);
  return { form, store };
}

const part = (form: FpForm, name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/**
 * Fills a downloaded Biểu with the libraries, as a ward officer's spreadsheet would: reads every
 * sheet with read-excel-file, finds each cell by its row code (hidden column A) and column code
 * (hidden row), sets the value, and writes every sheet back with write-excel-file as plain data (no
 * styles, no protection, no hidden parts): what lands must be found by code, not by position or look.
 */
async function fill(file: File, values: Record<string, number | string>): Promise<File> {
  const sheets = await readXlsxFile(await file.arrayBuffer());
  const [main] = sheets;
  const rowOf = new Map<string, number>();
  let colCodes: (string | null)[] = [];
  main.data.forEach((row, r) => {
    const a = row[0];
    if (a === `${CODE.columns}/so_lieu`) colCodes = row.map((v) => (typeof v === 'string' ? v : null));
    if (typeof a === 'string' && a.startsWith(CODE.row)) rowOf.set(a.slice(CODE.row.length), r);
  });
  for (const [pointer, value] of Object.entries(values)) {
    const [, , row, col] = pointer.split('/');
    const r = rowOf.get(`/so_lieu/${row}`);
    const c = colCodes.indexOf(col);
    expect(r !== undefined && c > 1, `cell of ${pointer}`).to.equal(true);
    main.data[r!][c] = value;
  }
  const blob = await writeXlsxFile(sheets.map(({ sheet, data }) => ({ sheet, data: data.map((row) => row.map((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null))) }))).toBlob();
  return new File([blob], 'bieu-02-da-dien.xlsx');
}

/** Runs `work` with `Worker` and `URL.createObjectURL` throwing, as a strict CSP makes them; returns what tried. */
async function withoutWorkers<T>(work: () => Promise<T>): Promise<{ result: T; tried: string[] }> {
  const tried: string[] = [];
  const worker = Object.getOwnPropertyDescriptor(window, 'Worker');
  const objectUrl = Object.getOwnPropertyDescriptor(URL, 'createObjectURL');
  const refuse = (what: string) => function refused(): never {
    tried.push(what);
    throw new Error(`${what} is blocked by the page's Content-Security-Policy`);
  };
  Object.defineProperty(window, 'Worker', { value: refuse('Worker'), configurable: true, writable: true });
  Object.defineProperty(URL, 'createObjectURL', { value: refuse('createObjectURL'), configurable: true, writable: true });
  try {
    return { result: await work(), tried };
  } finally {
    if (worker) Object.defineProperty(window, 'Worker', worker);
    if (objectUrl) Object.defineProperty(URL, 'createObjectURL', objectUrl);
  }
}

describe('<fp-form excel>: Biểu 02 to Excel and back', () => {
  it('downloads the Biểu, takes a filled one back by code after the ward confirms, and restores the draft before it', async function () {
    this.timeout(120000);
    const { form, store } = await mount();
    form.formModel!.set('/so_lieu/HCDB_02/duoi_6__nam', 9, { user: true });
    expect(part(form, 'excel')!.textContent).to.contain('Tải Biểu Excel trống').and.contain('Tải lên từ Excel');
    const blank = (await form.downloadExcel({ blank: true, offer: false }))!;
    expect(blank.name).to.equal('bieu-02_P00091_2018-H1_mau.xlsx');
    // a computed total typed over: never taken; the form's model computes 1237, so it is reported
    const typed = { '/so_lieu/HCDB_01/duoi_6__nam': 3, '/so_lieu/HCDB_01/tu_11_duoi_16__nu': '1.234', '/so_lieu/HCDB_05/duoc_tro_giup': 12, '/so_lieu/HCDB_01/tong_so': 1000 };
    const upload = await fill(blank, typed);

    // the XLSX code neither makes a Worker nor a blob URL for a Biểu (a strict CSP blocks both)
    const { result: report, tried } = await withoutWorkers(async () => {
      await form.downloadExcel({ offer: false });
      return form.importExcel(upload);
    });
    expect(tried).to.deep.equal([]);
    expect(report.ok).to.equal(true);
    expect(report.refused.map((r) => [r.pointer, r.reason.vi])).to.deep.equal([
      ['/so_lieu/HCDB_01/tong_so', 'Ô tính tự động: bỏ qua giá trị trong tệp (1.000); biểu mẫu tính được 1.237'],
    ]);
    expect(form.formModel!.get(CELL), 'nothing written before the ward confirms').to.equal(undefined);
    const dialog = part(form, 'excel-dialog')!;
    expect(dialog.getAttribute('role')).to.equal('dialog');
    // the dialog's styles come with it (run-time chunk) and are added to the form's shadow root
    expect(getComputedStyle(dialog.parentElement!).position, 'the backdrop covers the page').to.equal('fixed');
    expect(dialog.textContent).to.contain('Sẽ ghi 4 ô').and.contain('Chưa có gì được ghi').and.contain('biểu mẫu tính được 1.237');
    expect(form.shadowRoot!.activeElement).to.equal(part(form, 'excel-apply'));
    await expect(form).to.be.accessible();

    const applied = oneEvent(form, 'fp-excel-import');
    part(form, 'excel-apply')!.click();
    expect((await applied).detail.action).to.equal('applied');
    expect(form.formModel!.get(CELL)).to.equal(3);
    expect(form.formModel!.get('/so_lieu/HCDB_01/tu_11_duoi_16__nu')).to.equal(1234);
    expect(form.formModel!.get('/so_lieu/HCDB_05/duoc_tro_giup')).to.equal(12);
    expect(form.formModel!.get('/so_lieu/HCDB_02/duoi_6__nam'), 'the blank file empties what it was blank for').to.equal(undefined);
    expect(form.formModel!.get('/so_lieu/HCDB_01/tong_so')).to.equal(1237);
    await form.flush();
    expect(((await store.getDraft(keyOf()))!.data as { so_lieu: Record<string, Record<string, number>> }).so_lieu.HCDB_01.duoi_6__nam).to.equal(3);

    // the Biểu with the draft's figures reads back as no change
    const filled = (await form.downloadExcel({ offer: false }))!;
    const again = await form.importExcel(filled);
    expect(again).to.include({ ok: true });
    expect(again.taken).to.deep.equal([]);
    form.shadowRoot!.querySelector<HTMLElement>('[part~="excel-dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await form.updateComplete;
    expect(part(form, 'excel-dialog')).to.equal(null);

    await form.updateComplete;
    part(form, 'excel-restore')!.click();
    await form.updateComplete;
    expect(form.formModel!.get(CELL)).to.equal(undefined);
    expect(form.formModel!.get('/so_lieu/HCDB_02/duoi_6__nam')).to.equal(9);
    expect(part(form, 'excel-note')!.textContent).to.contain('Đã khôi phục bản trước khi tải lên');
  });

  it('refuses a file made for another form and a garbage file with a clear message, the draft unchanged', async function () {
    this.timeout(120000);
    const { form } = await mount();
    form.formModel!.set(CELL, 5, { user: true });
    const before = structuredClone(form.formModel!.value);
    const other = resolveForm(pack, 'bieu-03')!;
    const wrong = new File([(await bieuWorkbook({ form: other, target: { ...keyOf(), formId: 'bieu-03' } })).slice().buffer], 'bieu-03.xlsx');
    const r1 = await form.importExcel(wrong);
    expect(r1.ok).to.equal(false);
    const alert = form.shadowRoot!.querySelector('[part~="excel-dialog"] [role="alert"]')!;
    expect(alert.textContent).to.contain('Tệp được làm cho biểu "bieu-03", không phải biểu "bieu-02"').and.contain('The file was made for form "bieu-03"');
    expect(part(form, 'excel-apply')).to.equal(null);
    await expect(form).to.be.accessible();
    part(form, 'excel-cancel')!.click();
    expect(form.formModel!.value).to.deep.equal(before);

    const r2 = await form.importExcel(new File(['Đây không phải bảng tính'], 'so-lieu.xlsx'));
    expect(r2.problem?.vi).to.contain('không phải là bảng tính Excel .xlsx');
    expect(form.shadowRoot!.querySelector('[part~="excel-dialog"] [role="alert"]')!.textContent).to.contain('không phải là bảng tính Excel .xlsx');
    expect(form.applyImport(r2)).to.equal(false);
    expect(form.formModel!.value).to.deep.equal(before);
  });

  it('keeps Tab inside the dialog', async function () {
    this.timeout(60000);
    const { form } = await mount();
    await form.importExcel(new File(['x'], 'x.xlsx'));
    const dialog = part(form, 'excel-dialog')!;
    const close = part(form, 'excel-cancel')!;
    close.focus();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(form.shadowRoot!.activeElement).to.equal(close);
  });

  it('a sent report refuses an upload like any edit', async function () {
    this.timeout(60000);
    pack ??= await loadTayHo2018();
    const store = new MemoryStore();
    await store.submit({ key: keyOf(), data: { so_lieu: { HCDB_01: { duoi_6__nam: 1 } } }, cutOffDate: '2018-05-01', author: 'Hoa' });
    const { form } = await mount(store);
    expect(form.isReadOnly).to.equal(true);
    const blank = (await form.downloadExcel({ blank: true, offer: false }))!;
    const report = await form.importExcel(blank);
    expect(report.ok).to.equal(false);
    expect(report.problem?.vi).to.contain('Chỉ xem (đã gửi)');
    expect(part(form, 'excel-upload')!.getAttribute('aria-disabled')).to.equal('true');
    expect(form.formModel!.get(CELL)).to.equal(1);
  });
});
