import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import './calendar.js';
import type { FpCalendar } from './calendar.component.js';
import '../provider/provider.js';

const BUOI = 'P00109';
const PHU_THUONG = 'P00091';

async function setup(): Promise<{ pack: PackSource; store: MemoryStore }> {
  const pack = await loadTayHo2018();
  const store = new MemoryStore({ now: () => new Date('2018-05-14T03:00:00Z') });
  await store.putPack({ id: pack.manifest.id, version: pack.manifest.version, source: pack });
  const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward: BUOI, period: '2018-H1' };
  await store.submit({ key, data: { tre_em_hcdb: 3 }, cutOffDate: '2018-05-10', author: 'Nguyễn Lan' });
  await store.saveDraft({ ...key, formId: 'bieu-01', ward: PHU_THUONG }, { so_ho_co_tre_em: 1 }, 0);
  return { pack, store };
}

async function ready(el: FpCalendar): Promise<void> {
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('table'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
  expect(el.shadowRoot?.querySelector('table'), 'table rendered').to.not.equal(null);
}

/** Mounts a calendar over a fresh store on 16/05/2018, for one ward or the district (`period`), and waits for its table. */
async function mount(where: { ward?: string; period?: string }): Promise<{ pack: PackSource; store: MemoryStore; el: FpCalendar }> {
  const { pack, store } = await setup();
  const el = await fixture<FpCalendar>(html`<fp-calendar .pack=${pack} .store=${store} ward=${ifDefined(where.ward)} period=${ifDefined(where.period)} today="2018-05-16"></fp-calendar>`);
  await ready(el);
  return { pack, store, el };
}

function cell(el: FpCalendar, rowText: string, column: number): HTMLButtonElement | null {
  const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.includes(rowText));
  return row?.querySelectorAll('td')[column]?.querySelector('button') ?? null;
}

/** The ward-mode cell of a form (its row, by text) in a period (its column, by id). */
function periodCell(el: FpCalendar, pack: PackSource, rowText: string, periodId: string): HTMLButtonElement {
  const found = cell(el, rowText, pack.calendar.periods.findIndex((p) => p.id === periodId));
  expect(found, `a cell for ${rowText} in ${periodId}`).to.not.equal(null);
  return found!;
}

/** Checks a cell's `data-status` and that its text holds every one of `texts`. */
function expectCell(b: HTMLElement, status: string, ...texts: string[]): void {
  expect(b.dataset.status).to.equal(status);
  for (const t of texts) expect(b.textContent).to.contain(t);
}

