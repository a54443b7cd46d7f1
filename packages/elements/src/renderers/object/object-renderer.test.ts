import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { childPointers, deepElements, lightInputs, settleTree } from '../../../../../test/suites/control-harness.js';
import { nestingRegistry } from '../../../../../test/suites/nesting-registry.js';
import { objectTester } from './object-renderer.component.js';
import type { FpObjectRenderer } from './object-renderer.component.js';
import './object-renderer.js';

const registry = nestingRegistry();

const GROUP: SchemaNode = {
  type: 'object',
  'x-fp-label': { vi: 'Quỹ bảo trợ', en: 'Fund' },
  'x-fp-help': { vi: 'Luật trẻ em Điều 95', en: 'Law on Children, Art. 95' },
  'x-fp-order': ['co_quy', 'so_tien', 'so_tre'],
  required: ['co_quy'],
  properties: {
    so_tre: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ được hỗ trợ', en: 'Children supported' } },
    co_quy: { type: 'integer', minimum: 0, maximum: 1, 'x-fp-label': { vi: 'Có quỹ (1 = có)', en: 'Has a fund (1 = yes)' } },
    so_tien: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số tiền', en: 'Amount' }, 'x-fp-visible-if': 'co_quy == 1' },
  },
};

let n = 0;
async function mount(pointer: '' | '/quy', value: Record<string, unknown> = {}, opts: { readonly?: boolean } = {}) {
  const root: SchemaNode = { $id: `urn:formplan:test:object:${++n}`, type: 'object', 'x-fp-order': ['quy'], properties: { quy: GROUP } };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value });
  const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
  Object.assign(el, { model, schema: pointer === '' ? root : GROUP, pointer, registry, readonly: !!opts.readonly });
  await fixture(el);
  await settleTree(el);
  return { el, model };
}

const renderers = (el: Element, tag: string) => deepElements(el).filter((x) => x.localName === tag) as (HTMLElement & { pointer: string; required: boolean; readonly: boolean })[];
const pointers = (el: Element) => lightInputs(el).map((i) => i.dataset.pointer);

