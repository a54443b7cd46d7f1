import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../pack/load-dir.js';
import { MINIMAL_PACK } from '../pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { SchemaNode } from '../schema/resolved-form.js';
import { AjvValidator } from './ajv-validator.js';

let schema: SchemaNode;
beforeAll(async () => {
  const r = await loadPackFromDir(MINIMAL_PACK, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  schema = (resolveForm(r.pack, 'bieu-01') as { schema: SchemaNode }).schema;
});

const header = { ngay_chot_so_lieu: '2018-05-10', nguoi_lap: 'Nguyễn Thị B' };

describe('AjvValidator', () => {
  it('accepts valid data with missing (not zero) cells', () => {
    const v = new AjvValidator();
    expect(v.validate(schema, { thong_tin: header, tong_tre_em: 120, so_lieu: { HCDB_01: { duoi_6__nam: 2 } } })).toEqual([]);
  });

  it('reports required at the missing field, in vi and en', () => {
    const errs = new AjvValidator().validate(schema, { thong_tin: { nguoi_lap: 'A' } });
    const miss = errs.find((e) => e.pointer === '/thong_tin/ngay_chot_so_lieu');
    expect(miss).toMatchObject({ keyword: 'required', severity: 'error' });
    expect(miss?.message).toEqual({ vi: 'Trường này là bắt buộc', en: 'This field is required' });
    expect(errs.some((e) => e.pointer === '/tong_tre_em' && e.keyword === 'required')).toBe(true);
  });

  it('says "non-negative whole number" for a count cell', () => {
    const errs = new AjvValidator().validate(schema, { thong_tin: header, tong_tre_em: 1, so_lieu: { HCDB_02: { tu_6__nu: 1.5 } } });
    expect(errs).toEqual([expect.objectContaining({ pointer: '/so_lieu/HCDB_02/tu_6__nu', keyword: 'type',
      message: { vi: 'Phải là số nguyên không âm', en: 'Must be a non-negative whole number' } })]);
    const neg = new AjvValidator().validate(schema, { thong_tin: header, tong_tre_em: -1 });
    expect(neg[0]).toMatchObject({ pointer: '/tong_tre_em', keyword: 'minimum', message: { vi: 'Phải là số không âm', en: 'Must not be negative' } });
  });

  it('reports date format, enum, maxLength and unknown fields', () => {
    const errs = new AjvValidator().validate(schema, {
      thong_tin: { ...header, ngay_chot_so_lieu: '10/05/2018' }, tong_tre_em: 1,
      gioi_tinh_nguoi_lap: 'khac', ghi_chu: 'x'.repeat(501), la: 1,
    });
    const by = (p: string): string | undefined => errs.find((e) => e.pointer === p)?.message.vi;
    expect(by('/thong_tin/ngay_chot_so_lieu')).toBe('Phải là ngày hợp lệ (dd/mm/yyyy)');
    expect(by('/gioi_tinh_nguoi_lap')).toBe('Phải là một trong các giá trị: nam, nu');
    expect(by('/ghi_chu')).toBe('Không được dài quá 500 ký tự');
    expect(by('/la')).toBe('Không được có trường "la"');
    expect(errs.find((e) => e.pointer === '/la')?.message.en).toBe('Field "la" is not allowed');
  });

  it('compiles each schema once (cache by $id)', () => {
    const v = new AjvValidator();
    v.validate(schema, {});
    v.validate(structuredClone(schema), {});
    expect(v.compiledCount).toBe(1);
  });

  it('prefers override catalogs over the defaults', () => {
    const v = new AjvValidator({ catalogs: [{ vi: { 'kw.required': () => 'Bắt buộc nhập' } }] });
    const e = v.validate(schema, {}).find((x) => x.keyword === 'required');
    expect(e?.message).toEqual({ vi: 'Bắt buộc nhập', en: 'This field is required' });
  });
});
