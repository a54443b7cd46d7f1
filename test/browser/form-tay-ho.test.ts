// <fp-form> over the real Tây Hồ 2018 pack (Biểu 02, its big matrix) with the built-in renderers
// (no registry given: the form's default), autosave, summary labels and focus, language.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { MemoryStore } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import '../../packages/elements/src/define.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import type { FpProvider } from '../../packages/elements/src/components/provider/provider.component.js';
import { StaticPackRegistry } from '../../packages/elements/src/services/pack-registry.js';
import { loadTayHo2018 } from '../fixtures/tay-ho-2018.js';
import { deepActive } from '../suites/control-harness.js';
import { inputAt, typeInto, until, untilInput } from './form-fixtures.js';

const CELL = '/so_lieu/HCDB_01/duoi_6__nam';
let pack: PackSource;

async function mount(): Promise<{ provider: FpProvider; form: FpForm; store: MemoryStore }> {
  pack ??= await loadTayHo2018();
  const store = new MemoryStore();
  const provider = await fixture<FpProvider>(html`<fp-provider .store=${store} .packs=${new StaticPackRegistry([pack])} .clock=${() => new Date('2018-05-10T03:00:00Z')}>
    <fp-form pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
  </fp-provider>`);
  const form = provider.querySelector('fp-form')!;
  await untilInput(form, CELL);
  return { provider, form, store };
}

describe('<fp-form> on the real Tây Hồ 2018 Biểu 02', () => {
  it('is accessible', async function () {
    this.timeout(180000); // axe over the whole matrix on a shared 2-core machine
    const { form } = await mount();
    await expect(form).to.be.accessible();
  });

  it('shows the official header, saves a typed cell and names errors by their label path', async function () {
    this.timeout(60000);
    const { form, store } = await mount();
    const root = form.shadowRoot!;
    expect(root.querySelector('[part="title"]')!.textContent).to.equal('Biểu 02: Trẻ em có hoàn cảnh đặc biệt');
    expect(root.querySelector('[part="meta"]')!.textContent).to.contain('Phường Phú Thượng');
    expect(root.querySelector('[part="letterhead"]')!.textContent).to.contain('UBND QUẬN TÂY HỒ').and.contain('UBND PHƯỜNG PHÚ THƯỢNG');

    const saved = oneEvent(form, 'fp-saved');
    typeInto(form, CELL, '3');
    expect((await saved).detail.revision).to.equal(1);
    const key = { packId: 'tay-ho-2018', packVersion: pack.manifest.version, formId: 'bieu-02', ward: 'P00091', period: '2018-H1' };
    expect(((await store.getDraft(key))!.data as { so_lieu: Record<string, Record<string, number>> }).so_lieu.HCDB_01.duoi_6__nam).to.equal(3);
    expect(form.formModel!.get('/so_lieu/HCDB_01/tong_so')).to.equal(3);

    const invalid = oneEvent(form, 'fp-invalid');
    void form.submit();
    const errors = (await invalid).detail.errors as { pointer: string }[];
    expect(errors.map((e) => e.pointer)).to.include('/thong_tin');
    await form.updateComplete;
    // the missing header is named by its empty fields, not by the group
    expect(root.querySelector('.summary-link[data-target="/thong_tin"]')).to.equal(null);
    const cutOff = root.querySelector<HTMLButtonElement>('.summary-link[data-target="/thong_tin/ngay_chot_so_lieu"]')!;
    expect(cutOff.textContent).to.contain('Ngày chốt số liệu').and.contain('bắt buộc');
    expect(root.querySelector('.summary-link[data-target="/thong_tin/nguoi_lap"]')!.textContent).to.contain('Người lập biểu');
    cutOff.click();
    expect(deepActive()).to.equal(inputAt(form, '/thong_tin/ngay_chot_so_lieu'));
    typeInto(form, '/thong_tin/ngay_chot_so_lieu', '30/06/2018');
    expect(form.validate().map((e) => e.pointer)).to.include('/thong_tin/nguoi_lap');
    await form.updateComplete;
    expect(root.querySelector('[part="meta"]')!.textContent).to.contain('30/06/2018');
    const link = root.querySelector<HTMLButtonElement>('.summary-link[data-target="/thong_tin/nguoi_lap"]')!;
    expect(link.textContent).to.contain('Thông tin biểu › Người lập biểu');
    link.click();
    expect(deepActive()).to.equal(inputAt(form, '/thong_tin/nguoi_lap'));
  });

  it('has a print button that prints the page, hidden with the status in print', async function () {
    this.timeout(60000);
    const { form } = await mount();
    const button = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="print"]')!;
    expect(button.textContent).to.equal('In biểu mẫu');
    const print = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      button.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    const rules = [...form.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]).map((r) => r.cssText).join('\n');
    expect(rules).to.match(/@media print[^]*\[part~="print-actions"\]/);
    expect(rules).to.match(/@media print[^]*\[part~="status"\]/);
  });

  it('switches the header and the fields to English live', async function () {
    this.timeout(60000);
    const { provider, form } = await mount();
    provider.lang = 'en';
    await until(() => form.shadowRoot!.querySelector('[part="title"]')!.textContent === 'Form 02: Children in special circumstances');
    const period = pack.calendar.periods.find((p) => p.id === '2018-H1')!;
    expect(form.shadowRoot!.querySelector('[part="meta"]')!.textContent).to.contain(period.label.en!);
    expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent).to.equal('Submit report');
  });
});
