// Property test of <fp-form> in schema mode: any valid JSON Schema renders without throwing,
// unsupported nodes show <fp-unsupported>, no markup from data or labels becomes HTML, and the
// form's verdict (errors by pointer and keyword) is ajv's on the same schema and value.
// Generator limits (see property/*.ts): keys never __proto__/constructor/prototype and strings
// always NFC, because the model drops those keys and normalises text where ajv does not; the
// root value is never null (the form reads a null value as "no data yet", i.e. `{}`).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SchemaNode } from '@formplan/core';
import type { FpForm } from '../../packages/elements/src/components/form/form.component.js';
import '../../packages/elements/src/define.js';
import { objectSchema, stripMarkers, unsupportedPointers } from './property/schema-arbitrary.js';
import type { Schema } from './property/schema-arbitrary.js';
import { valueFor } from './property/value-arbitrary.js';
import { ajvVerdict, deepAll, formVerdict, mountForm, settle } from './property/form-check.js';
import { editControl } from './property/user-edit.js';
import type { Edit } from './property/user-edit.js';
import { XSS } from './property/value-arbitrary.js';

const SEED = 42;
const RUNS = 100;
let idCount = 0;
/** What the runs covered (logged, so a vacuous generator shows). */
const stats = { invalid: 0, fields: 0, unsupported: 0, errors: 0, markup: 0, edits: 0 };

/** Mounts the form, checks every invariant, removes it. */
async function check(marked: Schema, value: unknown, edit?: Edit): Promise<void> {
  const schema = { ...(stripMarkers(marked) as Schema), $id: `urn:formplan:test:form-${++idCount}` } as SchemaNode;
  const pristine = structuredClone(schema);
  const input = structuredClone(value);
  const { el, globalErrors } = await mountForm(schema, value);
  try {
    expect(globalErrors, 'window errors while rendering').to.deep.equal([]);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="notice"]'), 'the form refused a valid schema').to.equal(null);
    expect(deepAll(root, 'fp-field').length, 'the form rendered no field').to.be.greaterThan(0);
    expect(deepAll(root, 'img'), 'markup in data or labels became HTML').to.have.length(0);
    const notices = deepAll(root, 'fp-unsupported');
    for (const p of unsupportedPointers(marked)) {
      const n = notices.find((u) => u.getAttribute('pointer') === p || (u as HTMLElement & { pointer: string }).pointer === p);
      expect(n, `no <fp-unsupported> for ${p}`).to.not.equal(undefined);
      const box = n!.shadowRoot!.querySelector('[part="notice"]') as HTMLElement;
      expect(box.textContent!.trim(), `empty notice for ${p}`).to.not.equal('');
      expect(box.getBoundingClientRect().height, `invisible notice for ${p}`).to.be.greaterThan(0);
    }
    expect(el.value, 'mounting changed the data').to.deep.equal(input);
    const form = formVerdict(el);
    stats.fields += deepAll(root, 'fp-field').length;
    stats.unsupported += unsupportedPointers(marked).length;
    stats.invalid += form.valid ? 0 : 1;
    stats.errors += form.errors.length;
    stats.markup += JSON.stringify(input).includes('onerror') ? 1 : 0;
    const direct = ajvVerdict(pristine, input);
    expect(form.valid, 'verdict').to.equal(direct.valid);
    expect(form.errors, 'errors (pointer keyword)').to.deep.equal(direct.errors);
    expect(schema, 'the form changed the schema').to.deep.equal(pristine);
    await el.updateComplete;
    expect(deepAll(root, 'img'), 'markup became HTML after validate()').to.have.length(0);
    if (edit) await checkEdit(el, pristine, edit);
  } finally {
    el.remove();
  }
}

/** After one user edit: still no error, no markup as HTML, and the live verdict is ajv's on the new value. */
async function checkEdit(el: FpForm, schema: SchemaNode, edit: Edit): Promise<void> {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  window.addEventListener('error', onError);
  try {
    const pointer = editControl(el, edit);
    await settle(el);
    if (pointer !== undefined) stats.edits++;
  } finally {
    window.removeEventListener('error', onError);
  }
  expect(errors, 'window errors after an edit').to.deep.equal([]);
  expect(deepAll(el.shadowRoot!, 'img'), 'markup became HTML after an edit').to.have.length(0);
  const value = structuredClone(el.value);
  expect(formVerdict(el), 'verdict after an edit').to.deep.equal(ajvVerdict(schema, value));
}

