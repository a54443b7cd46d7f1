import { beforeAll, describe, expect, it } from 'vitest';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { addField, addMatrixColumn, hideMatrixRow, retireField, retireMatrixColumn, setFieldProps } from './commands.js';
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
