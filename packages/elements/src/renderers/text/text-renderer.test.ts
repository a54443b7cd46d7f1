import { expect } from '@open-wc/testing';
import type { SchemaNode } from '@formplan/core';
import { mountControl } from '../../../../../test/suites/control-harness.js';
import { runRendererSuite, typeInto } from '../../../../../test/suites/renderer.suite.js';
import { textTester } from './text-renderer.component.js';
import './text-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };

runRendererSuite({
  tagName: 'fp-text-renderer',
  schema: { type: 'string', maxLength: 10, 'x-fp-label': { vi: 'Họ và tên', en: 'Full name' } },
  validValue: 'Nguyễn An',
  invalidValue: 'Một tên quá dài để hợp lệ',
  typed: 'Bình',
});

const mount = (schema: SchemaNode, value?: Record<string, unknown>) => mountControl('fp-text-renderer', schema, value);

describe('<fp-text-renderer>', () => {
  it('is accessible with help text and a required mark', async () => {
    const { el } = await mount({ type: 'string', 'x-fp-help': { vi: 'Ghi đầy đủ', en: 'In full' } });
    el.required = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('ranks 1 for strings and does not apply to numbers', () => {
    expect(textTester({ type: 'string' }, ctx)).to.equal(1);
    expect(textTester({ type: ['string', 'null'] }, ctx)).to.equal(1);
    expect(textTester({ type: 'integer' }, ctx)).to.equal(-1);
  });

  it('takes maxLength from the schema', async () => {
    const { input } = await mount({ type: 'string', maxLength: 7 });
    expect(input.maxLength).to.equal(7);
  });

  it('stores typed text as NFC', async () => {
    const { el, model, input } = await mount({ type: 'string' });
    const nfd = 'Hà Nội'.normalize('NFD');
    input.value = nfd;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    expect(model.get('/f')).to.equal('Hà Nội'.normalize('NFC'));
    expect(model.get('/f')).to.not.equal(nfd);
  });

  it('clears to missing (not an empty string) when the text is deleted', async () => {
    const { el, model } = await mount({ type: 'string' }, { f: 'x' });
    await typeInto(el, '');
    expect(model.get('/f')).to.equal(undefined);
    expect('f' in (model.value as object)).to.equal(false);
  });

  it('shows a programmatic change in the input', async () => {
    const { el, model, input } = await mount({ type: 'string' });
    model.set('/f', 'Tây Hồ');
    await el.updateComplete;
    expect(input.value).to.equal('Tây Hồ');
  });

  it('renders an object value as an empty field and reports a type error after submit', async () => {
    const { el, model, input } = await mount({ type: 'string' }, { f: { a: 1 } });
    expect(input.value).to.equal('');
    model.markSubmitted();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('feedback')!.textContent).to.not.equal('');
  });

  it('renders markup in labels and values as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el, input } = await mount({ type: 'string', 'x-fp-label': { vi: evil } }, { f: evil });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.include(evil);
    expect(input.value).to.equal(evil);
  });
});
