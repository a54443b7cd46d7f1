import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel, NOT_APPLICABLE } from '@formplan/core';
import type { RankedTester, SchemaNode } from '@formplan/core';
import { childPointers, deepElements, lightInputs, settleTree } from '../../../../../test/suites/control-harness.js';
import { accessibleName } from '../../../../../test/suites/renderer.suite.js';
import { defaultRegistry } from '../default-registry.js';
import '../number/number-renderer.js';
import '../text/text-renderer.js';
import '../textarea/textarea-renderer.js';
import '../date/date-renderer.js';
import '../enum/enum-renderer.js';
import '../boolean/boolean-renderer.js';
import '../computed/computed-renderer.js';
import type { FpObjectRenderer } from './object-renderer.component.js';
import './object-renderer.js';

/** A custom renderer an embedder registers for the field `/g/diem` (an integer, which would otherwise be a light cell). */
class TestStars extends HTMLElement {
  pointer = '';
}
if (!customElements.get('test-stars')) customElements.define('test-stars', TestStars);

const GROUP: SchemaNode = {
  type: 'object',
  'x-fp-label': { vi: 'Thông tin', en: 'Details' },
  required: ['so_tre', 'ngay'],
  'x-fp-order': ['so_tre', 'ten', 'ghi_chu', 'ngay', 'diem', 'co', 'loai'],
  properties: {
    so_tre: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ', en: 'Children' }, 'x-fp-help': { vi: 'Tính cả trẻ tạm trú', en: 'Count visiting children' } },
    ten: { type: 'string', maxLength: 20, 'x-fp-label': { vi: 'Tên', en: 'Name' } },
    ghi_chu: { type: 'string', 'x-fp-widget': 'textarea', 'x-fp-label': { vi: 'Ghi chú', en: 'Notes' } },
    ngay: { type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày', en: 'Date' } },
    diem: { type: 'integer', 'x-fp-label': { vi: 'Điểm', en: 'Score' } },
    co: { type: 'boolean', 'x-fp-label': { vi: 'Có', en: 'Yes' } },
    loai: { enum: ['a', 'b'], 'x-fp-label': { vi: 'Loại', en: 'Kind' } },
  },
};

const starsTester: RankedTester = (_node, ctx) => (ctx.pointer === '/g/diem' ? 20 : NOT_APPLICABLE);

let n = 0;
async function mount(value: Record<string, unknown> = {}) {
  const root: SchemaNode = { $id: `urn:formplan:test:light:${++n}`, type: 'object', properties: { g: GROUP } };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value: { g: value } });
  const registry = defaultRegistry().with({ tester: starsTester, tagName: 'test-stars' });
  const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
  Object.assign(el, { model, schema: GROUP, pointer: '/g', registry });
  await fixture(el);
  await settleTree(el);
  return { el, model, root: el.shadowRoot! };
}

