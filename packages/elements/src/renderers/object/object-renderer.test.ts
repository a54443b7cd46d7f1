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

  it('renders the root object without fieldset chrome; a child group of simple leaves is a light group in its shadow root', async () => {
    const { el } = await mount('', { quy: { co_quy: 1 } });
    expect(el.shadowRoot!.querySelector(':scope > fieldset')).to.equal(null);
    expect(renderers(el, 'fp-object-renderer'), 'no element (and shadow root) of its own').to.deep.equal([]);
    const group = el.shadowRoot!.querySelector<HTMLFieldSetElement>('[part="body"] > fieldset[data-group="/quy"]')!;
    expect(group.querySelector('legend')!.textContent).to.include('Quỹ bảo trợ');
    expect(group.getAttribute('aria-describedby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent)).to.deep.include('Luật trẻ em Điều 95');
    expect(childPointers(el)).to.deep.equal(['/quy']);
    expect(pointers(el)).to.deep.equal(['/quy/co_quy', '/quy/so_tien', '/quy/so_tre']);
    // ids stay unique in the shared shadow root
    const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((x) => x.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(el.shadowRoot!.querySelector('fp-field')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a child group that holds more than simple leaves as its own element', async () => {
    const nested: SchemaNode = { ...GROUP, properties: { ...(GROUP.properties as Record<string, SchemaNode>), chi_tiet: { type: 'object', properties: { a: { type: 'integer' } } } } };
    const root: SchemaNode = { $id: `urn:formplan:test:object:${++n}`, type: 'object', properties: { quy: nested } };
    const model = new FormModel({ schema: root, validator: new AjvValidator(), value: { quy: { co_quy: 1 } } });
    const el = document.createElement('fp-object-renderer') as FpObjectRenderer;
    Object.assign(el, { model, schema: root, pointer: '', registry });
    await fixture(el);
    await settleTree(el);
    const inner = renderers(el, 'fp-object-renderer');
    expect(inner.map((r) => r.pointer)).to.deep.equal(['/quy']);
    expect(inner[0].parentElement).to.equal(el.shadowRoot!.querySelector('[part="body"]'));
    expect(inner[0].shadowRoot!.querySelector('fieldset[data-group="/quy/chi_tiet"] legend')!.textContent).to.include('chi_tiet');
  });

  it('a light group edits, validates and shows its own errors like a group element', async () => {
    const { el, model } = await mount('', { quy: { co_quy: 5 } });
    const events: CustomEvent[] = [];
    el.addEventListener('fp-change', (e) => events.push(e as CustomEvent));
    const soTre = lightInputs(el).find((i) => i.dataset.pointer === '/quy/so_tre')!;
    soTre.focus();
    await sendKeys({ type: '7' });
    await settleTree(el);
    expect(model.get('/quy/so_tre')).to.equal(7);
    expect(events.at(-1)!.detail.path).to.equal('/quy/so_tre');
    model.markSubmitted();
    await settleTree(el);
    const coQuy = lightInputs(el).find((i) => i.dataset.pointer === '/quy/co_quy')!;
    expect(coQuy.getAttribute('aria-invalid')).to.equal('true');
    const feedback = el.shadowRoot!.getElementById(coQuy.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(feedback.textContent).to.include(model.visibleErrorsAt('/quy/co_quy')[0].message.vi);
    model.set('/quy', 'không phải nhóm', { user: true });
    await settleTree(el);
    const group = el.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset[data-group="/quy"]')!;
    expect(group.getAttribute('aria-invalid')).to.equal('true');
    const groupFeedback = el.shadowRoot!.getElementById(group.getAttribute('aria-describedby')!.split(' ').at(-1)!)!;
    expect(groupFeedback.textContent).to.include(model.visibleErrorsAt('/quy')[0].message.vi);
    el.lang = 'en';
    await settleTree(el);
    expect(groupFeedback.textContent).to.include(model.visibleErrorsAt('/quy')[0].message.en!);
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
    const group = () => el.shadowRoot!.querySelector('fieldset[data-group="/quy"]');
    expect(group()).to.equal(null);
    model.set('/bat', 1, { user: true });
    await settleTree(el);
    expect(group()).to.not.equal(null);
    expect(pointers(el), 'so_tien shows only with co_quy == 1').to.deep.equal(['/bat', '/quy/co_quy', '/quy/so_tre']);
    model.set('/bat', 0, { user: true });
    await settleTree(el);
    expect(group()).to.equal(null);
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
