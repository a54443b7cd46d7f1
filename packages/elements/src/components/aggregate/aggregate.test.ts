import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import './aggregate.js';
import type { FpAggregate } from './aggregate.component.js';
import { readXlsx } from './xlsx-read.test-helper.js';

const BUOI = 'P00109';
const NHAT_TAN = 'P00094';
const HEADER = { ngay_chot_so_lieu: '2018-05-10', nguoi_lap: 'Nguyễn Lan' };

async function setup(): Promise<{ pack: PackSource; store: MemoryStore; submit: (ward: string, data: unknown) => Promise<void> }> {
  const pack = await loadTayHo2018();
  const store = new MemoryStore({ now: () => new Date('2018-05-14T03:00:00Z') });
  await store.putPack({ id: pack.manifest.id, version: pack.manifest.version, source: pack });
  const submit = async (ward: string, data: unknown): Promise<void> => {
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward, period: '2018-H1' };
    await store.submit({ key, data: { thong_tin: HEADER, ...(data as object) }, cutOffDate: '2018-05-10', author: 'Nguyễn Lan' });
  };
  return { pack, store, submit };
}

async function ready(el: FpAggregate): Promise<void> {
  for (let i = 0; i < 100 && !el.totals && !el.shadowRoot?.querySelector('[role="alert"]'); i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.equal('');
  expect(el.totals, 'totals loaded').to.not.equal(undefined);
}

/** Mounts the aggregate of Biểu 02 for 2018-H1 and waits for its totals. */
async function mount(pack: PackSource, store: MemoryStore): Promise<FpAggregate> {
  const el = await fixture<FpAggregate>(html`<fp-aggregate .pack=${pack} .store=${store} form="bieu-02" period="2018-H1"></fp-aggregate>`);
  await ready(el);
  return el;
}

const total = (el: FpAggregate, pointer: string): HTMLButtonElement =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.total[data-pointer="${pointer}"]`)!;

describe('<fp-aggregate>', () => {
  it('is accessible, with a completeness line naming the missing wards', async function () {
    this.timeout(90000); // axe over ~570 buttons on a shared 2-core machine
    const { pack, store, submit } = await setup();
    await submit(BUOI, { tre_em_hcdb: 5, so_lieu: { HCDB_01: { duoi_6__nam: 2, duoi_6__nu: 1, tong_so: 3 } } });
    await submit(NHAT_TAN, { tre_em_hcdb: 7, so_lieu: { HCDB_01: { duoi_6__nam: 3, tong_so: 3 } } });
    const el = await mount(pack, store);
    await expect(el).to.be.accessible();
    const line = el.shadowRoot!.querySelector('[part="completeness"]')!.textContent!;
    expect(line).to.contain('Đã nộp 2/8 phường.');
    expect(line).to.contain('Phường Phú Thượng');
    expect(line).to.contain('Phường Thụy Khuê');
    expect(line).not.to.contain('Phường Bưởi');
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain('Biểu 02');
  });

  it('adds up two wards, marks incomplete totals and never shows a false 0', async () => {
    const { pack, store, submit } = await setup();
    await submit(BUOI, { tre_em_hcdb: 5, so_lieu: { HCDB_01: { duoi_6__nam: 2, duoi_6__nu: 1, tong_so: 3 } } });
    await submit(NHAT_TAN, { tre_em_hcdb: 7, so_lieu: { HCDB_01: { duoi_6__nam: 3, tong_so: 3 } } });
    const el = await mount(pack, store);
    const nam = total(el, '/so_lieu/HCDB_01/duoi_6__nam');
    expect(nam.querySelector('.value')!.textContent).to.equal('5');
    expect(nam.textContent).to.contain('chưa đủ');
    expect(total(el, '/so_lieu/HCDB_01/tong_so').querySelector('.value')!.textContent).to.equal('6');
    expect(total(el, '/tre_em_hcdb').querySelector('.value')!.textContent).to.equal('12');
    const empty = total(el, '/so_lieu/HCDB_02/duoi_6__nam');
    expect(empty.querySelector('.value')).to.equal(null);
    expect(empty.textContent).to.contain('—');
    expect(empty.textContent).to.contain('chưa có số liệu');
  });

  it('has a district-wide total row over the top-level rows only (sub-rows are "of which"), missing is not zero', async () => {
    const { pack, store, submit } = await setup();
    await submit(BUOI, { so_lieu: { HCDB_01: { duoi_6__nam: 5, tong_so: 5 }, HCDB_01_1: { duoi_6__nam: 3, tong_so: 3 } } });
    await submit(NHAT_TAN, { so_lieu: { HCDB_02: { duoi_6__nam: 2, tong_so: 2 } } });
    const el = await fixture<FpAggregate>(html`<fp-aggregate .pack=${pack} .store=${store} form="bieu-02" period="2018-H1"></fp-aggregate>`);
    await ready(el);
    const foot = el.shadowRoot!.querySelector('table[data-pointer="/so_lieu"] tfoot')!;
    expect(foot.querySelector('th')!.textContent).to.equal('Tổng cộng toàn quận');
    const nam = total(el, '/so_lieu/*/duoi_6__nam');
    expect(foot.contains(nam)).to.equal(true);
    expect(nam.querySelector('.value')!.textContent).to.equal('7');
    expect(nam.dataset.state).to.equal('incomplete');
    expect(total(el, '/so_lieu/*/duoi_6__nu').textContent).to.contain('chưa có số liệu');
    nam.click();
    await el.updateComplete;
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.querySelector(`tr[data-ward="${BUOI}"] td`)!.textContent).to.equal('5');
    expect(detail.querySelector(`tr[data-ward="${NHAT_TAN}"] td`)!.textContent).to.equal('2');
  });

  it('marks a cell only one ward filled when all wards submitted; returned reports are not counted', async () => {
    const { pack, store, submit } = await setup();
    const wards = pack.orgUnits.filter((u) => u.level === 'ward').map((u) => u.code);
    for (const w of wards) {
      await submit(w, { tre_em_hcdb: 1, tre_em_hcdb_duoc_tro_giup: 1, so_lieu: { HCDB_01: { duoi_6__nam: 1, ...(w === BUOI ? { duoi_6__nu: 4 } : {}) } } });
    }
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward: NHAT_TAN, period: '2018-H1' };
    const el = await mount(pack, store);
    expect(total(el, '/tre_em_hcdb').textContent).not.to.contain('chưa đủ');
    expect(total(el, '/tre_em_hcdb').dataset.complete).to.equal('true');
    expect(total(el, '/tre_em_hcdb').querySelector('.value')!.textContent).to.equal('8');
    const nu = total(el, '/so_lieu/HCDB_01/duoi_6__nu');
    expect(nu.querySelector('.value')!.textContent).to.equal('4');
    expect(nu.querySelector('.marker')!.textContent).to.equal('chưa đủ');
    expect(nu.dataset.state).to.equal('incomplete');
    expect(getComputedStyle(nu).backgroundColor).to.equal('rgb(255, 242, 204)');
    expect(total(el, '/tre_em_hcdb').dataset.state).to.equal('complete');
    // the rate is recomputed from the totals (8 of 8 → 100), not added up
    expect(total(el, '/ty_le_duoc_tro_giup').querySelector('.value')!.textContent).to.equal('100');

    await store.review({ key, revision: 1, decision: 'return', comment: 'Sai số liệu', reviewer: 'Quận' });
    await el.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="completeness"]')!.textContent).to.contain('Đã nộp 7/8 phường.');
    expect(el.shadowRoot!.querySelector('.returned-wards')!.textContent).to.contain('Phường Nhật Tân');
    expect(total(el, '/tre_em_hcdb').querySelector('.value')!.textContent).to.equal('7');
    expect(total(el, '/tre_em_hcdb').textContent).to.contain('chưa đủ');
  });

  it('drills down to each ward’s figure, with missing wards said so, and back', async function () {
    this.timeout(90000);
    const { pack, store, submit } = await setup();
    await submit(BUOI, { so_lieu: { HCDB_01: { duoi_6__nam: 2 } } });
    await submit(NHAT_TAN, { so_lieu: { HCDB_01: { duoi_6__nam: 3 } } });
    const el = await mount(pack, store);
    const b = total(el, '/so_lieu/HCDB_01/duoi_6__nam');
    b.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    const detail = el.shadowRoot!.querySelector('[part="detail"]')!;
    expect(detail.hasAttribute('hidden')).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-title');
    const row = (w: string) => detail.querySelector(`tr[data-ward="${w}"]`)!.textContent!.replace(/\s+/g, ' ');
    expect(row(BUOI)).to.contain('Phường Bưởi').and.to.contain('2');
    expect(row(NHAT_TAN)).to.contain('3');
    expect(row('P00091')).to.contain('thiếu (chưa nộp)');
    expect(detail.querySelectorAll('tbody tr').length).to.equal(8);
    await expect(el).to.be.accessible();
    detail.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect(el.shadowRoot!.querySelector('[part="detail"]')!.hasAttribute('hidden')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(b);
  });

  it('shows last year beside this year where codes match', async () => {
    const { pack, store, submit } = await setup();
    await submit(BUOI, { tre_em_hcdb: 5 });
    const el = await fixture<FpAggregate>(html`<fp-aggregate .pack=${pack} .store=${store} form="bieu-02" period="2018-H1"
      .previous=${{ values: { tre_em_hcdb: 9, 'so_lieu/HCDB_01/duoi_6__nam': 4 }, label: '2017' }}></fp-aggregate>`);
    await ready(el);
    const row = total(el, '/tre_em_hcdb').closest('tr')!;
    expect(row.querySelector('td.previous')!.textContent).to.equal('9');
    expect(el.shadowRoot!.textContent).to.contain('Năm trước (2017)');
    expect(total(el, '/so_lieu/HCDB_01/duoi_6__nam').querySelector('.prev')!.textContent).to.contain('Năm trước: 4');
  });

  it('adds up last year from a pack and period of the store, in English', async () => {
    const { pack, store, submit } = await setup();
    await submit(BUOI, { tre_em_hcdb: 5 });
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward: NHAT_TAN, period: '2018-Q1' };
    // Q1 is locked on the store's 14/05/2018: the district reopens it for both wards
    for (const ward of [NHAT_TAN, BUOI]) await store.reopen({ key: { ...key, ward }, reason: 'Q1', by: 'Quận' });
    await store.submit({ key, data: { thong_tin: HEADER, tre_em_hcdb: 9 }, cutOffDate: '2018-03-10', author: 'Lan' });
    await store.submit({ key: { ...key, ward: BUOI }, data: { thong_tin: HEADER, tre_em_hcdb: 2 }, cutOffDate: '2018-03-10', author: 'Lan' });
    const el = await fixture<FpAggregate>(html`<fp-aggregate lang="en" .pack=${pack} .store=${store} form="bieu-02" period="2018-H1"
      .previous=${{ pack, period: '2018-Q1' }}></fp-aggregate>`);
    await ready(el);
    const row = total(el, '/tre_em_hcdb').closest('tr')!;
    expect(row.querySelector('td.previous')!.textContent).to.equal('11');
    expect(el.shadowRoot!.textContent).to.contain('Last year (2018)');
    expect(el.shadowRoot!.querySelector('[part="completeness"]')!.textContent).to.contain('1/8 wards submitted.');
    expect(total(el, '/tre_em_hcdb').textContent).to.contain('incomplete');
  });

  it('exports the totals to .xlsx: a zip whose sheets hold the header, the totals and each ward', async () => {
    const { pack, store, submit } = await setup();
    await submit(BUOI, { tre_em_hcdb: 5, so_lieu: { HCDB_01: { duoi_6__nam: 2 } } });
    await submit(NHAT_TAN, { tre_em_hcdb: 7, so_lieu: { HCDB_01: { duoi_6__nam: 3 } } });
    const el = await mount(pack, store);
    const blob = await el.exportXlsx();
    expect(blob.size).to.be.greaterThan(1000);
    const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(head[0], head[1])).to.equal('PK');
    const [totals, byWard] = await readXlsx(blob);
    expect(totals[0][0]).to.equal('Quận Tây Hồ');
    expect(totals[1][0]).to.contain('Biểu 02');
    expect(totals[2][0]).to.equal('6 tháng đầu năm 2018');
    const hcdb01 = totals.find((r) => r[0] === 'Trẻ em mồ côi cả cha và mẹ')!;
    expect(hcdb01[2]).to.equal('5'); // column 0 label, 1 tong_so, 2 duoi_6__nam
    const single = totals.find((r) => r[0]?.startsWith('Số trẻ em có hoàn cảnh đặc biệt (mỗi'))!;
    expect(single[1]).to.equal('12');
    const header = byWard.find((r) => r[0] === 'Chỉ tiêu')!;
    expect(header).to.include('Phường Bưởi');
    const wardRow = byWard.find((r) => r[0]?.endsWith('Số trẻ em có hoàn cảnh đặc biệt (mỗi trẻ đếm một lần)'))!;
    const col = header.indexOf('Phường Bưởi');
    expect(wardRow[col]).to.equal('5');
    expect(wardRow[header.indexOf('Phường Phú Thượng')]).to.equal('');
  });

  it('says so when the form does not exist', async () => {
    const { pack, store } = await setup();
    const el = await fixture<FpAggregate>(html`<fp-aggregate .pack=${pack} .store=${store} form="bieu-99" period="2018-H1"></fp-aggregate>`);
    for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[role="alert"]'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Không tìm thấy biểu mẫu "bieu-99"');
  });
});
