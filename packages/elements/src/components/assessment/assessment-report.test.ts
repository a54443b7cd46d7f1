/**
 * The self-assessment is a report too (issue 10): submit with a confirm step, read-only once
 * sent, "Sửa và gửi lại", a return shows the district's comment, accepted is final; out-of-range
 * answers are errors at the field and refuse the submission; the district's verdict persists and
 * goes stale when the ward changes the answer.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { MemoryStore, assessmentReportKey } from '@formplan/core';
import type { PackSource, SubmissionKey } from '@formplan/core';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import type { FpAssessment } from './assessment.component.js';
import { $, WARD, fullAnswers, input, make, text, type } from './test-helpers.js';

function button(el: FpAssessment, action: string): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
}

async function click(el: FpAssessment, action: string): Promise<void> {
  const b = button(el, action);
  if (!b) throw new Error(`no ${action} button`);
  b.click();
  await el.updateComplete;
}

async function submitAs(el: FpAssessment, name: string): Promise<void> {
  if (button(el, 'submit')) await click(el, 'submit');
  const who = $(el, '#preparer') as HTMLInputElement;
  who.value = name;
  who.dispatchEvent(new Event('input'));
  await el.updateComplete;
  const sent = oneEvent(el, 'fp-submit');
  await click(el, 'confirm');
  await sent;
  await el.updateComplete;
}

describe('<fp-assessment> as a report', () => {
  let pack: PackSource;
  let key: SubmissionKey;
  before(async () => {
    pack = await loadTayHo2018();
    const k = assessmentReportKey(pack, pack.criteriaSets[0].id, WARD, 2018);
    if (!k) throw new Error('no report key');
    key = k;
  });

  it('out of range is an error at the field (not full marks) and refuses the submission', async () => {
    const store = new MemoryStore();
    await store.saveAssessment(input(pack, fullAnswers(pack.criteriaSets[0])), 0);
    const el = await make(pack, store);
    await type(el, 'TC07_2', '99');
    const field = $(el, '#TC07_2-answer');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el, '#TC07_2-error')).to.contain('Điểm 99 nằm ngoài khoảng 0–35');
    expect(field.getAttribute('aria-describedby')).to.contain('TC07_2-error');
    expect(text(el, '[data-points="TC07_2"]')).to.equal('Điểm: 0/35');
    expect(text(el, '.total')).to.equal('Tổng điểm: 965/1.000');
    await click(el, 'submit');
    expect(el.shadowRoot!.querySelector('#preparer')).to.equal(null);
    const alert = $(el, '.report-notice');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('còn 1 câu trả lời không hợp lệ').and.contain('TC07_2');
    expect(await store.listSubmissions({ ward: WARD })).to.deep.equal([]);
  });

  it('submits after the confirm step as the generated form\'s report; read-only until "Sửa và gửi lại"', async () => {
    const store = new MemoryStore();
    await store.saveAssessment(input(pack, fullAnswers(pack.criteriaSets[0])), 0);
    const el = await make(pack, store);
    expect(text(el, '[data-report-status="none"]')).to.contain('Hạn gửi: 15/11/2018');
    await click(el, 'submit');
    await expect(el).to.be.accessible();
    await click(el, 'confirm');
    expect(text(el, '.report-notice')).to.contain('người lập biểu');
    await submitAs(el, 'Nguyễn Thị B');
    const [sub] = await store.listSubmissions({ ward: WARD });
    expect(sub).to.include({ formId: 'tu-danh-gia', period: '2018-CFW', revision: 1, author: 'Nguyễn Thị B' });
    expect(text(el, '[data-report-status="submitted"]')).to.contain('Đã gửi lần 1');
    expect(text(el, '.report-notice')).to.contain('Đã gửi bản tự đánh giá cho quận (lần 1)');
    expect(($(el, '#TC02_1-answer') as HTMLInputElement).readOnly).to.equal(true);
    expect(button(el, 'submit')).to.equal(null);
    await click(el, 'edit-again');
    expect(($(el, '#TC02_1-answer') as HTMLInputElement).readOnly).to.equal(false);
    await type(el, 'TC07_2', '30');
    expect(text(el, '.unsent')).to.contain('Có thay đổi chưa gửi');
    await el.save();
    const again = await make(pack, store);
    expect(($(again, '#TC07_2-answer') as HTMLInputElement).readOnly, 'unsent changes stay editable after reload').to.equal(false);
    await submitAs(again, 'Nguyễn Thị B');
    expect((await store.latestSubmission(key))?.revision).to.equal(2);
  });

  it('a return shows the district\'s comment and reopens editing; accepted is final', async () => {
    const store = new MemoryStore();
    await store.saveAssessment(input(pack, fullAnswers(pack.criteriaSets[0])), 0);
    const r1 = await store.submit({ key, data: {}, cutOffDate: '2018-11-10', author: 'x' });
    await store.review({ key, revision: r1.revision, decision: 'return', comment: 'Thiếu minh chứng TC01_1', reviewer: 'Quận' });
    const el = await make(pack, store);
    expect(text(el, '[data-report-status="returned"]')).to.contain('Quận đã trả lại bản gửi lần 1').and.contain('Thiếu minh chứng TC01_1');
    expect(($(el, '#TC02_1-answer') as HTMLInputElement).readOnly).to.equal(false);
    expect(button(el, 'submit')).to.not.equal(null);
    await store.review({ key, revision: r1.revision, decision: 'accept', comment: '', reviewer: 'Quận' });
    const district = await make(pack, store, 'verify');
    expect(text(district, '[data-report-status="accepted"]')).to.equal('Bản tự đánh giá phường đã gửi: Đã chấp nhận (lần gửi 1).');
    const done = await make(pack, store);
    expect(text(done, '[data-report-status="accepted"]')).to.contain('đã chốt');
    expect(($(done, '#TC02_1-answer') as HTMLInputElement).readOnly).to.equal(true);
    expect(button(done, 'submit')).to.equal(null);
    expect(button(done, 'edit-again')).to.equal(null);
    await expect(done).to.be.accessible();
  });

  it('the verdict persists across reload, and a changed answer marks the verification stale for both sides', async () => {
    const store = new MemoryStore();
    await store.saveAssessment(input(pack, fullAnswers(pack.criteriaSets[0])), 0);
    const district = await make(pack, store, 'verify');
    ($(district, 'input[name="TC07_2-verify"][data-verify="reject"]') as HTMLInputElement).click();
    await district.updateComplete;
    const pts = $(district, '#TC07_2-verified-points') as HTMLInputElement;
    pts.value = '5';
    pts.dispatchEvent(new Event('input'));
    await district.updateComplete;
    await district.save();
    const reloaded = await make(pack, store, 'verify');
    expect(($(reloaded, 'input[name="TC07_2-verify"][data-verify="reject"]') as HTMLInputElement).checked).to.equal(true);
    expect(text(reloaded, '[data-points="TC07_2"]')).to.equal('Điểm: 5/35');

    const ward = await make(pack, store);
    expect(text(ward, '[data-points="TC07_2"]')).to.equal('Điểm: 5/35');
    await type(ward, 'TC07_2', '20');
    expect(text(ward, '[data-stale="TC07_2"]')).to.equal('Đã thay đổi sau khi quận xác minh: quận cần xác minh lại chỉ tiêu này');
    expect(text(ward, '[data-points="TC07_2"]')).to.equal('Điểm: 20/35');
    await ward.save();
    const review = await make(pack, store, 'verify');
    expect(text(review, '[data-stale="TC07_2"]')).to.contain('Đã thay đổi sau khi quận xác minh');
    expect(review.shadowRoot!.querySelector('[data-reason="stale-verification"]')).to.not.equal(null);
  });
});
