import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../pack/load-dir.js';
import type { PackSource } from '../pack/types.js';
import { MINIMAL_PACK } from '../pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { resolveForm, resolvePack } from './resolve-form.js';
import type { SchemaNode } from './resolved-form.js';

let pack: PackSource;
beforeAll(async () => {
  const r = await loadPackFromDir(MINIMAL_PACK, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  pack = r.pack;
});

const props = (n: unknown): Record<string, SchemaNode> => (n as SchemaNode).properties as Record<string, SchemaNode>;

describe('resolveForm', () => {
  it('gives the urn $id and injects the standard header first and required', () => {
    const f = resolveForm(pack, 'bieu-01');
    expect(f?.$id).toBe('urn:formplan:mini-2018:1.0.0:bieu-01');
    expect(f?.schema.$id).toBe(f?.$id);
    expect(Object.keys(props(f?.schema))[0]).toBe('thong_tin');
    expect(f?.schema.required).toEqual(['thong_tin', 'tong_tre_em']);
    expect(props(props(f?.schema).thong_tin).ngay_chot_so_lieu).toMatchObject({ type: 'string', format: 'date' });
  });

  it('leaves the header out when x-fp-header is false', () => {
    expect(props(resolveForm(pack, 'tu-danh-gia')?.schema).thong_tin).toBeUndefined();
  });

  it('expands a matrix: depth-2 rows, pair columns, computed sum(*)', () => {
    const m = props(resolveForm(pack, 'bieu-01')?.schema).so_lieu;
    expect(Object.keys(props(m))).toEqual(['HCDB_01', 'HCDB_01_a', 'HCDB_02']);
    const row = props(props(m).HCDB_01);
    expect(Object.keys(row)).toEqual(['tong_so', 'duoi_6__nam', 'duoi_6__nu', 'tu_6__nam', 'tu_6__nu', 'kinh_phi']);
    expect(row.tong_so).toMatchObject({ type: 'integer', minimum: 0, readOnly: true,
      'x-fp-computed': 'sum(duoi_6__nam, duoi_6__nu, tu_6__nam, tu_6__nu)' });
    expect(row.duoi_6__nam['x-fp-label']).toEqual({ vi: 'Dưới 6 tuổi, Nam', en: 'Under 6, Male' });
    expect(row.kinh_phi).toMatchObject({ type: 'integer', minimum: 0, 'x-fp-unit': 'VND' });
    expect(m.additionalProperties).toBe(false);
    expect((m['x-fp-matrix'] as { rows: unknown[] }).rows[1]).toEqual({ code: 'HCDB_01_a', label: { vi: 'Mồ côi cả cha và mẹ', en: 'Both parents' }, depth: 2, parent: 'HCDB_01' });
  });

  it('inlines a category enum with labels', () => {
    const leaf = props(resolveForm(pack, 'bieu-01')?.schema).gioi_tinh_nguoi_lap;
    expect(leaf.enum).toEqual(['nam', 'nu']);
    expect(leaf['x-fp-category']).toEqual({ categorySet: 'gioi-tinh', items: [
      { code: 'nam', label: { vi: 'Nam', en: 'Male' } }, { code: 'nu', label: { vi: 'Nữ', en: 'Female' } }] });
  });

  it('generates the self-assessment from the criteria set', () => {
    const s = resolveForm(pack, 'tu-danh-gia')?.schema;
    expect(Object.keys(props(s))).toEqual(['TC1', 'TC2', 'ket_qua']);
    expect(props(props(s).ket_qua).tong_diem).toMatchObject({ type: 'number', readOnly: true });
    const ind = props(props(s).TC1);
    expect(props(ind.CT1_1).answer.type).toBe('boolean');
    expect(props(ind.CT1_2).answer).toMatchObject({ type: 'number', minimum: 0, maximum: 100 });
    expect(props(props(props(s).TC2).CT2_2).answer).toMatchObject({ type: 'number', maximum: 5 });
    expect(props(ind.CT1_1).evidence.type).toBe('string');
  });

  it('lists leaf fields in order with pointers, labels and computed', () => {
    const fields = resolveForm(pack, 'bieu-01')?.fields ?? [];
    expect(fields.slice(0, 4).map((f) => f.pointer)).toEqual([
      '/thong_tin/ngay_chot_so_lieu', '/thong_tin/nguoi_lap', '/thong_tin/lanh_dao_ky', '/tong_tre_em']);
    const cell = fields.find((f) => f.pointer === '/so_lieu/HCDB_02/tong_so');
    expect(cell).toMatchObject({ type: 'integer', readOnly: true, path: ['so_lieu', 'HCDB_02', 'tong_so'] });
    expect(cell?.fullLabel.vi).toBe('Số liệu › Trẻ em bị bỏ rơi › Tổng số');
    expect(fields).toHaveLength(3 + 2 + 3 * 6 + 1);
  });

  it('is cached and deterministic, and undefined for an unknown id', () => {
    expect(resolveForm(pack, 'bieu-01')).toBe(resolveForm(pack, 'bieu-01'));
    expect(JSON.stringify(resolvePack(pack))).toBe(JSON.stringify(resolvePack(structuredClone(pack))));
    expect(resolveForm(pack, 'khong-co')).toBeUndefined();
  });
});
