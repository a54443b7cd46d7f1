// <fp-form> follows the report lifecycle (core's reportPolicy): a locked period is read-only with
// the reason, a sent report is read-only until "Sửa và gửi lại", a returned one is editable with
// the district's comment, an accepted one is final unless reopened, a period outside the plan
// does not open, and a submission is confirmed in the page first.
import { expect, fixture, html } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { DraftKey, Store } from '@formplan/core';
import '../../packages/elements/src/components/form/form.js';
import '../../packages/elements/src/components/provider/provider.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { deepText, inputAt, testPack, testRegistry, typeInto, until } from './form-fixtures.js';

const KEY: DraftKey = { packId: 'thu-2018', packVersion: '1.0.0', formId: 'bieu-thu', ward: 'W1', period: '2018-H1' };
const DATA = { so_tre_em: 7, thong_tin: { ngay_chot_so_lieu: '2018-06-30', nguoi_lap: 'Lê Thị Hoa' } };
/** The test pack's H1 is due 15/06/2018 with 15 grace days: open on 10/06, locked from 01/07. */
const OPEN_DAY = '2018-06-10T03:00:00Z';
const LOCKED_DAY = '2018-08-01T03:00:00Z';

/** A store holding the pack, its clock moving one second per read from `start`. */
async function storeAt(start: string): Promise<MemoryStore> {
  let t = Date.parse(start);
  const store = new MemoryStore({ now: () => new Date((t += 1000)) });
  const pack = testPack();
  await store.putPack({ id: pack.manifest.id, version: pack.manifest.version, source: pack });
  return store;
}

async function mount(store: Store, day: string, period = '2018-H1'): Promise<FpForm> {
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([testPack()])}
    .registry=${testRegistry()} .clock=${() => new Date(day)}>
    <fp-form pack="thu-2018" form="bieu-thu" ward="W1" period=${period}></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await form.loadComplete;
  await form.updateComplete;
  return form;
}