describe('<fp-calendar>', () => {
  it('is accessible in ward mode', async () => {
    const { pack, el } = await mount({ ward: PHU_THUONG });
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.contain('Phường Phú Thượng');
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]').length).to.equal(1 + pack.calendar.periods.length);
  });

  it('shows H1 late with its due date for a ward that has not submitted, in words and data-status', async () => {
    const { pack, el } = await mount({ ward: PHU_THUONG });
    expectCell(periodCell(el, pack, 'Biểu 02', '2018-H1'), 'late', 'Quá hạn', 'Hạn 15/05/2018', 'trễ 1 ngày');
    expectCell(periodCell(el, pack, 'Biểu 01', '2018-H1'), 'late', 'có bản nháp');
    expect(periodCell(el, pack, 'Biểu 02', '2018-Q1').textContent).to.contain('Đã khóa');
    expectCell(periodCell(el, pack, 'Biểu 02', '2018-Y'), 'open', 'Đang mở');
  });

  it("shows a locked period the district reopened for one ward as 'Đã mở lại', with the reason in the cell's text", async () => {
    const { pack, store, el } = await mount({ ward: PHU_THUONG });
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward: PHU_THUONG, period: '2018-Q1' };
    await store.reopen({ key, reason: 'Phường mất mạng cuối kỳ', by: 'Phòng LĐTB&XH' });
    await el.refresh();
    expectCell(periodCell(el, pack, 'Biểu 02', '2018-Q1'), 'reopened', 'Đã mở lại', 'lý do mở lại: Phường mất mạng cuối kỳ');
    expectCell(periodCell(el, pack, 'Biểu 01', '2018-H1'), 'late');
    await expect(el).to.be.accessible();
  });

  it("shows 'Đã gửi' for a ward that submitted, and sends fp-open on click and on Enter", async () => {
    const { pack, el } = await mount({ ward: BUOI });
    const b = periodCell(el, pack, 'Biểu 02', '2018-H1');
    expectCell(b, 'submitted', 'Đã gửi');
    setTimeout(() => b.click());
    const ev = await oneEvent(el, 'fp-open');
    expect(ev.detail).to.deep.equal({ formId: 'bieu-02', periodId: '2018-H1', ward: BUOI });
    expect(ev.composed).to.equal(true);
    expect(b.tagName).to.equal('BUTTON');
  });

  it('shows returned and accepted after reviews, once refreshed', async () => {
    const { pack, store, el } = await mount({ ward: BUOI });
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-02', ward: BUOI, period: '2018-H1' };
    await store.review({ key, revision: 1, decision: 'return', comment: 'Thiếu số liệu', reviewer: 'Quận' });
    await el.refresh();
    await el.updateComplete;
    expectCell(periodCell(el, pack, 'Biểu 02', '2018-H1'), 'returned', 'Bị trả lại', 'nhận xét: Thiếu số liệu');
    await store.submit({ key, data: { tre_em_hcdb: 4 }, cutOffDate: '2018-05-10', author: 'Nguyễn Lan' });
    await store.review({ key, revision: 2, decision: 'accept', comment: '', reviewer: 'Quận' });
    await el.refresh();
    await el.updateComplete;
    expect(periodCell(el, pack, 'Biểu 02', '2018-H1').textContent).to.contain('Đã chấp nhận');
    expect(periodCell(el, pack, 'Biểu 02', '2018-H1').textContent).not.to.contain('nhận xét');
  });

  it('counts 1/8 in district mode, lists late wards and opens a ward × form cell', async () => {
    const { el } = await mount({ period: '2018-H1' });
    await expect(el).to.be.accessible();
    const line = el.shadowRoot!.querySelector('.summary li[data-form="bieu-02"]')!.textContent!;
    expect(line).to.contain('đã nộp 1/8 phường');
    expect(line).to.contain('Phường Phú Thượng');
    expect(line).not.to.contain('Phường Bưởi');
    expect(el.shadowRoot!.querySelector('.summary li[data-form="bieu-03"]')!.textContent).to.contain('quá hạn: tất cả 8 phường.');
    expect(el.shadowRoot!.querySelector('tfoot td[data-form="bieu-02"]')!.textContent).to.equal('1/8');
    expect(el.shadowRoot!.querySelector('tfoot td[data-form="bieu-01"]')!.textContent).to.equal('0/8');
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(8);
    const forms = [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent);
    const col = forms.findIndex((t) => t?.includes('Biểu 02')) - 1;
    const b = cell(el, 'Phường Bưởi', col)!;
    expect(b.dataset.status).to.equal('submitted');
    setTimeout(() => b.click());
    const ev = await oneEvent(el, 'fp-open');
    expect(ev.detail).to.deep.equal({ formId: 'bieu-02', periodId: '2018-H1', ward: BUOI });
  });

  it('takes store, language and clock from <fp-provider> and the pack by id', async () => {
    const { store } = await setup();
    const clock = () => new Date(2018, 4, 16, 9);
    const wrap = await fixture(html`<fp-provider lang="en" .store=${store} .clock=${clock}>
      <fp-calendar pack="tay-ho-2018" period="2018-H1" form="bieu-02"></fp-calendar></fp-provider>`);
    const el = wrap.querySelector('fp-calendar')!;
    await ready(el);
    expect(el.effectiveToday).to.equal('2018-05-16');
    const line = el.shadowRoot!.querySelector('.summary li')!.textContent!;
    expect(line).to.contain('1/8 wards submitted');
    expect(el.shadowRoot!.querySelectorAll('.summary li').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('[data-status="late"]')!.textContent).to.contain('Late');
  });

  it('says so when the pack id is unknown', async () => {
    const store = new MemoryStore();
    const el = await fixture<FpCalendar>(html`<fp-calendar pack="khong-co" .store=${store} ward=${BUOI}></fp-calendar>`);
    for (let i = 0; i < 20 && !el.shadowRoot!.querySelector('[role="alert"]'); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Không tìm thấy bộ biểu mẫu "khong-co"');
  });
});
