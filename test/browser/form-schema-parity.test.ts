// <fp-form> schema mode under its default (CSP-safe, interpreting) validator: the keywords a form
// meets get ajv's verdict through validate(), and a schema that cannot be compiled is never valid.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/elements/src/components/form/form.js';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import { AjvValidator, type SchemaNode } from '@formplan/core';

type Case = [name: string, schema: SchemaNode, data: unknown, valid: boolean];
const obj = (properties: Record<string, unknown>, more: Record<string, unknown> = {}): SchemaNode => ({ type: 'object', properties, ...more });

const CASES: Case[] = [
  ['type string|null with null', obj({ a: { type: ['string', 'null'] } }), { a: null }, true],
  ['type string|null with a number', obj({ a: { type: ['string', 'null'] } }), { a: 1 }, false],
  // the model drops `constructor`, `prototype`, `__proto__` from data (safe-keys.ts): a required one stays missing
  ['required property "constructor"', obj({ constructor: { type: 'number' } }, { required: ['constructor'] }), {}, false],
  ['property "toString"', obj({ toString: { type: 'number' } }), { toString: 'x' }, false],
  ['required "toString" absent', obj({ toString: { type: 'string' } }, { required: ['toString'] }), {}, false],
  ['prefixItems + items:false', obj({ l: { type: 'array', prefixItems: [{ type: 'string' }], items: false } }), { l: ['a', 'b'] }, false],
  ['prefixItems + items:false, exact', obj({ l: { type: 'array', prefixItems: [{ type: 'string' }], items: false } }), { l: ['a'] }, true],
  ['allOf with required', obj({ a: {}, b: {} }, { allOf: [{ required: ['a'] }, { required: ['b'] }] }), { a: 1 }, false],
  ['if/then/else', obj({ k: { type: 'string' } }, { if: { properties: { k: { const: 'x' } } }, then: { required: ['n'] }, else: { required: ['m'] } }), { k: 'y' }, false],
  ['if/then/else satisfied', obj({ k: { type: 'string' } }, { if: { properties: { k: { const: 'x' } } }, then: { required: ['n'] } }), { k: 'x', n: 1 }, true],
  ['root null for an object schema', obj({ a: { type: 'string' } }), null, false],
  ['root array for an object schema', obj({ a: { type: 'string' } }), [], false],
  ['property schema false', obj({ a: false }), { a: 1 }, false],
  ['additionalProperties without type', { properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }, false],
  ['a negative count', obj({ n: { type: 'integer', minimum: 0 } }), { n: -1 }, false],
];

describe('<fp-form> schema mode: verdict parity with ajv (2020, non-strict)', () => {
  it('validate() gives ajv\'s verdict on every keyword case, and the errors show in Vietnamese', async () => {
    const form = await fixture<FpForm>(html`<fp-form></fp-form>`);
    const ajv = new AjvValidator();
    for (const [name, schema, data, valid] of CASES) {
      form.schema = schema;
      form.value = data;
      await form.updateComplete;
      expect(ajv.validate(schema, data).length === 0, `ajv: ${name}`).to.equal(valid);
      const errors = form.validate();
      expect(errors.length === 0, name).to.equal(valid);
      for (const e of errors) expect(e.message.vi, name).to.be.a('string').and.not.equal('');
    }
    form.schema = obj({ n: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ', en: 'Children' } } });
    form.value = { n: -1 };
    await form.updateComplete;
    expect(form.validate()).to.have.length(1);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.contain('Phải là số không âm');
  });

  it('a schema it cannot compile, asked at once: shows why and is never valid', async () => {
    const form = await fixture<FpForm>(html`<fp-form lang="en"></fp-form>`);
    form.schema = obj({ a: { minimum: 'five' } });
    const errors = form.validate();
    expect(errors).to.have.length(1);
    expect(errors[0]!.message.en).to.contain('"minimum" must be a number');
    expect(errors[0]!.message.vi).to.contain('"minimum" phải là một số');
    await form.updateComplete;
    const notice = form.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('The form schema is not valid');
    await expect(form).to.be.accessible();
  });
});