const part = (form: FpForm, name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const submitOnce = (store: Store) => store.submit({ key: KEY, data: DATA, cutOffDate: '2018-06-30', author: 'Hoa' });

describe('<fp-form> report lifecycle', () => {
  it('a locked period is read-only with the reason, Vietnamese first; nothing is saved or sent', async () => {
    const store = await storeAt(LOCKED_DAY);
    const form = await mount(store, LOCKED_DAY);
    expect(form.isReadOnly).to.equal(true);
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(true);
    expect(part(form, 'submit')).to.equal(null);
    expect(part(form, 'lifecycle')!.textContent).to.contain('Kỳ báo cáo đã khóa: hạn nộp 15/06/2018');
    expect(part(form, 'status')!.textContent).to.contain('Chỉ xem (kỳ đã khóa)');
    expect(await form.submit()).to.equal(undefined);
    expect(await store.getSubmissions(KEY)).to.deep.equal([]);
    await expect(form).to.be.accessible();
    form.lang = 'en';
    await form.updateComplete;
    expect(part(form, 'lifecycle')!.textContent).to.contain('The reporting period is locked');
  });

  it('confirms in the page before sending ("Gửi báo cáo lần 1?", Gửi / Hủy), then says what happened', async () => {
    const store = await storeAt(OPEN_DAY);
    const form = await mount(store, OPEN_DAY);
    typeInto(form, '/so_tre_em', '7');
    typeInto(form, '/thong_tin/ngay_chot_so_lieu', '2018-06-30');
    typeInto(form, '/thong_tin/nguoi_lap', 'Lê Thị Hoa');
    part(form, 'submit')!.click();
    await until(() => !!part(form, 'confirm'));
    const confirm = part(form, 'confirm')!;
    expect(confirm.getAttribute('role')).to.equal('alertdialog');
    expect(confirm.textContent).to.contain('Gửi báo cáo lần 1?');
    expect(form.shadowRoot!.activeElement).to.equal(part(form, 'confirm-send'));
    await expect(form).to.be.accessible();
    part(form, 'confirm-cancel')!.click();
    await until(() => !part(form, 'confirm'));
    expect(await store.getSubmissions(KEY)).to.deep.equal([]);
    part(form, 'submit')!.click();
    await until(() => !!part(form, 'confirm-send'));
    part(form, 'confirm-send')!.click();
    await until(() => deepText(form.shadowRoot!).includes('Đã gửi báo cáo (lần 1) lúc'));
    expect(deepText(form.shadowRoot!)).to.match(/Đã gửi báo cáo \(lần 1\) lúc \d\d:\d\d \d\d\/06\/2018\./);
    expect((await store.getSubmissions(KEY)).map((s) => s.revision)).to.deep.equal([1]);
  });

  it('a sent report is read-only until "Sửa và gửi lại": then a revision marked not yet sent, kept on reload', async () => {
    const store = await storeAt(OPEN_DAY);
    await submitOnce(store);
    let form = await mount(store, OPEN_DAY);
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(true);
    expect(inputAt(form, '/so_tre_em').value).to.equal('7');
    expect(part(form, 'submit')).to.equal(null);
    expect(part(form, 'lifecycle')!.textContent).to.contain('Đã gửi báo cáo lần 1 lúc').and.contain('đang chờ quận xem xét');
    part(form, 'revise')!.click();
    await until(() => part(form, 'lifecycle')?.dataset.state === 'revision-draft');
    expect(part(form, 'lifecycle')!.textContent).to.contain('Bản sửa chưa gửi');
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(false);
    typeInto(form, '/so_tre_em', '9');
    await form.flush();
    form = await mount(store, OPEN_DAY);
    expect(part(form, 'lifecycle')!.dataset.state).to.equal('revision-draft');
    expect(inputAt(form, '/so_tre_em').value).to.equal('9');
    expect((await form.submit())!.revision).to.equal(2);
    await form.updateComplete;
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(true);
  });

  it('a returned report is editable and shows the district\'s comment', async () => {
    const store = await storeAt(LOCKED_DAY);
    let t = Date.parse(OPEN_DAY);
    const early = new MemoryStore({ now: () => new Date((t += 1000)) });
    const rec = await submitOnce(early);
    await store.importSubmission(rec);
    await store.review({ key: KEY, revision: 1, decision: 'return', comment: 'Kiểm tra lại số trẻ em.', reviewer: 'Quận' });
    const form = await mount(store, LOCKED_DAY);
    expect(part(form, 'lifecycle')!.textContent).to.contain('Quận đã trả lại lần gửi 1: Kiểm tra lại số trẻ em.');
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(false);
    expect(part(form, 'submit')).to.not.equal(null);
  });

  it('an open form shows a return that reaches the store meanwhile (e.g. by sync) on refresh(), keeping what was typed', async () => {
    let t = Date.parse(OPEN_DAY);
    const store = await storeAt(OPEN_DAY);
    const early = new MemoryStore({ now: () => new Date((t += 1000)) });
    await store.importSubmission(await submitOnce(early));
    const form = await mount(store, OPEN_DAY);
    expect(form.isReadOnly, 'sent: read-only until revised').to.equal(true);
    expect(part(form, 'submit')).to.equal(null);
    await store.review({ key: KEY, revision: 1, decision: 'return', comment: 'Thiếu số trẻ em.', reviewer: 'Quận' });
    expect(form.isReadOnly, 'nothing read yet').to.equal(true);
    await form.refresh();
    expect(part(form, 'lifecycle')!.textContent).to.contain('Quận đã trả lại lần gửi 1: Thiếu số trẻ em.');
    expect(form.isReadOnly).to.equal(false);
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(false);
    expect(inputAt(form, '/so_tre_em').value).to.equal('7');
    typeInto(form, '/so_tre_em', '8');
    await form.flush();
    expect(((await store.getDraft(KEY))!.data as { so_tre_em: number }).so_tre_em, 'editing saves again').to.equal(8);
    await expect(form).to.be.accessible();
  });

  it('an accepted report is final (no submit, no revise, core refuses) until the district reopens it', async () => {
    const store = await storeAt(OPEN_DAY);
    await submitOnce(store);
    await store.review({ key: KEY, revision: 1, decision: 'accept', comment: '', reviewer: 'Quận' });
    let form = await mount(store, OPEN_DAY);
    expect(part(form, 'submit')).to.equal(null);
    expect(part(form, 'revise')).to.equal(null);
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(true);
    expect(part(form, 'lifecycle')!.textContent).to.contain('Quận đã chấp nhận báo cáo (lần gửi 1)');
    expect(await form.submit()).to.equal(undefined);
    const refused = await submitOnce(store).then(() => 'sent', (e: { code?: string }) => e.code);
    expect(refused).to.equal('accepted-final');
    await store.reopen({ key: KEY, reason: 'Bổ sung số liệu trẻ khuyết tật', by: 'Quận' });
    form = await mount(store, OPEN_DAY);
    expect(part(form, 'lifecycle')!.textContent).to.contain('Quận đã mở lại báo cáo này cho phường: Bổ sung số liệu trẻ khuyết tật');
    expect(inputAt(form, '/so_tre_em').readOnly).to.equal(false);
    expect((await form.submit())!.revision).to.equal(2);
  });

  it('a period that is not in the plan does not open', async () => {
    const store = await storeAt(OPEN_DAY);
    const form = await mount(store, OPEN_DAY, '2019-H1');
    await until(() => !!part(form, 'notice'));
    expect(part(form, 'notice')!.textContent).to.contain('Kỳ báo cáo này không có trong lịch báo cáo của biểu mẫu');
    expect(form.formModel).to.equal(undefined);
    expect(form.shadowRoot!.querySelector('fp-field')).to.equal(null);
  });
});
