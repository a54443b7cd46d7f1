import { expect } from '@open-wc/testing';
import type { SchemaNode } from '@formplan/core';
import { mountControl } from '../../../../../test/suites/control-harness.js';
import { blurOut, runRendererSuite, typeInto } from '../../../../../test/suites/renderer.suite.js';
import { dateFromText, dateTester, isoDateText } from './date-renderer.component.js';
import './date-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };

/** A user types a date with real key presses, then leaves the field. */
async function write(el: HTMLElement & { updateComplete: Promise<unknown> }, text: string): Promise<void> {
  await typeInto(el, text);
  await blurOut(el);
}

runRendererSuite({
  tagName: 'fp-date-renderer',
  schema: { type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày chốt số liệu', en: 'Cut-off date' } },
  validValue: '2018-06-30',
  invalidValue: '30/06/2018',
  typed: '15/12/2018',
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

  it('is a numeric text input showing the ISO value as dd/mm/yyyy, whatever the browser locale', async () => {
    const { input, el } = await mount({ type: 'string', format: 'date' }, { f: '2018-03-08' });
    expect(input.type).to.equal('text');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.placeholder).to.equal('dd/mm/yyyy');
    expect(input.value).to.equal('08/03/2018');
    const hint = el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]);
    expect(hint?.textContent).to.include('dd/mm/yyyy');
  });

  it('stores a typed dd/mm/yyyy date as YYYY-MM-DD, shows it padded, and clearing it makes the value missing', async () => {
    const { el, model, input } = await mount({ type: 'string', format: 'date' });
    await write(el, '20/11/2018');
    expect(model.get('/f')).to.equal('2018-11-20');
    await write(el, '8/3/2018');
    expect(model.get('/f')).to.equal('2018-03-08');
    expect(input.value).to.equal('08/03/2018');
    await write(el, '');
    expect(model.get('/f')).to.equal(undefined);
  });

  it('accepts d-m-yyyy and d.m.yyyy; keeps an impossible date as typed and reports it in Vietnamese', async () => {
    expect(dateFromText('1-2-2018')).to.equal('2018-02-01');
    expect(dateFromText('01.02.2018')).to.equal('2018-02-01');
    expect(dateFromText('2018-02-01')).to.equal('2018-02-01');
    expect(dateFromText('  ')).to.equal(undefined);
    const { el, model, input } = await mount({ type: 'string', format: 'date' });
    await write(el, '31/02/2018');
    expect(model.get('/f')).to.equal('31/02/2018');
    expect(input.value).to.equal('31/02/2018');
    model.markSubmitted();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById('feedback')!.textContent).to.include('Phải là ngày hợp lệ (dd/mm/yyyy)');
  });

  it('shows a stored non-date text as it is and reports it after submit', async () => {
    const { el, model, input } = await mount({ type: 'string', format: 'date' }, { f: '2018-13-45x' });
    expect(input.value).to.equal('2018-13-45x');
    expect(model.errorsAt('/f').length).to.be.greaterThan(0);
    model.markSubmitted();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('follows programmatic changes', async () => {
    const { el, model, input } = await mount({ type: 'string', format: 'date' });
    model.set('/f', '2019-01-02');
    await el.updateComplete;
    expect(input.value).to.equal('02/01/2019');
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
