import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { CriteriaSet, PackSource } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import type { FpAssessment } from './assessment.component.js';
import { $, WARD, fullAnswers, input, make, text, type } from './test-helpers.js';
import type { FpAssessmentChangeEvent } from '../../events/fp-assessment-change.js';

describe('<fp-assessment>', () => {
  let pack: PackSource;
  before(async () => {
    pack = await loadTayHo2018();
  });

  it('is accessible (labels, fieldsets, live region)', async () => {
    const el = await make(pack, new MemoryStore());
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelectorAll('fieldset.criterion')).to.have.length(15);
    expect($(el, '.summary').getAttribute('aria-live')).to.equal('polite');
    expect(text(el, 'fieldset[data-criterion="TC02"] > legend')).to.contain('TC02').and.contain('tối đa 50 điểm');
  });

  it('scores answers live and sends fp-assessment-change', async () => {
    const el = await make(pack, new MemoryStore());
    const changed = oneEvent(el, 'fp-assessment-change');
    await type(el, 'TC02_1', '99,5');
    const ev = (await changed) as FpAssessmentChangeEvent;
    expect(ev.detail.indicator).to.equal('TC02_1');
    expect(ev.detail.score.criteria.find((c) => c.code === 'TC02')!.points).to.equal(50);
    expect(text(el, '[data-points="TC02_1"]')).to.equal('Điểm: 50/50');
    expect(text(el, '[data-criterion-points="TC02"]')).to.equal('Tiêu chí TC02: 50/50 điểm');
    expect(text(el, '.total')).to.equal('Tổng điểm: 50/1.000');
    await type(el, 'TC02_1', '97');
    expect(text(el, '[data-points="TC02_1"]')).to.equal('Điểm: 0/50');
    await type(el, 'TC02_1', '120');
    expect($(el, '#TC02_1-answer').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#TC02_1-error')).to.contain('0 đến 100');
    ($(el, 'input[name="TC01_1-answer"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(el, '[data-points="TC01_1"]')).to.equal('Điểm: 25/25');
  });

  it('recognises a city ward at 850 points and not at 849', async () => {
    const store = new MemoryStore();
    const cs = pack.criteriaSets[0];
    await store.saveAssessment(input(pack, { ...fullAnswers(cs), TC02_1: 50, TC03_1: 5, TC15_1: 0 }), 0);
    const el = await make(pack, store);
    expect(text(el, '.total')).to.equal('Tổng điểm: 850/1.000');
    expect(text(el, '.threshold')).to.contain('850 điểm');
    expect(text(el, '.verdict')).to.equal('Đạt tiêu chuẩn phường phù hợp với trẻ em');
    expect($(el, '.summary').dataset.recognised).to.equal('true');
    await type(el, 'TC15_2', '24');
    expect(text(el, '.total')).to.equal('Tổng điểm: 849/1.000');
    expect($(el, '.summary').dataset.recognised).to.equal('false');
    expect(text(el, '[data-reason="below-threshold"]')).to.equal('Tổng điểm 849 thấp hơn ngưỡng 850');
  });

  it('gives the zero-criterion reason when the set says noZeroCriterion', async () => {
    const prov = { status: 'proposed' as const };
    const small: CriteriaSet = {
      id: 'small', title: { vi: 'Bộ nhỏ' }, legalBasis: 'thử', maxPoints: 100, provenance: prov,
      criteria: ['A', 'B'].map((c) => ({
        code: c, title: { vi: `Tiêu chí ${c}` }, maxPoints: 50, provenance: prov,
        indicators: [{ code: `${c}_1`, title: { vi: `Chỉ tiêu ${c}` }, maxPoints: 50, scoring: { kind: 'boolean' as const }, provenance: prov }],
      })),
      recognition: {
        thresholds: [{ localityClass: 'city-ward', label: { vi: 'Phường' }, minTotal: 50, provenance: prov }],
        allCriteriaMet: false, noZeroCriterion: true,
      },
    };
    const el = await make({ ...pack, criteriaSets: [small] }, new MemoryStore());
    ($(el, 'input[name="A_1-answer"]') as HTMLInputElement).click();
    const radios = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="B_1-answer"]');
    radios[1].click();
    await el.updateComplete;
    expect(text(el, '.total')).to.equal('Tổng điểm: 50/100');
    expect(text(el, '[data-reason="zero-criterion"]')).to.equal('Tiêu chí B đạt 0 điểm');
    expect($(el, '.summary').dataset.recognised).to.equal('false');
    radios[0].click();
    await el.updateComplete;
    expect($(el, '.summary').dataset.recognised).to.equal('true');
  });

  it('prefills from the latest submitted report the indicator binds, shows its source, and lets the ward edit it', async () => {
    const store = new MemoryStore();
    const key = { packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-06', ward: WARD };
    await store.submit({ key: { ...key, period: '2018-Q1' }, data: { khai_sinh: { ty_le_dung_han: 90 } }, cutOffDate: '2018-03-10', author: 'a' });
    await store.submit({ key: { ...key, period: '2018-Y' }, data: { khai_sinh: { ty_le_dung_han: 99 } }, cutOffDate: '2018-11-01', author: 'a' });
    await store.submit({ key: { ...key, ward: 'P00094', period: '2018-Y' }, data: { khai_sinh: { ty_le_dung_han: 10 } }, cutOffDate: '2018-11-01', author: 'b' });
    const el = await make(pack, store);
    expect(($(el, '#TC02_1-answer') as HTMLInputElement).value).to.equal('99');
    expect(text(el, '#TC02_1-source')).to.equal('Lấy từ Biểu 06, kỳ Năm: 99');
    expect(text(el, '[data-points="TC02_1"]')).to.equal('Điểm: 50/50');
    expect($(el, '#TC02_1-answer').getAttribute('aria-describedby')).to.contain('TC02_1-source');
    await type(el, 'TC02_1', '97');
    expect(text(el, '#TC02_1-source')).to.contain('Đã sửa; số liệu báo cáo: 99');
    expect(text(el, '[data-points="TC02_1"]')).to.equal('Điểm: 0/50');
    await el.save();
    const rec = await store.getAssessment({ packId: key.packId, packVersion: key.packVersion, criteriaSetId: 'qd-34-2014', ward: WARD, year: 2018 });
    expect(rec?.answers.TC02_1).to.equal(97);
  });

  it('verify mode: answers are read-only, decisions and granted points change the score and are stored', async () => {
    const store = new MemoryStore();
    const cs = pack.criteriaSets[0];
    await store.saveAssessment(input(pack, fullAnswers(cs)), 0);
    const el = await make(pack, store, 'verify');
    expect(($(el, '#TC02_1-answer') as HTMLInputElement).readOnly).to.equal(true);
    expect(($(el, 'input[name="TC01_1-answer"]') as HTMLInputElement).disabled).to.equal(true);
    expect(text(el, '.total')).to.equal('Tổng điểm: 1.000/1.000');
    ($(el, 'input[name="TC02_1-verify"][data-verify="reject"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(el, '[data-points="TC02_1"]')).to.equal('Điểm: 0/50');
    const pts = $(el, '#TC15_1-verified-points') as HTMLInputElement;
    pts.value = '10';
    pts.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(el, '[data-points="TC15_1"]')).to.equal('Điểm: 10/25');
    ($(el, 'input[name="TC01_1-verify"][data-verify="accept"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(text(el, '.total')).to.equal('Tổng điểm: 935/1.000');
    await el.save();
    const rec = (await store.listAssessments({ ward: WARD }))[0];
    expect(rec.verification?.indicators).to.deep.equal({
      TC01_1: { accepted: true, answer: true }, TC02_1: { accepted: false, answer: 100 }, TC15_1: { accepted: true, points: 10, answer: 25 },
    });
    expect(rec.answers.TC02_1).to.equal(100);

    const again = await make(pack, store, 'verify');
    expect(($(again, 'input[name="TC02_1-verify"][data-verify="reject"]') as HTMLInputElement).checked).to.equal(true);
    expect(($(again, 'input[name="TC01_1-verify"][data-verify="accept"]') as HTMLInputElement).checked).to.equal(true);
    expect(($(again, '#TC15_1-verified-points') as HTMLInputElement).value).to.equal('10');
    expect(text(again, '.total')).to.equal('Tổng điểm: 935/1.000');
  });

  it('saves by itself after the debounce delay and reports the revision', async () => {
    const store = new MemoryStore();
    const el = await fixture<FpAssessment>(html`<fp-assessment .pack=${pack} .store=${store} ward=${WARD} save-delay="30"></fp-assessment>`);
    await el.loadComplete;
    await el.updateComplete;
    const saved = oneEvent(el, 'fp-saved');
    await type(el, 'TC07_2', '20');
    const ev = (await saved) as CustomEvent<{ revision: number }>;
    expect(ev.detail.revision).to.equal(1);
    const rec = (await store.listAssessments({ ward: WARD }))[0];
    expect(rec.answers.TC07_2).to.equal(20);
    expect(text(el, '.save-state')).to.equal('Đã lưu');
  });

  it('shows a conflict instead of overwriting another writer, and keeps mine only when asked', async () => {
    const store = new MemoryStore();
    const el = await make(pack, store);
    await type(el, 'TC02_1', '99');
    await el.save();
    expect(el.revision).to.equal(1);
    await store.saveAssessment(input(pack, { TC02_1: 50 }), 1);
    await type(el, 'TC02_1', '98');
    await el.save();
    const alert = $(el, '.conflict');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('phiên bản 2');
    let rec = (await store.listAssessments({ ward: WARD }))[0];
    expect(rec.revision).to.equal(2);
    expect(rec.answers.TC02_1).to.equal(50);
    const [, keep] = alert.querySelectorAll('button');
    keep.click();
    await el.save();
    rec = (await store.listAssessments({ ward: WARD }))[0];
    expect(rec.revision).to.equal(3);
    expect(rec.answers.TC02_1).to.equal(98);
    expect(el.shadowRoot!.querySelector('.conflict')).to.equal(null);
  });

  it('saves at once when the page is left (pagehide), like <fp-form>', async () => {
    const store = new MemoryStore();
    const el = await make(pack, store);
    await type(el, 'TC07_2', '12');
    const saved = oneEvent(el, 'fp-saved');
    window.dispatchEvent(new Event('pagehide'));
    expect(((await saved) as CustomEvent<{ revision: number }>).detail.revision).to.equal(1);
    expect((await store.listAssessments({ ward: WARD }))[0].answers.TC07_2).to.equal(12);
  });

  it('says why a save failed in the interface language', async () => {
    const store = new MemoryStore();
    store.saveAssessment = () => Promise.reject(new Error('disk on fire'));
    const el = await make(pack, store);
    await type(el, 'TC07_2', '12');
    await el.save();
    await el.updateComplete;
    const line = $(el, '.save-state');
    expect(line.getAttribute('role')).to.equal('alert');
    expect(line.textContent).to.contain('disk on fire');
  });
});
