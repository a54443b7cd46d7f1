import { expect } from '@open-wc/testing';
import type { SchemaNode } from '@formplan/core';
import { mountControl } from '../../../../../test/suites/control-harness.js';
import { runRendererSuite, shadowInput } from '../../../../../test/suites/renderer.suite.js';
import { dateTester, isoDateText } from './date-renderer.component.js';
import './date-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };

/** A user picks a date: the input's value changes and it fires `input` and `change`. */
async function pick(el: HTMLElement, iso: string): Promise<void> {
  const input = shadowInput<HTMLInputElement>(el);
  input.focus();
  input.value = iso;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

runRendererSuite({
  tagName: 'fp-date-renderer',
  schema: { type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày chốt số liệu', en: 'Cut-off date' } },
  validValue: '2018-06-30',
  invalidValue: '30/06/2018',
  type: (el) => pick(el, '2018-12-15'),
  expectedValueAfterType: '2018-12-15',
});

const mount = (schema: SchemaNode, value?: Record<string, unknown>) => mountControl('fp-date-renderer', schema, value);

describe('<fp-date-renderer>', () => {
  it('is accessible', async () => {
    const { el } = await mount({ type: 'string', format: 'date' }, { f: '2018-01-01' });
    await expect(el).to.be.accessible();
  });

  it('ranks 3 for format date and 10 for x-fp-widget date', () => {
    expect(dateTester({ type: 'string', format: 'date' }, ctx)).to.equal(3);
    expect(dateTester({ type: 'string', 'x-fp-widget': 'date' }, ctx)).to.equal(10);
    expect(dateTester({ type: 'string', format: 'email' }, ctx)).to.equal(-1);
    expect(dateTester({ type: 'string' }, ctx)).to.equal(-1);
  });

  it('is an <input type=date> showing the ISO value', async () => {
    const { input } = await mount({ type: 'string', format: 'date' }, { f: '2018-03-08' });
    expect(input.type).to.equal('date');
    expect(input.value).to.equal('2018-03-08');
  });

  it('stores the picked date as YYYY-MM-DD and clearing it makes the value missing', async () => {
    const { el, model } = await mount({ type: 'string', format: 'date' });
    await pick(el, '2018-11-20');
    expect(model.get('/f')).to.equal('2018-11-20');
    await pick(el, '');
    expect(model.get('/f')).to.equal(undefined);
  });

  it('shows a non-ISO value as empty and reports it after submit', async () => {
    const { el, model, input } = await mount({ type: 'string', format: 'date' }, { f: '2018-13-45x' });
    expect(input.value).to.equal('');
    expect(model.errorsAt('/f').length).to.be.greaterThan(0);
    model.markSubmitted();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('follows programmatic changes', async () => {
    const { el, model, input } = await mount({ type: 'string', format: 'date' });
    model.set('/f', '2019-01-02');
    await el.updateComplete;
    expect(input.value).to.equal('2019-01-02');
    model.reset({});
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('isoDateText accepts only YYYY-MM-DD strings', () => {
    expect(isoDateText('2018-01-31')).to.equal('2018-01-31');
    expect(isoDateText('31/01/2018')).to.equal('');
    expect(isoDateText(20180131)).to.equal('');
    expect(isoDateText({})).to.equal('');
  });
});
