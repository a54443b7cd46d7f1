import { expect } from '@open-wc/testing';
import type { SchemaNode } from '@formplan/core';
import { mountControl } from '../../../../../test/suites/control-harness.js';
import { blurOut, runRendererSuite, typeInto } from '../../../../../test/suites/renderer.suite.js';
import { numberTester } from './number-renderer.component.js';
import './number-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };
const COUNT: SchemaNode = { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ em', en: 'Number of children' } };

runRendererSuite({
  tagName: 'fp-number-renderer',
  schema: COUNT,
  validValue: 12,
  invalidValue: -5,
  typed: '1.234',
  expectedValueAfterType: 1234,
});

const mount = (schema: SchemaNode, value?: Record<string, unknown>) => mountControl('fp-number-renderer', schema, value);

describe('<fp-number-renderer>', () => {
  it('is accessible', async () => {
    const { el } = await mount(COUNT, { f: 3 });
    await expect(el).to.be.accessible();
  });

  it('ranks 1 for integer and number', () => {
    expect(numberTester({ type: 'integer' }, ctx)).to.equal(1);
    expect(numberTester({ type: 'number' }, ctx)).to.equal(1);
    expect(numberTester({ type: 'string' }, ctx)).to.equal(-1);
  });

  it("reads '1.234' as one thousand two hundred thirty-four and shows it in vi-VN", async () => {
    const { el, model, input } = await mount(COUNT);
    await typeInto(el, '1.234');
    expect(model.get('/f')).to.equal(1234);
    await blurOut(el);
    expect(input.value).to.equal('1.234');
  });

  it("keeps 'abc' as typed and shows the error after blur", async () => {
    const { el, model, input, feedback } = await mount(COUNT);
    await typeInto(el, 'abc');
    expect(model.get('/f')).to.equal('abc');
    await blurOut(el);
    expect(input.value).to.equal('abc');
    expect(feedback()).to.not.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it("reports '-5' below the minimum in Vietnamese", async () => {
    const { el, model, feedback } = await mount(COUNT);
    await typeInto(el, '-5');
    await blurOut(el);
    expect(model.get('/f')).to.equal(-5);
    expect(feedback()).to.equal(model.visibleErrorsAt('/f')[0].message.vi);
    expect(feedback()).to.match(/không âm|lớn hơn hoặc bằng/);
    el.lang = 'en';
    await el.updateComplete;
    expect(feedback()).to.equal(model.visibleErrorsAt('/f')[0].message.en);
  });

  it("keeps '1e20' as typed and reports it", async () => {
    const { el, model, input, feedback } = await mount({ type: 'number' });
    await typeInto(el, '1e20');
    await blurOut(el);
    expect(model.get('/f')).to.equal('1e20');
    expect(input.value).to.equal('1e20');
    expect(feedback()).to.not.equal('');
  });

  it('clears to missing, not zero', async () => {
    const { el, model } = await mount(COUNT, { f: 7 });
    await typeInto(el, '');
    expect(model.get('/f')).to.equal(undefined);
  });

  it('renders markup in the label and in the value as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el, input } = await mount({ type: 'integer', 'x-fp-label': { vi: evil, en: evil } }, { f: evil });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.include(evil);
    expect(input.value).to.equal(evil);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
