import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource, Store } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import type { FpTaskChangeEvent } from '../../events/fp-task-change.js';
import './plan.js';
import type { FpPlan } from './plan.component.js';

async function make(pack: PackSource, view: 'document' | 'tracker', store: Store = new MemoryStore(),
  context?: Record<string, number | null>): Promise<FpPlan> {
  const el = await fixture<FpPlan>(html`<fp-plan .pack=${pack} .store=${store} .context=${context} view=${view}></fp-plan>`);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Answers reaching every indicator's maximum. */
function fullAnswers(pack: PackSource): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of pack.criteriaSets[0].criteria) {
    for (const i of c.indicators) {
      const s = i.scoring;
      out[i.code] = s.kind === 'boolean' ? true : s.kind === 'points' ? i.maxPoints : s.kind === 'count-max' ? 0
        : s.op === '>=' || s.op === '>' ? 100 : 0;
    }
  }
  return out;
}

describe('<fp-plan>', () => {
  let pack: PackSource;
  before(async () => {
    pack = await loadTayHo2018();
  });

  it('document view is accessible', async () => {
    const el = await make(pack, 'document');
    await expect(el).to.be.accessible();
  });

  it('document view reads like the signed 2018 plan', async () => {
    const el = await make(pack, 'document');
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.assignments > section[data-assignment]')).to.have.length(12);
    expect(root.querySelectorAll('[data-assignment]')).to.have.length(12);
    expect([...root.querySelectorAll('[data-assignment="11"] [data-sub-assignment]')].map((s) => s.getAttribute('data-sub-assignment')))
      .to.deep.equal(['11.1', '11.2', '11.3', '11.4']);
    expect([...root.querySelectorAll('.issuer-line')].map(text)).to.deep.equal(['ỦY BAN NHÂN DÂN', 'QUẬN TÂY HỒ']);
    expect(text(root.querySelector('[data-number]'))).to.equal('Số: 89/KH-UBND');
    expect(text(root.querySelector('.national-title'))).to.equal('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(root.querySelector('.national-motto'))).to.equal('Độc lập - Tự do - Hạnh phúc');
    expect(text(root.querySelector('[data-date]'))).to.equal('Tây Hồ, ngày 19 tháng 3 năm 2018');
    expect(text(root.querySelector('.doc-kind'))).to.equal('KẾ HOẠCH');
    expect(text(root.querySelector('.doc-title'))).to.equal('Thực hiện công tác trẻ em năm 2018');
    expect(text(root.querySelector('.preamble'))).to.match(/^Thực hiện Kế hoạch số 515\/KH-LĐTĐ/);
    expect([...root.querySelectorAll('h3')].map(text)).to.deep.equal(['I. MỤC ĐÍCH - YÊU CẦU', 'II. NỘI DUNG THỰC HIỆN', 'III. TỔ CHỨC THỰC HIỆN']);
    expect(root.querySelectorAll('ul.targets > li')).to.have.length(5);
    expect(root.querySelectorAll('ol.content-items > li')).to.have.length(9);
    expect(text(root.querySelector('[data-assignment="1"] > .assignment-heading'))).to.equal('1. Phòng Lao động Thương binh và Xã hội quận');
    expect(root.querySelectorAll('.recipients-list > li')).to.have.length(11);
    expect(text(root.querySelector('.recipients-list > li:last-child'))).to.equal('- Lưu: VT.');
    expect([...root.querySelectorAll('.sign-line')].map(text)).to.deep.equal(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(text(root.querySelector('[data-signer]'))).to.equal('Phạm Xuân Tài');
    const gaps = root.querySelectorAll('.gap');
    expect(gaps.length).to.be.greaterThan(3);
    expect(gaps[0].textContent).to.contain('[bản gốc bị thiếu chữ]');
    expect(root.querySelector('button, select, input')).to.equal(null);
    // sub-task bullets carry no doubled "+"
    expect(text(root.querySelector('[data-task="III_12_6_1"]'))).to.equal('Báo cáo 6 tháng trước ngày 15/5/2018.');
  });

  it('leaves number and date blank while the plan is not signed', async () => {
    const unsigned = { ...pack, manifest: { ...pack.manifest, document: { ...pack.manifest.document, number: null, date: null } } };
    const el = await make(unsigned, 'document');
    const root = el.shadowRoot!;
    expect(root.querySelector('[data-number]')!.textContent).to.match(/^Số: \u00a0+\/KH-UBND$/);
    expect(text(root.querySelector('[data-date]'))).to.equal('Tây Hồ, ngày … tháng … năm 2018');
  });

  it('tracker saves a task status and shows it after the element is re-created', async () => {
    const store = new MemoryStore();
    const el = await make(pack, 'tracker', store);
    await expect(el).to.be.accessible();
    expect(text(el.shadowRoot!.querySelector('[data-progress="1"]'))).to.equal('0/8 nhiệm vụ hoàn thành');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#status-III_1_1')!;
    select.value = 'done';
    const changed = oneEvent(el, 'fp-task-change');
    select.dispatchEvent(new Event('change'));
    const ev = (await changed) as FpTaskChangeEvent;
    expect(ev.detail).to.deep.equal({ taskCode: 'III_1_1', status: 'done', note: '' });
    const note = el.shadowRoot!.querySelector<HTMLInputElement>('#note-III_1_1')!;
    note.value = 'Đã trình UBND quận';
    const noted = oneEvent(el, 'fp-task-change');
    note.dispatchEvent(new Event('change'));
    await noted;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[data-progress="1"]'))).to.equal('1/8 nhiệm vụ hoàn thành');
    expect(el.shadowRoot!.querySelector<HTMLProgressElement>('[data-block="1"] progress')!.value).to.equal(1);
    el.remove();

    const again = await make(pack, 'tracker', store);
    expect(again.shadowRoot!.querySelector<HTMLSelectElement>('#status-III_1_1')!.value).to.equal('done');
    expect(again.shadowRoot!.querySelector<HTMLInputElement>('#note-III_1_1')!.value).to.equal('Đã trình UBND quận');
    expect(text(again.shadowRoot!.querySelector('[data-progress="1"]'))).to.equal('1/8 nhiệm vụ hoàn thành');
    expect(again.shadowRoot!.querySelector('[data-block="11.2"]')).to.not.equal(null);
  });

  it('tracker shows a bound target as n/8 from stored assessments, and missing figures as no data', async () => {
    const store = new MemoryStore();
    const base = { packId: pack.manifest.id, packVersion: pack.manifest.version, criteriaSetId: 'qd-34-2014', year: 2018, evidence: {} };
    for (const ward of ['P00091', 'P00094', 'P00097']) await store.saveAssessment({ ...base, ward, answers: fullAnswers(pack) }, 0);
    await store.saveAssessment({ ...base, ward: 'P00100', answers: { ...fullAnswers(pack), TC02_1: 0, TC03_1: 50, TC04_1: 3 } }, 0);
    const el = await make(pack, 'tracker', store);
    const row = el.shadowRoot!.querySelector('tr[data-target="T2"]')!;
    expect(text(row.querySelector('.live'))).to.equal('Phường đạt chuẩn phù hợp với trẻ em: 3/8 (38%) (chưa đủ số liệu)');
    expect(text(row.querySelector('.binding'))).to.equal('≥ 100 %');
    expect(text(row.querySelector('.state'))).to.equal('Chưa đạt');
    const t5 = el.shadowRoot!.querySelector('tr[data-target="T5"]')!;
    expect(text(t5.querySelector('.live'))).to.equal('chưa có số liệu');
    expect(text(t5.querySelector('.state'))).to.equal('Chưa có số liệu');
    expect(t5.getAttribute('data-ok')).to.equal('unknown');
    expect(text(el.shadowRoot!.querySelector('tr[data-target="T4"] .state'))).to.equal('Không đo tự động');

    const given = await make(pack, 'tracker', new MemoryStore(), { wards_recognised: 8, wards_total: 8 });
    const r2 = given.shadowRoot!.querySelector('tr[data-target="T2"]')!;
    expect(text(r2.querySelector('.live'))).to.equal('Phường đạt chuẩn phù hợp với trẻ em: 8/8 (100%)');
    expect(text(r2.querySelector('.state'))).to.equal('Đạt');
  });
});
