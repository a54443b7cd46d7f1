import { expect, fixture } from '@open-wc/testing';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import { runRendererSuite, shadowInput } from '../../../../../test/suites/renderer.suite.js';
import { computedTester, computedText } from './computed-renderer.component.js';
import './computed-renderer.js';
import type { FpComputedRenderer } from './computed-renderer.component.js';

const ctx = { rootSchema: {}, pointer: '/f' };
const OPERANDS: Record<string, SchemaNode> = { a: { type: 'integer' }, b: { type: 'integer' } };
const TOTAL: SchemaNode = { type: 'integer', maximum: 100, 'x-fp-computed': 'sum(a, b)', 'x-fp-label': { vi: 'Tổng số', en: 'Total' } };

runRendererSuite({
  tagName: 'fp-computed-renderer',
  schema: TOTAL,
  validValue: 3,
  editable: false,
  extraProperties: OPERANDS,
  extraValue: { a: 1, b: 2 },
  invalidData: { a: 900, b: 1234 },
});

let n = 0;
async function mount(schema: SchemaNode, value: Record<string, unknown> = {}) {
  const root = { $id: `urn:formplan:test:computed:${++n}`, type: 'object', properties: { ...OPERANDS, f: schema } };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value });
  const el = document.createElement('fp-computed-renderer') as FpComputedRenderer;
  Object.assign(el, { model, schema, pointer: '/f' });
  await fixture(el);
  const status = () => el.shadowRoot!.getElementById('status')!.textContent!.trim();
  return { el, model, input: shadowInput(el) as HTMLInputElement, status };
}

describe('<fp-computed-renderer>', () => {
  it('is accessible while incomplete', async () => {
    const { el } = await mount(TOTAL, { a: 1 });
    await expect(el).to.be.accessible();
  });

  it('ranks 5 for nodes with x-fp-computed, above the generic number renderer', () => {
    expect(computedTester({ type: 'integer', 'x-fp-computed': 'a' }, ctx)).to.equal(5);
    expect(computedTester({ type: 'integer' }, ctx)).to.equal(-1);
  });

  it('shows the computed value in vi-VN and follows its operands', async () => {
    const { el, model, input, status } = await mount(TOTAL, { a: 1200, b: 34 });
    expect(input.value).to.equal('1.234');
    expect(status()).to.equal('');
    model.set('/a', 5, { user: true });
    await el.updateComplete;
    expect(input.value).to.equal('39');
  });

  it('marks an incomplete value (chưa đủ số liệu / incomplete)', async () => {
    const { el, model, status } = await mount(TOTAL, { a: 4 });
    expect(model.computedState('/f')!.incomplete).to.equal(true);
    expect(status()).to.include('chưa đủ số liệu');
    el.lang = 'en';
    await el.updateComplete;
    expect(status()).to.include('incomplete');
    model.set('/b', 1);
    await el.updateComplete;
    expect(status()).to.equal('');
  });

  it('drops the marker when the value stays the same but becomes complete', async () => {
    const { el, model, input, status } = await mount(TOTAL, { a: 4 });
    expect(status()).to.include('chưa đủ số liệu');
    model.set('/b', 0, { user: true });
    await el.updateComplete;
    expect(input.value).to.equal('4');
    expect(status()).to.equal('');
  });

  it('is never user-editable', async () => {
    const { el, model, input } = await mount(TOTAL, { a: 1, b: 1 });
    expect(input.readOnly).to.equal(true);
    let heard = 0;
    el.addEventListener('fp-change', () => heard++);
    input.value = '99';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(model.get('/f')).to.equal(2);
    expect(heard).to.equal(0);
  });

  it('formats percents, booleans and leaves other shapes empty', () => {
    expect(computedText(12.5, 'vi', 'percent')).to.equal('12,5 %');
    expect(computedText(1234.5, 'vi')).to.equal('1.234,5');
    expect(computedText(true, 'vi')).to.equal('Có');
    expect(computedText(false, 'en')).to.equal('No');
    expect(computedText({ x: 1 }, 'vi')).to.equal('');
    expect(computedText(undefined, 'vi')).to.equal('');
  });
});
