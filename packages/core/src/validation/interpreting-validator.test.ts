import { describe, expect, it } from 'vitest';
import { AjvValidator } from './ajv-validator.js';
import { InterpretingValidator } from './interpreting-validator.js';

type Case = [name: string, schema: Record<string, unknown>, data: unknown, valid: boolean];

/** The keywords a form meets where schema mode once disagreed with ajv (issue 11). */
const CASES: Case[] = [
  ['type string|null with null', { type: 'object', properties: { a: { type: ['string', 'null'] } } }, { a: null }, true],
  ['type string|null with a number', { type: 'object', properties: { a: { type: ['string', 'null'] } } }, { a: 1 }, false],
  ['property "constructor"', { type: 'object', properties: { constructor: { type: 'number' } } }, { constructor: 'x' }, false],
  ['required "toString" absent', { type: 'object', required: ['toString'] }, {}, false],
  ['property "toString" valid', { type: 'object', properties: { toString: { type: 'string' } }, required: ['toString'] }, { toString: 'x' }, true],
  ['prefixItems + items:false, too long', { type: 'array', prefixItems: [{ type: 'string' }], items: false }, ['a', 'b'], false],
  ['prefixItems + items:false, exact', { type: 'array', prefixItems: [{ type: 'string' }], items: false }, ['a'], true],
  ['allOf with required', { type: 'object', allOf: [{ required: ['a'] }, { required: ['b'] }] }, { a: 1 }, false],
  ['allOf with required, all there', { type: 'object', allOf: [{ required: ['a'] }, { required: ['b'] }] }, { a: 1, b: 2 }, true],
  ['if/then', { if: { properties: { k: { const: 'x' } }, required: ['k'] }, then: { required: ['n'] }, else: { required: ['m'] } }, { k: 'x' }, false],
  ['if/else', { if: { properties: { k: { const: 'x' } }, required: ['k'] }, then: { required: ['n'] }, else: { required: ['m'] } }, { k: 'y' }, false],
  ['if/else satisfied', { if: { properties: { k: { const: 'x' } }, required: ['k'] }, then: { required: ['n'] }, else: { required: ['m'] } }, { k: 'y', m: 1 }, true],
  ['root null for an object schema', { type: 'object', properties: { a: { type: 'string' } } }, null, false],
  ['root array for an object schema', { type: 'object', properties: { a: { type: 'string' } } }, [], false],
  ['property schema false, present', { type: 'object', properties: { a: false } }, { a: 1 }, false],
  ['property schema false, absent', { type: 'object', properties: { a: false } }, {}, true],
  ['additionalProperties without type', { properties: { a: {} }, additionalProperties: false }, { a: 1, b: 2 }, false],
  ['additionalProperties without type, non-object', { properties: { a: {} }, additionalProperties: false }, 'text', true],
  ['count cell', { type: 'object', properties: { n: { type: 'integer', minimum: 0 } } }, { n: 1.5 }, false],
  ['date format', { type: 'object', properties: { d: { type: 'string', format: 'date' } } }, { d: '2018-02-30' }, false],
  ['date format ok', { type: 'object', properties: { d: { type: 'string', format: 'date' } } }, { d: '2018-02-28' }, true],
  ['enum and maxLength', { type: 'object', properties: { e: { enum: ['nam', 'nu'] }, s: { maxLength: 2 } } }, { e: 'khac', s: 'abc' }, false],
  ['$ref into $defs', { $defs: { n: { type: 'number' } }, type: 'object', properties: { a: { $ref: '#/$defs/n' } } }, { a: 'x' }, false],
];

describe('InterpretingValidator: verdict parity with ajv (2020, non-strict)', () => {
  const ajv = new AjvValidator();
  const ours = new InterpretingValidator();
  it.each(CASES)('%s', (_name, schema, data, valid) => {
    expect(ajv.validate(schema, data).length === 0).toBe(valid);
    expect(ours.validate(schema, data).length === 0).toBe(valid);
  });
});

describe('InterpretingValidator: errors in formplan\'s shape', () => {
  const v = new InterpretingValidator();
  const schema = {
    type: 'object', required: ['ten'], additionalProperties: false,
    properties: { ten: { type: 'string' }, so: { type: 'integer', minimum: 0 }, d: { type: 'string', format: 'date' } },
  };

  it('puts each error at the field, with the same keyword, params and words as ajv', () => {
    const data = { so: -1, d: '10/05/2018', la: 1 };
    const strip = (e: { pointer: string; keyword: string; message: unknown }) => ({ pointer: e.pointer, keyword: e.keyword, message: e.message });
    const byPointer = (a: { pointer: string }, b: { pointer: string }) => a.pointer.localeCompare(b.pointer);
    expect(v.validate(schema, data).map(strip).sort(byPointer)).toEqual(new AjvValidator().validate(schema, data).map(strip).sort(byPointer));
    const so = v.validate(schema, { ten: 'A', so: 1.5 })[0];
    expect(so).toMatchObject({ pointer: '/so', keyword: 'type', message: { vi: 'Phải là số nguyên không âm', en: 'Must be a non-negative whole number' } });
  });

  it('refuses a schema it cannot read, in vi and en, and never answers "valid" for it', () => {
    for (const bad of [{ type: 'nope' }, { minimum: '5' }, { properties: { a: 3 } }, { $ref: '#/$defs/none' }, { pattern: '(' }, { items: [{}] }]) {
      const p = v.prepare(bad);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.error.messages.vi).toMatch(/^Lược đồ/);
      expect(() => v.validate(bad, {})).toThrow();
    }
    const p = v.prepare({ type: 'object', properties: { a: { minLength: -1 } } });
    expect(p.ok ? undefined : p.error.messages).toEqual({
      vi: 'Lược đồ không hợp lệ ở /properties/a: "minLength" phải là số nguyên không âm',
      en: 'Invalid schema at /properties/a: "minLength" must be a non-negative whole number',
    });
  });

  it('leaves the schema it was given untouched and judges an undefined left in the data as absent', () => {
    const given = { type: 'object', required: ['a'], properties: { a: { $ref: '#/$defs/s' } }, $defs: { s: { type: 'string' } } };
    const copy = structuredClone(given);
    expect(v.validate(given, { a: undefined })).toMatchObject([{ pointer: '/a', keyword: 'required' }]);
    expect(Object.getOwnPropertyNames(given.properties.a)).toEqual(Object.getOwnPropertyNames(copy.properties.a));
  });

  it('uses a pack\'s own wording before the defaults', () => {
    const own = new InterpretingValidator({ catalogs: [{ vi: { 'kw.required': () => 'Bắt buộc nhập' } }] });
    expect(own.validate(schema, {})[0]?.message).toEqual({ vi: 'Bắt buộc nhập', en: 'This field is required' });
  });
});