describe('<fp-form> renders any valid schema (property test)', () => {
  it('is accessible on a generated schema', async () => {
    const [marked] = fc.sample(objectSchema(2), { seed: SEED, numRuns: 1 });
    const { el } = await mountForm({ ...(stripMarkers(marked) as Schema), $id: 'urn:formplan:test:a11y' }, {});
    try {
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it(`never throws and agrees with ajv (seed ${SEED}, ${RUNS} runs)`, async function () {
    this.timeout(180_000);
    const started = performance.now();
    const edit = fc.record({ index: fc.nat(50), text: fc.constantFrom('-3', '12', '1.234', '2,5', 'abc', '', '2018-06-30', XSS, 'Nhật Tân') });
    const sample = objectSchema(3).chain((s) => fc.tuple(fc.constant(s), fc.oneof({ arbitrary: valueFor(s).filter((v) => v !== null), weight: 9 },
      { arbitrary: fc.constantFrom<unknown>('abc', 42, [], [1, 2]), weight: 1 }), edit));
    await fc.assert(fc.asyncProperty(sample, ([s, v, e]) => check(s, v, e)), { seed: SEED, numRuns: RUNS, includeErrorInReport: true });
    console.log(`form-property: ${RUNS} runs, seed ${SEED}, ${Math.round(performance.now() - started)} ms`, JSON.stringify(stats));
  });
});

describe('<fp-form> on tricky schemas', () => {
  const cases: [string, Schema, unknown][] = [
    ['the empty schema', {}, {}],
    ['the empty schema with data', {}, { a: 1, b: '<img src=x onerror=alert(1)>' }],
    ['an object without properties', { type: 'object' }, { x: 1 }],
    ['deeply nested arrays', {
      type: 'object',
      properties: { m: { type: 'array', items: { type: 'array', items: { type: 'array', items: { type: 'integer', minimum: 0 } } } } },
    }, { m: [[[1, -2]], [[], ['x']]] }],
    ['additionalProperties false with extra keys', {
      type: 'object', additionalProperties: false, required: ['a'],
      properties: { a: { type: 'integer' } },
    }, { a: 1, thua: 2, 'x/y': 3 }],
    ['a const', { type: 'object', required: ['c'], properties: { c: { const: 'co' } } }, { c: 'khong' }],
    ['a const met', { type: 'object', required: ['c'], properties: { c: { const: 3 } } }, { c: 3 }],
    ['an array of objects with wrong items', {
      type: 'object',
      properties: { l: { type: 'array', minItems: 2, items: { type: 'object', required: ['n'], properties: { n: { type: 'number', maximum: 1 } } } } },
    }, { l: ['<img src=x onerror=alert(1)>', { n: 2 }, null] }],
    ['an object where the data is an array', {
      type: 'object', properties: { o: { type: 'object', properties: { a: { type: 'string', format: 'date' } } } },
    }, { o: [1, 2] }],
  ];
  for (const [name, schema, value] of cases) {
    it(`${name}: renders, and the verdict is ajv's`, async () => {
      await check(schema, value);
    });
  }

  it('typing into a field whose parent data is an array (wrong type) replaces it by an object, no throw', async () => {
    const schema = { type: 'object', properties: { o: { type: 'object', properties: { a: { type: 'string' } } } } };
    await check(schema, { o: [1, 2] }, { index: 0, text: 'Nhật Tân' });
    const { el } = await mountForm({ ...schema, $id: 'urn:formplan:test:array-parent' }, { o: ['x'] });
    try {
      editControl(el, { index: 0, text: 'Nhật Tân' });
      await settle(el);
      expect(el.value).to.deep.equal({ o: { a: 'Nhật Tân' } });
    } finally {
      el.remove();
    }
  });

  it('the empty schema and an untyped node show <fp-unsupported>', async () => {
    const { el } = await mountForm({ $id: 'urn:formplan:test:untyped', type: 'object', properties: { u: {} } }, { u: 1 });
    try {
      expect(deepAll(el.shadowRoot!, 'fp-unsupported').map((u) => (u as HTMLElement & { pointer: string }).pointer)).to.deep.equal(['/u']);
      expect(formVerdict(el)).to.deep.equal({ valid: true, errors: [] });
    } finally {
      el.remove();
    }
  });
});
