import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AjvValidator } from '../validation/ajv-validator.js';
import { SchemaCompileError } from '../validation/validator.js';
import { FormModel } from './form-model.js';

const count = { type: 'integer', minimum: 0 };
/** A small resolved form: a 2-row matrix with a computed total, a rule and a conditional field. */
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:formplan:test:1.0.0:model',
  type: 'object',
  properties: {
    dan_so: { ...count },
    so_lieu: {
      type: 'object',
      additionalProperties: false,
      properties: {
        A: { type: 'object', additionalProperties: false, properties: { tong_so: { ...count, readOnly: true, 'x-fp-computed': 'sum(*)' }, nam: count, nu: count } },
        B: { type: 'object', additionalProperties: false, properties: { tong_so: { ...count, readOnly: true, 'x-fp-computed': 'sum(*)' }, nam: count, nu: count } },
      },
    },
    tong_cong: { ...count, readOnly: true, 'x-fp-computed': 'sum(so_lieu.*.tong_so)' },
    co_quy: { type: 'boolean', default: false },
    so_tien: { type: 'integer', minimum: 0, 'x-fp-visible-if': 'co_quy' },
    ten: { type: 'string' },
  },
  required: ['dan_so'],
  'x-fp-rules': [
    { code: 'R1', expr: 'tong_cong <= dan_so', message: { vi: 'Tổng vượt dân số', en: 'Total exceeds population' }, severity: 'error', path: '/tong_cong' },
  ],
};

const make = (value?: unknown) => new FormModel({ schema, validator: new AjvValidator(), value });

