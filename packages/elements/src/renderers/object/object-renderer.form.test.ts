import { expect, fixture } from '@open-wc/testing';
import { AjvValidator, FormModel, resolveForm } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import { childPointers, deepElements, settleTree } from '../../../../../test/suites/control-harness.js';
import { loadTayHo2018 } from '../../../../../test/fixtures/tay-ho-2018.js';
import { defaultRegistry } from '../default-registry.js';
import '../number/number-renderer.js';
import '../text/text-renderer.js';
import '../textarea/textarea-renderer.js';
import '../date/date-renderer.js';
import '../enum/enum-renderer.js';
import '../boolean/boolean-renderer.js';
import '../computed/computed-renderer.js';
import '../array/array-renderer.js';
import '../matrix/matrix-renderer.js';
import type { FpObjectRenderer } from './object-renderer.component.js';
import './object-renderer.js';

let pack: PackSource;

async function mountForm(formId: string) {
  const { schema } = resolveForm(pack, formId)!;
  const model = new FormModel({ schema, validator: new AjvValidator() });
  const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
  Object.assign(el, { model, schema, pointer: '', registry: defaultRegistry() });
  await fixture(el);
  await settleTree(el, 4);
  return { el, model };
}

const rendered = (el: Element) =>
  Object.fromEntries(deepElements(el).filter((x) => x.localName.endsWith('-renderer')).map((x) => [(x as HTMLElement & { pointer: string }).pointer, x.localName]));

describe('<fp-object-renderer> as the root of real Tây Hồ 2018 forms (default registry)', () => {
  before(async () => {
    pack = await loadTayHo2018();
  });

  it('is accessible (Biểu 08)', async function () {
    this.timeout(120000);
    const { el } = await mountForm('bieu-08');
    await expect(el).to.be.accessible();
  });

  it('Biểu 02: groups and matrices get their renderer, computed fields a light cell, in x-fp-order order', async () => {
    const { el } = await mountForm('bieu-02');
    const r = rendered(el);
    expect(r['/thong_tin'], 'a group of simple leaves is a light group, not an element').to.equal(undefined);
    const info = el.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset[data-group="/thong_tin"]')!;
    expect(info.querySelector('legend')!.textContent).to.include('Thông tin');
    expect([...info.querySelectorAll<HTMLElement>('[data-pointer]')].map((i) => i.dataset.pointer)).to.deep.equal(
      ['/thong_tin/ngay_chot_so_lieu', '/thong_tin/nguoi_lap', '/thong_tin/lanh_dao_ky']);
    expect(r['/so_lieu']).to.equal('fp-matrix-renderer');
    expect(r['/hinh_thuc_tro_giup']).to.equal('fp-matrix-renderer');
    expect(r['/ty_le_duoc_tro_giup'], 'a computed value is a light cell of its group').to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[data-pointer="/ty_le_duoc_tro_giup"]')!.closest('.leaf')).to.not.equal(null);
    expect(r['/so_lieu/HCDB_01'], 'matrix rows are table rows, not nested groups').to.equal(undefined);
    const top = childPointers(el);
    expect(top).to.deep.equal(['/thong_tin', '/so_lieu', '/tre_em_hcdb', '/tre_em_hcdb_duoc_tro_giup', '/ty_le_duoc_tro_giup', '/hinh_thuc_tro_giup']);
    expect(deepElements(el).some((x) => x.localName === 'fp-unsupported')).to.equal(false);
  });
});