describe('<fp-object-renderer>', () => {
  it('is accessible', async () => {
    const { el } = await mount('/quy', { quy: { co_quy: 1 } });
    await expect(el).to.be.accessible();
  });

  it('renders a fieldset named by its legend, with help, and one field per property in x-fp-order order', async () => {
    const { el } = await mount('/quy', { quy: { co_quy: 1 } });
    const fs = el.shadowRoot!.querySelector('fieldset')!;
    expect(fs.querySelector('legend')!.textContent).to.include('Quỹ bảo trợ');
    expect(fs.getAttribute('aria-describedby')).to.include('help');
    expect(el.shadowRoot!.getElementById('help')!.textContent).to.equal('Luật trẻ em Điều 95');
    expect(childPointers(el)).to.deep.equal(['/quy/co_quy', '/quy/so_tien', '/quy/so_tre']);
    expect(pointers(el), 'simple leaves are light cells in the group').to.deep.equal(['/quy/co_quy', '/quy/so_tien', '/quy/so_tre']);
    expect(renderers(el, 'fp-number-renderer')).to.deep.equal([]);
  });

  it('passes required from the required array', async () => {
    const { el } = await mount('/quy', { quy: {} });
    const [coQuy, soTre] = lightInputs(el);
    expect(coQuy.getAttribute('aria-required')).to.equal('true');
    expect(soTre.getAttribute('aria-required')).to.equal('false');
    expect(coQuy.labels![0].textContent).to.include('*');
    expect(soTre.labels![0].textContent).to.not.include('*');
  });

  it('renders the root object without fieldset chrome', async () => {
    const { el } = await mount('', { quy: { co_quy: 1 } });
    expect(el.shadowRoot!.querySelector(':scope > fieldset')).to.equal(null);
    const inner = renderers(el, 'fp-object-renderer');
    expect(inner.map((r) => r.pointer)).to.deep.equal(['/quy']);
    expect(inner[0].shadowRoot!.querySelector('fieldset legend')!.textContent).to.include('Quỹ bảo trợ');
    // a child group is its renderer element itself, not wrapped in <fp-field>
    expect(el.shadowRoot!.querySelector('fp-field')).to.equal(null);
    expect(inner[0].parentElement).to.equal(el.shadowRoot!.querySelector('[part="body"]'));
    await expect(el).to.be.accessible();
  });

  it('does not render a child hidden by x-fp-visible-if, and shows it again when the condition holds', async () => {
    const { el, model } = await mount('/quy', { quy: { co_quy: 0 } });
    expect(pointers(el)).to.deep.equal(['/quy/co_quy', '/quy/so_tre']);
    const coQuy = lightInputs(el)[0];
    coQuy.focus();
    coQuy.select();
    await sendKeys({ type: '1' });
    await settleTree(el);
    expect(model.get('/quy/co_quy')).to.equal(1);
    expect(childPointers(el)).to.deep.equal(['/quy/co_quy', '/quy/so_tien', '/quy/so_tre']);
    expect(pointers(el), 'simple leaves are light cells in the group').to.deep.equal(['/quy/co_quy', '/quy/so_tien', '/quy/so_tre']);
    expect(renderers(el, 'fp-number-renderer')).to.deep.equal([]);
  });

  it('hides its own fieldset when the object itself is hidden', async () => {
    const root: SchemaNode = {
      $id: `urn:formplan:test:object:${++n}`, type: 'object',
      properties: { bat: { type: 'integer' }, quy: { ...GROUP, 'x-fp-visible-if': 'bat == 1' } },
    };
    const model = new FormModel({ schema: root, validator: new AjvValidator(), value: { bat: 0 } });
    const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
    Object.assign(el, { model, schema: root, pointer: '', registry });
    await fixture(el);
    await settleTree(el);
    expect(renderers(el, 'fp-object-renderer').length).to.equal(0);
    model.set('/bat', 1, { user: true });
    await settleTree(el);
    const group = renderers(el, 'fp-object-renderer')[0];
    expect(group.hidden).to.equal(false);
    model.set('/bat', 0, { user: true });
    await settleTree(el);
    expect(renderers(el, 'fp-object-renderer').every((g) => g.hidden || !g.isConnected)).to.equal(true);
  });

  it('edits flow to the model through the children and fp-change bubbles out', async () => {
    const { el, model } = await mount('/quy', { quy: { co_quy: 1 } });
    const events: CustomEvent[] = [];
    el.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
    const soTre = lightInputs(el)[2];
    soTre.focus();
    await sendKeys({ type: '1.234' });
    await settleTree(el);
    expect(model.get('/quy/so_tre')).to.equal(1234);
    expect(events.at(-1)!.detail.path).to.equal('/quy/so_tre');
  });

  it('passes readonly down: inputs are read-only and typing changes nothing', async () => {
    const { el, model } = await mount('/quy', { quy: { co_quy: 1, so_tre: 3 } }, { readonly: true });
    const nums = lightInputs(el);
    expect(nums.length).to.equal(3);
    expect(nums.every((i) => i.readOnly)).to.equal(true);
    nums[2].focus();
    await sendKeys({ type: '9' });
    expect(model.get('/quy/so_tre')).to.equal(3);
  });

  it('shows errors about the object itself with aria-invalid and the feedback region, in vi then en', async () => {
    const { el, model } = await mount('/quy', { quy: 'không phải nhóm' });
    model.markSubmitted();
    await settleTree(el);
    const fs = el.shadowRoot!.querySelector('fieldset')!;
    expect(fs.getAttribute('aria-invalid')).to.equal('true');
    const fb = el.shadowRoot!.getElementById('feedback')!;
    expect(fs.getAttribute('aria-describedby')).to.include('feedback');
    expect(fb.getAttribute('aria-live')).to.equal('polite');
    expect(fb.textContent).to.include(model.visibleErrorsAt('/quy')[0].message.vi);
    el.lang = 'en';
    await settleTree(el);
    expect(fb.textContent).to.include(model.visibleErrorsAt('/quy')[0].message.en!);
    expect(fs.querySelector('legend')!.textContent).to.include('Fund');
  });

  it('ranks 1 for objects and leaves other nodes alone', () => {
    const ctx = { rootSchema: {}, pointer: '' };
    expect(objectTester({ type: 'object', properties: {} }, ctx)).to.equal(1);
    expect(objectTester({ type: 'array' }, ctx)).to.equal(-1);
  });
});