describe('FormModel', () => {
  it('computes row totals and the grand total live, and applies defaults', () => {
    const m = make();
    expect(m.get('/co_quy')).toBe(false);
    m.set('/so_lieu/A/nam', 3, { user: true });
    expect(m.get('/so_lieu/A/tong_so')).toBe(3);
    expect(m.computedState('/so_lieu/A/tong_so')?.incomplete).toBe(true);
    m.set('/so_lieu/A/nu', 4, { user: true });
    expect(m.get('/so_lieu/A/tong_so')).toBe(7);
    expect(m.computedState('/so_lieu/A/tong_so')?.incomplete).toBe(false);
    expect(m.get('/tong_cong')).toBe(7);
    expect(m.computedState('/tong_cong')?.incomplete).toBe(true);
  });

  it('keeps missing apart from zero', () => {
    const m = make();
    expect(m.get('/so_lieu/A/tong_so')).toBeUndefined();
    expect(m.columnTotal('/so_lieu', 'nam')).toEqual({ value: null, incomplete: true });
    m.set('/so_lieu/A/nam', 0);
    expect(m.columnTotal('/so_lieu', 'nam')).toEqual({ value: 0, incomplete: true });
    m.set('/so_lieu/B/nam', 5);
    expect(m.columnTotal('/so_lieu', 'nam')).toEqual({ value: 5, incomplete: false });
    m.set('/so_lieu/B/nam', '');
    expect(m.get('/so_lieu/B/nam')).toBeUndefined();
  });

  it('reports only what changed, and fp-change style user flags', () => {
    const m = make();
    const seen: string[][] = [];
    m.subscribe((c) => seen.push(c.changed));
    const change = m.set('/so_lieu/B/nu', 2, { user: true });
    expect(change.user).toBe(true);
    expect(change.changed).toEqual(['/so_lieu/B/nu', '/so_lieu/B/tong_so', '/tong_cong']);
    expect(m.set('/so_lieu/B/nu', 2).changed).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it('sets a block of values as one change: computed fields follow all of them, listeners hear once', () => {
    const m = make({ dan_so: 5 });
    const seen: string[][] = [];
    m.subscribe((c) => seen.push(c.changed));
    const before = (['/so_lieu/A/nam', '/so_lieu/A/nu', '/so_lieu/B/nam'] as const).map((p) => [p, m.get(p)] as const);
    const change = m.setMany([['/so_lieu/A/nam', 1], ['/so_lieu/A/nu', 2], ['/so_lieu/B/nam', 4]], { user: true });
    expect(seen).toHaveLength(1);
    expect(change.user).toBe(true);
    expect(change.changed).toEqual(expect.arrayContaining(['/so_lieu/A/nam', '/so_lieu/A/nu', '/so_lieu/B/nam', '/so_lieu/A/tong_so', '/so_lieu/B/tong_so', '/tong_cong']));
    expect(m.get('/so_lieu/A/tong_so')).toBe(3);
    expect(m.get('/tong_cong')).toBe(7);
    // the rule tong_cong <= dan_so was reached by the user's block
    expect(m.visibleErrors().map((e) => e.params?.code)).toContain('R1');
    m.setMany(before, { user: true });
    expect(seen).toHaveLength(2);
    expect(m.get('/so_lieu/A/tong_so')).toBeUndefined();
    expect(m.get('/tong_cong')).toBeUndefined();
    expect(m.setMany([['/so_lieu/A/nam', undefined]]).changed).toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it('setMany ends where the same values set one by one end: value, computed states, errors', () => {
    const pointer = fc.constantFrom('/dan_so', '/so_lieu/A/nam', '/so_lieu/A/nu', '/so_lieu/B/nam', '/so_lieu/B/nu', '/co_quy', '/so_tien', '/ten');
    const value = fc.oneof(fc.integer({ min: -2, max: 9 }), fc.constant(undefined), fc.constant(''), fc.boolean(), fc.constant('x'));
    fc.assert(
      fc.property(fc.array(fc.tuple(pointer, value), { maxLength: 10 }), (entries) => {
        const batch = make();
        const single = make();
        batch.setMany(entries, { user: true });
        for (const [p, v] of entries) single.set(p, v, { user: true });
        expect(batch.value).toEqual(single.value);
        for (const p of ['/so_lieu/A/tong_so', '/so_lieu/B/tong_so', '/tong_cong']) expect(batch.computedState(p)).toEqual(single.computedState(p));
        const key = (m: FormModel) => m.visibleErrors().map((e) => `${e.pointer}|${e.keyword}`).sort();
        expect(key(batch)).toEqual(key(single));
        expect(batch.isHidden('/so_tien')).toBe(single.isHidden('/so_tien'));
      }),
      { numRuns: 150 },
    );
  });

  it('validates with ajv and rules, and separates validity from showing', () => {
    const m = make({ dan_so: 5 });
    m.set('/so_lieu/A/nam', -1);
    expect(m.valid).toBe(false);
    expect(m.errorsAt('/so_lieu/A/nam')[0].message.vi).toMatch(/\S/);
    expect(m.visibleErrors()).toEqual([]);
    m.touch('/so_lieu/A/nam');
    expect(m.visibleErrors().map((e) => e.pointer)).toEqual(['/so_lieu/A/nam']);
    m.set('/so_lieu/A/nam', 4, { user: true });
    m.set('/so_lieu/A/nu', 3, { user: true });
    const rule = m.errors.find((e) => e.keyword === 'x-fp-rule');
    expect(rule?.message.vi).toBe('Tổng vượt dân số');
    expect(rule?.pointer).toBe('/tong_cong');
    expect(m.isShown(rule!)).toBe(true);
    m.set('/dan_so', 100, { user: true });
    expect(m.errors.find((e) => e.keyword === 'x-fp-rule')).toBeUndefined();
    expect(m.valid).toBe(true);
  });

  it('reports a missing required field once submitted', () => {
    const m = make();
    expect(m.errors.map((e) => e.pointer)).toContain('/dan_so');
    expect(m.visibleErrors()).toEqual([]);
    m.markSubmitted();
    expect(m.visibleErrors().map((e) => e.pointer)).toContain('/dan_so');
  });

  it('hides and skips validation of fields whose condition is false', () => {
    const m = make({ dan_so: 1, so_tien: -5 });
    expect(m.isHidden('/so_tien')).toBe(true);
    expect(m.errors).toEqual([]);
    m.set('/co_quy', true, { user: true });
    expect(m.isHidden('/so_tien')).toBe(false);
    expect(m.errors.map((e) => e.pointer)).toEqual(['/so_tien']);
  });

  it('normalises Vietnamese text to NFC on the way in and drops prototype keys', () => {
    const nfd = 'Thu\u0323y Khue\u0302';
    const m = make(JSON.parse('{"dan_so":1,"__proto__":{"x":1},"ten":"a"}'));
    expect(Object.keys(m.value as object)).not.toContain('__proto__');
    m.set('/ten', nfd, { user: true });
    expect(m.get('/ten')).toBe('Thụy Khuê');
    expect((m.get('/ten') as string).length).toBe(9);
    expect(() => m.set('/__proto__/x', 1)).toThrow();
  });

  it('reset loads a draft without counting as a user edit', () => {
    const m = make();
    const changes: boolean[] = [];
    m.subscribe((c) => changes.push(c.user));
    m.reset({ dan_so: 2, so_lieu: { A: { nam: 1, nu: 1 } } });
    expect(m.get('/so_lieu/A/tong_so')).toBe(2);
    expect(changes).toEqual([false]);
    expect(m.visibleErrors()).toEqual([]);
  });

  it('builds the error lists once per change, and again after set, touch and submit', () => {
    const m = make();
    expect(m.visibleErrors()).toEqual([]);
    const all = m.errors;
    expect(m.errors).toBe(all);
    m.touch('/dan_so');
    const shown = m.visibleErrors();
    expect(shown.map((e) => e.keyword)).toContain('required');
    expect(m.visibleErrors()).toBe(shown);
    m.set('/dan_so', 5, { user: true });
    expect(m.errors).not.toBe(all);
    expect(m.visibleErrors().some((e) => e.pointer === '/dan_so')).toBe(false);
    m.set('/ten', 'a', { user: true });
    const before = m.visibleErrors();
    m.markSubmitted();
    expect(m.visibleErrors()).not.toBe(before);
  });

  it('reports a schema the validator cannot compile as a value', () => {
    const bad = new FormModel({ schema: { type: 'object', properties: { a: { type: 'nope' } } }, validator: new AjvValidator() });
    const p = bad.prepare();
    expect(p.ok).toBe(false);
    expect(bad.compileError?.messages.en).toMatch(/nope|type/);
    expect(make().prepare()).toEqual({ ok: true });
    expect(make().compileError).toBeUndefined();
  });

  it('recheck() forgets the verdicts of a validator whose code had not loaded, and says so to listeners', () => {
    let loaded = false;
    const validator = {
      prepare: () => (loaded ? { ok: false as const, error: new SchemaCompileError({ vi: 'hỏng', en: 'broken' }) } : { ok: true as const }),
      validate: () => [],
    };
    const m = new FormModel({ schema, validator });
    const heard: unknown[] = [];
    m.subscribe((c) => heard.push(c));
    m.recheck();
    expect(heard, 'nothing judged yet: nothing to say').toHaveLength(0);
    expect(m.prepare().ok).toBe(true);
    loaded = true;
    expect(m.prepare().ok, 'the verdict is kept until recheck').toBe(true);
    m.recheck();
    expect(heard).toHaveLength(1);
    expect(m.compileError?.messages.en).toBe('broken');
  });
});
