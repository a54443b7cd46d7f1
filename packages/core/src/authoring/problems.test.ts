import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { addField, addMatrixColumn, hideMatrixRow, retireField, retireMatrixColumn, setFieldProps } from './commands.js';
import { InterpretingValidator } from '../validation/interpreting-validator.js';
import { EditSession } from './edit-session.js';
import { checkDraftPack } from './problems.js';
import { loadMinimalPack, loadTayHo2018Pack, testMetaSchemas } from './test-support/packs.js';

let meta: MetaSchemaDoc[];
let tayHo: PackSource;
let minimal: PackSource;
beforeAll(async () => {
  meta = await testMetaSchemas();
  [tayHo, minimal] = await Promise.all([loadTayHo2018Pack(), loadMinimalPack()]);
});

describe('checkDraftPack', () => {
  it('finds nothing in a valid pack', () => {
    expect(checkDraftPack(tayHo, meta)).toEqual([]);
    expect(checkDraftPack(minimal, meta)).toEqual([]);
  });

  it('points a bad rule at its place in the PackSource, in vi and en', () => {
    const s = new EditSession(tayHo);
    const fi = tayHo.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
    s.apply(setFieldProps('bieu-02', '/ty_le_duoc_tro_giup', { computed: 'percent(khong_co, tre_em_hcdb)' }));
    const [p] = checkDraftPack(s.doc, meta);
    expect(p).toMatchObject({ pointer: `/forms/${fi}/properties/ty_le_duoc_tro_giup/x-fp-computed`, area: 'forms', severity: 'error' });
    expect(p.message.vi).toMatch(/khong_co/);
    expect(p.message.en).toMatch(/missing field/);
  });

  it('maps meta-schema errors of other parts and duplicate ids', () => {
    const bad = structuredClone(tayHo) as PackSource;
    bad.calendar.graceDays = -1;
    bad.forms.push(structuredClone(bad.forms[0]));
    const problems = checkDraftPack(bad, meta);
    expect(problems.map((p) => [p.area, p.pointer])).toContainEqual(['calendar', '/calendar/graceDays']);
    const dup = structuredClone(tayHo) as PackSource;
    dup.forms.push(structuredClone(dup.forms[0]));
    expect(checkDraftPack(dup, meta).map((p) => p.pointer)).toContainEqual('/forms/0/x-fp-id');
  });

  it('maps an expression error inside a matrix column to the column', () => {
    const s = new EditSession(tayHo);
    s.apply(addMatrixColumn('bieu-02', '/so_lieu', { code: 'khuyet_tat', label: { vi: 'Khuyết tật' }, type: 'count', computed: 'khong_co + 1' }));
    const fi = tayHo.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
    const problems = checkDraftPack(s.doc, meta);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].pointer).toBe(`/forms/${fi}/properties/so_lieu/x-fp-matrix/columns/3/computed`);
  });

  it('flags a rule, formula or binding naming a retired field, column or hidden row', () => {
    const fi = tayHo.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
    const s = new EditSession(tayHo);
    s.apply(retireField('bieu-02', '/tre_em_hcdb'));
    let problems = checkDraftPack(s.doc, meta);
    expect(problems.map((p) => p.pointer)).toContain(`/forms/${fi}/properties/ty_le_duoc_tro_giup/x-fp-computed`);
    for (const p of problems) {
      expect(p).toMatchObject({ severity: 'error', area: 'forms' });
      expect(p.message.vi).toContain("'tre_em_hcdb' đã ngừng dùng");
    }
    s.undo();
    s.apply(retireMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup'));
    problems = checkDraftPack(s.doc, meta);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].pointer).toBe(`/forms/${fi}/x-fp-rules/0/expr`);
    expect(problems[0].message.en).toContain("'so_lieu.HCDB_01.duoc_tro_giup'");
    s.undo();
    s.apply(hideMatrixRow('bieu-02', '/so_lieu', 'HCDB_02', true));
    problems = checkDraftPack(s.doc, meta);
    expect(problems.map((p) => p.pointer)).toContain(`/forms/${fi}/x-fp-rules/1/expr`);
    for (const p of problems) expect(p.message.en).toContain("'so_lieu.HCDB_02'");
  });

  it('says a rule naming a retired field once per place, however many of its paths run into it', () => {
    // every rule of bieu-02 names two columns of one row of so_lieu: both paths run into 'so_lieu'
    const fi = tayHo.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
    const s = new EditSession(tayHo);
    s.apply(retireField('bieu-02', '/so_lieu'));
    const problems = checkDraftPack(s.doc, meta);
    const keys = problems.map((p) => `${p.pointer} ${p.message.vi} ${p.message.en}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(problems.filter((p) => p.pointer === `/forms/${fi}/x-fp-rules/0/expr`)).toHaveLength(1);
    expect(problems[0].message.vi).toContain("'so_lieu' đã ngừng dùng");
  });

  it('a retired field with its own formula is no problem', () => {
    const s = new EditSession(minimal);
    const form = minimal.forms[0]['x-fp-id'];
    s.apply(addField(form, 'a', { label: { vi: 'A' }, type: 'integer' }));
    s.apply(addField(form, 'b', { label: { vi: 'B' }, type: 'integer', computed: 'a + 1' }));
    s.apply(retireField(form, '/a'));
    expect(checkDraftPack(s.doc, meta)).toHaveLength(1);
    s.apply(retireField(form, '/b'));
    expect(checkDraftPack(s.doc, meta)).toEqual([]);
  });

  it('is fast enough to run after every edit on a 20-form pack', () => {
    const big = structuredClone(tayHo) as PackSource;
    const extra = tayHo.forms.filter((f) => f['x-fp-from-criteria'] === undefined).flatMap((f, k) =>
      [1, 2].map((n) => ({ ...structuredClone(f), 'x-fp-id': `${f['x-fp-id']}-x${n}-${k}` })));
    big.forms.push(...extra.slice(0, Math.max(0, Math.round(tayHo.forms.length * 2.5) - tayHo.forms.length)));
    checkDraftPack(big, meta);
    const t0 = performance.now();
    const runs = 5;
    for (let i = 0; i < runs; i++) expect(checkDraftPack(big, meta)).toEqual([]);
    const ms = (performance.now() - t0) / runs;
    console.info(`checkDraftPack: ${big.forms.length} forms, ${ms.toFixed(0)} ms per run`);
    expect(ms).toBeLessThan(1500);
  });
});

// The draft check with the interpreter in place of ajv (a page under a strict CSP): the same
// problems at the same places, messages in vi and en, and no code generated.
afterEach(() => {
  vi.unstubAllGlobals();
});

const places = (pack: PackSource, interpreter?: InterpretingValidator): string[][] =>
  checkDraftPack(pack, meta, { interpreter }).map((p) => [p.area, p.pointer, p.severity]);

/** Broken drafts: each part kind, a missing required member, a wrong type, an unknown member. */
function broken(): [string, PackSource][] {
  const calendar = structuredClone(tayHo);
  calendar.calendar.graceDays = -1;
  const manifest = structuredClone(tayHo) as unknown as { manifest: Record<string, unknown> };
  delete manifest.manifest.version;
  const form = structuredClone(tayHo) as unknown as { forms: Record<string, unknown>[] };
  form.forms[1]['x-fp-label'] = 42;
  const extra = structuredClone(tayHo) as unknown as { orgUnits: Record<string, unknown>[] };
  extra.orgUnits[0].bogus = true;
  const s = new EditSession(tayHo);
  s.apply(setFieldProps('bieu-02', '/ty_le_duoc_tro_giup', { computed: 'percent(khong_co, tre_em_hcdb)' }));
  return [['calendar', calendar], ['manifest', manifest as unknown as PackSource], ['form', form as unknown as PackSource],
    ['org unit', extra as unknown as PackSource], ['expression', s.doc]];
}

describe('checkDraftPack with the interpreter', () => {
  it('finds nothing in a valid pack, as with ajv', () => {
    const interpreter = new InterpretingValidator();
    expect(checkDraftPack(tayHo, meta, { interpreter })).toEqual([]);
    expect(checkDraftPack(minimal, meta, { interpreter })).toEqual([]);
  });

  it('finds the problems ajv finds, at the same places', () => {
    const interpreter = new InterpretingValidator();
    for (const [what, pack] of broken()) {
      const ajv = places(pack);
      expect(ajv.length, what).toBeGreaterThan(0);
      expect(places(pack, interpreter), what).toEqual(ajv);
    }
  });

  it('says each problem in Vietnamese and English', () => {
    const [, pack] = broken()[0];
    const [p] = checkDraftPack(pack, meta, { interpreter: new InterpretingValidator() });
    expect(p).toMatchObject({ area: 'calendar', pointer: '/calendar/graceDays', severity: 'error' });
    expect(p.message.vi.length).toBeGreaterThan(0);
    expect(p.message.en?.length ?? 0).toBeGreaterThan(0);
    expect(p.message.vi).not.toEqual(p.message.en);
  });

  it('generates no code: Function is never called', () => {
    const calls: unknown[] = [];
    const Real = globalThis.Function;
    vi.stubGlobal('Function', new Proxy(Real, {
      apply: (t, self, args) => { calls.push(args); return Reflect.apply(t, self, args); },
      construct: (t, args) => { calls.push(args); return Reflect.construct(t, args); },
    }));
    const interpreter = new InterpretingValidator();
    // a form and a meta-schema list ajv has not compiled yet (its compilations are cached)
    const pack = structuredClone(tayHo) as unknown as { forms: { properties: Record<string, unknown> }[] };
    pack.forms[0].properties.so_moi_chua_gap = { type: 'integer', minimum: 3, 'x-fp-label': 42 };
    expect(checkDraftPack(pack as unknown as PackSource, [...meta], { interpreter }).length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });
});
