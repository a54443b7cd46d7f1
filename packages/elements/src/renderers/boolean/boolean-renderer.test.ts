import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SchemaNode } from '@formplan/core';
import { mountControl, shadowRadios as radios } from '../../../../../test/suites/control-harness.js';
import { runRendererSuite, shadowInput } from '../../../../../test/suites/renderer.suite.js';
import type { RendererSuiteConfig } from '../../../../../test/suites/renderer.suite.js';
import { booleanTester } from './boolean-renderer.component.js';
import './boolean-renderer.js';

const ctx = { rootSchema: {}, pointer: '/f' };
const HAS_PLAN: SchemaNode = { type: 'boolean', 'x-fp-label': { vi: 'Đã có kế hoạch', en: 'Has a plan' } };
const YES_NO: SchemaNode = { ...HAS_PLAN, 'x-fp-widget': 'radio' };

const variants: Omit<RendererSuiteConfig, 'tagName'>[] = [
  { name: 'checkbox', schema: HAS_PLAN, validValue: false, invalidValue: 'có', type: async (el) => shadowInput(el).click(), expectedValueAfterType: true },
  { name: 'radios', schema: YES_NO, validValue: true, invalidValue: 1, type: async (el) => radios(el)[1].click(), expectedValueAfterType: false },
];
for (const variant of variants) runRendererSuite({ tagName: 'fp-boolean-renderer', ...variant });

const mount = (schema: SchemaNode, value?: Record<string, unknown>) => mountControl('fp-boolean-renderer', schema, value);

describe('<fp-boolean-renderer>', () => {
  it('is accessible with Có/Không radios', async () => {
    const { el } = await mount(YES_NO, { f: false });
    await expect(el).to.be.accessible();
  });

  it('ranks 1 for booleans', () => {
    expect(booleanTester({ type: 'boolean' }, ctx)).to.equal(1);
    expect(booleanTester({ type: 'string' }, ctx)).to.equal(-1);
  });

  it('leaves a missing value missing until the user answers', async () => {
    const { el, model } = await mount(HAS_PLAN);
    const box = shadowInput<HTMLInputElement>(el);
    expect(box.checked).to.equal(false);
    expect(model.get('/f')).to.equal(undefined);
    box.click();
    await el.updateComplete;
    expect(model.get('/f')).to.equal(true);
    box.click();
    await el.updateComplete;
    expect(model.get('/f')).to.equal(false);
  });

  it('shows Có and Không in vi, Yes and No in en, with nothing checked while missing', async () => {
    const { el } = await mount(YES_NO);
    const texts = () => [...el.shadowRoot!.querySelectorAll('.option')].map((o) => o.textContent!.trim());
    expect(texts()).to.deep.equal(['Có', 'Không']);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    el.lang = 'en';
    await el.updateComplete;
    expect(texts()).to.deep.equal(['Yes', 'No']);
  });

  it('toggles the checkbox with the space key', async () => {
    const { el, model } = await mount(HAS_PLAN);
    shadowInput(el).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(model.get('/f')).to.equal(true);
  });

  it('follows programmatic changes', async () => {
    const { el, model } = await mount(YES_NO, { f: true });
    expect(radios(el)[0].checked).to.equal(true);
    model.set('/f', false);
    await el.updateComplete;
    expect(radios(el)[1].checked).to.equal(true);
    model.reset({});
    await el.updateComplete;
    expect(radios(el).some((r) => r.checked)).to.equal(false);
  });

  it('shows a non-boolean value as text and validation reports it', async () => {
    const { el, model } = await mount(HAS_PLAN, { f: '<b>x</b>' });
    model.markSubmitted();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.help')!.textContent).to.equal('<b>x</b>');
    expect(shadowInput(el).getAttribute('aria-invalid')).to.equal('true');
  });
});
