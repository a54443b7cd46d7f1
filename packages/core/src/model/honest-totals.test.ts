/**
 * Totals are honest (issue 10), on the real Tây Hồ 2018 pack: the total row adds top-level rows
 * only (sub-rows are "of which"), a total over an invalid cell is not computable, and sub-rows
 * adding up to more than their parent raise the pack's declared warning.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../pack/load-dir.js';
import type { PackSource } from '../pack/types.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { ResolvedMatrix, SchemaNode } from '../schema/resolved-form.js';
import { AjvValidator } from '../validation/ajv-validator.js';
import { FormModel } from './form-model.js';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../schemas/packs/tay-ho-2018');
let pack: PackSource;
beforeAll(async () => {
  const r = await loadPackFromDir(dir, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  pack = r.pack;
});

function model(formId: string): FormModel {
  const form = resolveForm(pack, formId);
  if (!form) throw new Error(`no form ${formId}`);
  return new FormModel({ schema: form.schema, validator: new AjvValidator() });
}

const matrixOf = (formId: string): ResolvedMatrix =>
  ((resolveForm(pack, formId)?.schema.properties as Record<string, SchemaNode>).so_lieu['x-fp-matrix']) as ResolvedMatrix;

describe('sub-rows in the resolved matrix', () => {
  it('marks "Trong đó" rows of a local list and of a depth-2 category set with their parent', () => {
    expect(matrixOf('bieu-01').rows.map((r) => [r.code, r.depth, r.parent])).toEqual([
      ['tre_em', 1, undefined], ['tre_em_tam_tru', 2, 'tre_em'],
    ]);
    expect(matrixOf('bieu-02').rows.find((r) => r.code === 'HCDB_01_1')).toMatchObject({ depth: 2, parent: 'HCDB_01' });
  });
});

describe('columnTotal', () => {
  it('Biểu 01: 100 children and 10 of them temporary residents total 100, not 110', () => {
    const m = model('bieu-01');
    m.set('/so_lieu/tre_em/duoi_6__nam', 100, { user: true });
    m.set('/so_lieu/tre_em_tam_tru/duoi_6__nam', 10, { user: true });
    expect(m.columnTotal('/so_lieu', 'duoi_6__nam')).toEqual({ value: 100, incomplete: false });
    expect(m.columnTotal('/so_lieu', 'tong_so')).toMatchObject({ value: 100 });
  });

  it('Biểu 02: orphans 5 plus the sub-row 3 total 5', () => {
    const m = model('bieu-02');
    m.set('/so_lieu/HCDB_01/duoi_6__nam', 5, { user: true });
    m.set('/so_lieu/HCDB_01_1/duoi_6__nam', 3, { user: true });
    expect(m.columnTotal('/so_lieu', 'duoi_6__nam')).toEqual({ value: 5, incomplete: true });
  });

  it('a `*` over matrix rows walks the top-level rows too (sum(so_lieu.*.tong_so))', () => {
    const m = model('bieu-02');
    m.set('/so_lieu/HCDB_01/duoi_6__nam', 5, { user: true });
    m.set('/so_lieu/HCDB_01_1/duoi_6__nam', 3, { user: true });
    m.set('/tre_em_hcdb', 6, { user: true });
    // R_DISTINCT_MAX: tre_em_hcdb <= sum(so_lieu.HCDB_xx.tong_so) — 6 > 5 fails
    expect(m.errors.some((e) => e.params?.code === 'R_DISTINCT_MAX')).toBe(true);
  });

  it.each([
    ['a negative count', -3],
    ['a decimal in an integer cell', 1.5],
    ['text in a number cell', 'mười'],
  ])('is not computable over %s, and so is the row total that reads it', (_, bad) => {
    const m = model('bieu-01');
    m.set('/so_lieu/tre_em/duoi_6__nam', 100, { user: true });
    m.set('/so_lieu/tre_em/duoi_6__nu', bad, { user: true });
    const t = m.columnTotal('/so_lieu', 'duoi_6__nu');
    expect(t.value).toBeNull();
    expect(t.error?.vi).toMatch(/không tính được/);
    expect(t.error?.en).toMatch(/cannot be computed/);
    expect(m.computedState('/so_lieu/tre_em/tong_so')?.error).toBeDefined();
    expect(m.get('/so_lieu/tre_em/tong_so')).toBeUndefined();
    expect(m.columnTotal('/so_lieu', 'tong_so').error).toBeDefined();
    m.set('/so_lieu/tre_em/duoi_6__nu', 4, { user: true });
    expect(m.columnTotal('/so_lieu', 'duoi_6__nu')).toEqual({ value: 4, incomplete: false });
    expect(m.computedState('/so_lieu/tre_em/tong_so')).toMatchObject({ value: 104 });
  });
});

describe('the sub-row rule declared by Biểu 02 (subRowCheck: warning)', () => {
  const sub = (m: FormModel) => m.errors.filter((e) => String(e.params?.code).startsWith('SUB_'));

  it('warns at the parent row, naming it and the column, when its sub-rows add up to more', () => {
    const m = model('bieu-02');
    m.set('/so_lieu/HCDB_01/duoi_6__nam', 5, { user: true });
    m.set('/so_lieu/HCDB_01_1/duoi_6__nam', 3, { user: true });
    expect(sub(m)).toEqual([]);
    m.set('/so_lieu/HCDB_01_2/duoi_6__nam', 4, { user: true });
    const found = sub(m);
    expect(found.map((e) => [e.pointer, e.severity])).toEqual([
      ['/so_lieu/HCDB_01/duoi_6__nam', 'warning'], ['/so_lieu/HCDB_01/tong_so', 'warning'],
    ]);
    expect(found[0].message.vi).toBe(
      'Các dòng "trong đó" của "Trẻ em mồ côi cả cha và mẹ" cộng lại lớn hơn chính dòng này ở cột "Dưới 06 tuổi, Nam": kiểm tra lại.');
    expect(found[0].message.en).toMatch(/^The "of which" rows of "Orphans who lost both parents" add up to more/);
    expect(m.visibleErrorsAt('/so_lieu/HCDB_01/duoi_6__nam')).toHaveLength(1);
  });

  it('is generated for every parent row with sub-rows and every additive column, and only there', () => {
    const schema = resolveForm(pack, 'bieu-02')?.schema as SchemaNode;
    const rules = (schema.properties as Record<string, SchemaNode>).so_lieu['x-fp-rules'] as { code: string }[];
    const parents = new Set(rules.map((r) => r.code.replace(/^SUB_(.*?)__.*$/, '$1')));
    expect([...parents]).toEqual(['HCDB_01', 'HCDB_02', 'HCDB_03', 'HCDB_04', 'HCDB_06', 'HCDB_07', 'HCDB_08',
      'HCDB_10', 'HCDB_11', 'HCDB_12', 'HCDB_13', 'HCDB_14']);
    expect(rules).toHaveLength(12 * 8);
    expect((schema.properties as Record<string, SchemaNode>).hinh_thuc_tro_giup['x-fp-rules']).toBeUndefined();
  });
});
