import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchemaNode } from '@formplan/core';
import { mountControl, shadowRadios as radios } from '../../../../../test/suites/control-harness.js';
import { runRendererSuite, shadowInput } from '../../../../../test/suites/renderer.suite.js';
import type { RendererSuiteConfig } from '../../../../../test/suites/renderer.suite.js';
import { enumTester } from './enum-renderer.component.js';
import { enumOptions } from './enum-options.js';
import './enum-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };
const SEX: SchemaNode = {
  type: 'string',
  enum: ['NAM', 'NU'],
  'x-fp-category': { categorySet: 'gioi-tinh', items: [{ code: 'NAM', label: { vi: 'Nam', en: 'Male' } }, { code: 'NU', label: { vi: 'Nữ', en: 'Female' } }] },
  'x-fp-label': { vi: 'Giới tính', en: 'Sex' },
};
const LEVEL: SchemaNode = {
  type: 'integer',
  'x-fp-widget': 'radio',
  oneOf: [{ const: 1, title: 'Thấp' }, { const: 2, title: 'Trung bình' }, { const: 3, title: 'Cao' }],
  'x-fp-label': { vi: 'Mức độ', en: 'Level' },
};

/** The user chooses the option at `index` in the select. */
async function choose(el: HTMLElement, index: number): Promise<void> {
  const select = shadowInput<HTMLSelectElement>(el);
  select.focus();
  select.value = String(index);
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const variants: Omit<RendererSuiteConfig, 'tagName'>[] = [
  { name: 'select', schema: SEX, validValue: 'NAM', invalidValue: 'KHAC', type: (el) => choose(el, 1), expectedValueAfterType: 'NU' },
  { name: 'radios', schema: LEVEL, validValue: 1, invalidValue: 9, type: async (el) => radios(el)[2].click(), expectedValueAfterType: 3 },
];
for (const variant of variants) runRendererSuite({ tagName: 'fp-enum-renderer', ...variant });

const mount = (schema: SchemaNode, value?: Record<string, unknown>, required = false) =>
  mountControl('fp-enum-renderer', schema, value, { required });
const optionTexts = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());

describe('<fp-enum-renderer>', () => {
  it('is accessible as radios with a required mark', async () => {
    const { el } = await mount(LEVEL, { f: 2 }, true);
    await expect(el).to.be.accessible();
  });

  it('ranks 4 for enum and oneOf-const nodes', () => {
    expect(enumTester({ enum: ['a'] }, ctx)).to.equal(4);
    expect(enumTester({ type: 'integer', oneOf: [{ const: 1 }] }, ctx)).to.equal(4);
    expect(enumTester({ type: 'string' }, ctx)).to.equal(-1);
  });

  it('labels choices from category items, in vi then en, with an empty choice when not required', async () => {
    const { el } = await mount(SEX);
    expect(optionTexts(el)).to.deep.equal(['— Chọn —', 'Nam', 'Nữ']);
    el.lang = 'en';
    await el.updateComplete;
    expect(optionTexts(el)).to.deep.equal(['— Choose —', 'Male', 'Female']);
  });

  it('has no choosable empty option when required and a value is set', async () => {
    const { el } = await mount(SEX, { f: 'NU' }, true);
    expect(optionTexts(el)).to.deep.equal(['Nam', 'Nữ']);
    expect(shadowInput<HTMLSelectElement>(el).selectedOptions[0].textContent).to.equal('Nữ');
  });

  it('choosing the empty option makes the value missing', async () => {
    const { el, model } = await mount(SEX, { f: 'NAM' });
    const select = shadowInput<HTMLSelectElement>(el);
    select.value = '';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(model.get('/f')).to.equal(undefined);
  });

  it('keeps integer values integers and falls back to raw values for labels', async () => {
    const { el, model } = await mount({ type: 'integer', enum: [10, 20] });
    expect(optionTexts(el)).to.deep.equal(['— Chọn —', '10', '20']);
    await choose(el, 1);
    expect(model.get('/f')).to.equal(20);
  });

  it('follows programmatic changes without sending fp-change', async () => {
    const { el, model } = await mount(SEX);
    let heard = 0;
    el.addEventListener('fp-change', () => heard++);
    model.set('/f', 'NU');
    await el.updateComplete;
    expect(shadowInput<HTMLSelectElement>(el).selectedOptions[0].textContent).to.equal('Nữ');
    expect(heard).to.equal(0);
  });

  it('moves between radios with the arrow keys', async () => {
    const { el, model } = await mount(LEVEL, { f: 1 });
    radios(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(model.get('/f')).to.equal(2);
    expect(el.shadowRoot!.activeElement).to.equal(radios(el)[1]);
  });

  it('shows a value that is not a choice as such, and validation reports it', async () => {
    const { el, model } = await mount(SEX, { f: { x: 1 } });
    model.markSubmitted();
    await el.updateComplete;
    const select = shadowInput<HTMLSelectElement>(el);
    expect(select.selectedOptions[0].textContent).to.equal('{"x":1}');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
  });

  it('renders markup in choice labels as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el } = await mount({ type: 'string', oneOf: [{ const: 'a', title: evil }], 'x-fp-widget': 'radio' });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.option')!.textContent).to.include(evil);
  });

  it('enumOptions reads oneOf x-fp-label, const and caps the list', () => {
    expect(enumOptions({ oneOf: [{ const: true, 'x-fp-label': { vi: 'Đúng', en: 'True' } }] }, 'en')).to.deep.equal([{ value: true, label: 'True' }]);
    expect(enumOptions({ const: 'X' }, 'vi')).to.deep.equal([{ value: 'X', label: 'X' }]);
    expect(enumOptions({ enum: Array.from({ length: 5000 }, (_, i) => i) }, 'vi').length).to.equal(2000);
  });
});