const at = (root: ShadowRoot, pointer: string) => root.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[data-pointer="${pointer}"]`)!;

describe('<fp-object-renderer> light cells', () => {
  it('paints number, text, textarea and date leaves in the group; a custom renderer, a choice and a yes/no keep their elements', async () => {
    const { el } = await mount();
    expect(childPointers(el)).to.deep.equal(['/g/so_tre', '/g/ten', '/g/ghi_chu', '/g/ngay', '/g/diem', '/g/co', '/g/loai']);
    expect(lightInputs(el).map((i) => i.dataset.pointer)).to.deep.equal(['/g/so_tre', '/g/ten', '/g/ngay']);
    expect(el.shadowRoot!.querySelector('.leaf textarea')!.getAttribute('data-pointer')).to.equal('/g/ghi_chu');
    const tags = deepElements(el).map((x) => x.localName);
    expect(tags).to.include('test-stars');
    expect((deepElements(el).find((x) => x.localName === 'test-stars') as TestStars).pointer).to.equal('/g/diem');
    expect(tags).to.include('fp-boolean-renderer');
    expect(tags).to.include('fp-enum-renderer');
    expect(tags).to.not.include('fp-number-renderer');
    expect(tags).to.not.include('fp-text-renderer');
  });

  it('names each input by its own label (unique ids in the shared shadow root), with the required mark', async () => {
    const { root } = await mount();
    const ids = [...root.querySelectorAll('[id]')].map((x) => x.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(accessibleName(at(root, '/g/so_tre'))).to.include('Số trẻ');
    expect(accessibleName(at(root, '/g/so_tre'))).to.include('bắt buộc');
    expect(accessibleName(at(root, '/g/ten'))).to.equal('Tên');
    expect(accessibleName(at(root, '/g/ghi_chu'))).to.equal('Ghi chú');
    expect(at(root, '/g/ngay').getAttribute('aria-required')).to.equal('true');
    expect(at(root, '/g/ten').getAttribute('aria-required')).to.equal('false');
    expect(at(root, '/g/ten').getAttribute('maxlength')).to.equal('20');
  });

  it('describes an input by its help, its date hint and its errors, and marks it invalid', async () => {
    const { el, model, root } = await mount({ so_tre: -1, ngay: '31/02/2018' });
    const described = (input: HTMLElement) => input.getAttribute('aria-describedby')!.split(' ').map((id) => root.getElementById(id)!.textContent!.trim());
    expect(described(at(root, '/g/so_tre'))[0]).to.equal('Tính cả trẻ tạm trú');
    expect(described(at(root, '/g/ngay'))[0]).to.include('dd/mm/yyyy');
    expect(at(root, '/g/so_tre').getAttribute('aria-invalid')).to.equal('false');
    model.markSubmitted();
    await settleTree(el);
    const soTre = at(root, '/g/so_tre');
    expect(soTre.getAttribute('aria-invalid')).to.equal('true');
    const message = model.visibleErrorsAt('/g/so_tre')[0].message.vi;
    expect(described(soTre).join(' ')).to.include(message);
    expect(at(root, '/g/ngay').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('edits reach the model with fp-change; blur writes numbers and dates the Vietnamese way', async () => {
    const { el, model, root } = await mount();
    const events: CustomEvent[] = [];
    el.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
    at(root, '/g/so_tre').focus();
    await sendKeys({ type: '1234' });
    expect(model.get('/g/so_tre')).to.equal(1234);
    expect(events.at(-1)!.detail).to.deep.equal({ path: '/g/so_tre', value: 1234, isTriggeredByUser: true });
    await sendKeys({ press: 'Tab' });
    await settleTree(el);
    expect(at(root, '/g/so_tre').value).to.equal('1.234');
    at(root, '/g/ngay').focus();
    await sendKeys({ type: '1/2/2018' });
    expect(model.get('/g/ngay')).to.equal('2018-02-01');
    at(root, '/g/ngay').blur();
    await settleTree(el);
    expect(at(root, '/g/ngay').value).to.equal('01/02/2018');
    model.set('/g/ten', 'Lan');
    await settleTree(el);
    expect(at(root, '/g/ten').value).to.equal('Lan');
  });

  it('read-only groups and read-only leaves do not change the model', async () => {
    const { el, model, root } = await mount({ so_tre: 3 });
    el.readonly = true;
    await settleTree(el);
    expect(at(root, '/g/so_tre').readOnly).to.equal(true);
    at(root, '/g/so_tre').focus();
    await sendKeys({ type: '9' });
    expect(model.get('/g/so_tre')).to.equal(3);
  });

  it('a computed value is a read-only light cell that follows its operands and says when it is incomplete', async () => {
    const schema: SchemaNode = {
      $id: `urn:formplan:test:light:${++n}`,
      type: 'object',
      properties: { a: { type: 'integer' }, b: { type: 'integer' }, f: { type: 'integer', 'x-fp-computed': 'sum(a, b)', 'x-fp-label': { vi: 'Tổng số', en: 'Total' } } },
    };
    const model = new FormModel({ schema, validator: new AjvValidator(), value: { a: 1200 } });
    const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
    Object.assign(el, { model, schema, pointer: '', registry: defaultRegistry() });
    await fixture(el);
    await settleTree(el);
    const root = el.shadowRoot!;
    const total = at(root, '/f');
    expect(deepElements(el).map((x) => x.localName)).to.not.include('fp-computed-renderer');
    expect(total.readOnly).to.equal(true);
    expect(accessibleName(total)).to.equal('Tổng số');
    const status = () => root.getElementById(total.getAttribute('aria-describedby')!.split(' ')[0])!.textContent!.trim();
    expect(status()).to.include('chưa đủ số liệu');
    model.set('/b', 34, { user: true });
    await settleTree(el);
    expect(total.value).to.equal('1.234');
    expect(status()).to.equal('');
    await expect(el).to.be.accessible();
  });
});
