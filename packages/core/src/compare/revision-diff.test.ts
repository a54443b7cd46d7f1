import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDir } from '../pack/load-dir.js';
import { MINIMAL_PACK } from '../pack/test-support/fixture-pack.js';
import { testMetaSchemas } from '../pack/test-support/meta-schemas.js';
import { resolveForm } from '../schema/resolve-form.js';
import type { ResolvedForm } from '../schema/resolved-form.js';
import { revisionDiff } from './revision-diff.js';

let form: ResolvedForm;
beforeAll(async () => {
  const r = await loadPackFromDir(MINIMAL_PACK, { metaSchemas: await testMetaSchemas() });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const f = resolveForm(r.pack, 'bieu-01');
  if (!f) throw new Error('bieu-01 missing');
  form = f;
});

const header = { ngay_chot_so_lieu: '2018-05-10', nguoi_lap: 'Nguyễn Thị Lan' };

describe('revisionDiff', () => {
  it('lists the changed cells by code, with the label path, the old and the new value', () => {
    const r1 = { thong_tin: header, so_lieu: { HCDB_01: { duoi_6__nam: 3, duoi_6__nu: 2 } } };
    const r2 = { thong_tin: header, so_lieu: { HCDB_01: { duoi_6__nam: 3, duoi_6__nu: 1234 } } };
    const changes = revisionDiff(form, r1, r2);
    expect(changes.map((c) => [c.pointer, c.before, c.after])).toEqual([['/so_lieu/HCDB_01/duoi_6__nu', 2, 1234]]);
    expect(changes[0].path).toEqual(['so_lieu', 'HCDB_01', 'duoi_6__nu']);
    expect(changes[0].type).toBe('integer');
    expect(changes[0].label.vi).toMatch(/ › Dưới 6 tuổi, Nữ$/);
    expect(changes[0].label.en).toMatch(/Under 6, Female$/);
  });

  it('is empty when nothing changed; empty, null, blank and absent are all "not filled"', () => {
    const r1 = { thong_tin: { ...header, nguoi_lap: '  ' }, so_lieu: { HCDB_01: { duoi_6__nam: null } } };
    const r2 = { thong_tin: { ngay_chot_so_lieu: '2018-05-10' }, so_lieu: {} };
    expect(revisionDiff(form, r1, r2)).toEqual([]);
    expect(revisionDiff(form, r2, r2)).toEqual([]);
  });

  it('shows a value entered or cleared, in the form order, header first', () => {
    const r1 = { thong_tin: header, so_lieu: { HCDB_02: { tu_6__nam: 4 } } };
    const r2 = { thong_tin: { ...header, nguoi_lap: 'Trần Văn Bình' }, so_lieu: { HCDB_01: { duoi_6__nam: 0 } } };
    expect(revisionDiff(form, r1, r2).map((c) => [c.pointer, c.before, c.after])).toEqual([
      ['/thong_tin/nguoi_lap', 'Nguyễn Thị Lan', 'Trần Văn Bình'],
      ['/so_lieu/HCDB_01/duoi_6__nam', undefined, 0],
      ['/so_lieu/HCDB_02/tu_6__nam', 4, undefined],
    ]);
  });

  it('leaves computed fields out: they follow from the entered ones', () => {
    const computed = form.fields.find((f) => f.computed !== undefined);
    expect(computed).toBeDefined();
    const path = computed!.path;
    const withValue = (v: number) => path.reduceRight<unknown>((inner, k) => ({ [k]: inner }), v);
    expect(revisionDiff(form, withValue(1), withValue(2))).toEqual([]);
  });

  it('compares list values by content, not identity', () => {
    const listForm = { fields: [{ pointer: '/ds', path: ['ds'], type: 'array', fullLabel: { vi: 'Danh sách' } }] };
    expect(revisionDiff(listForm, { ds: [{ a: 1, b: 2 }] }, { ds: [{ b: 2, a: 1 }] })).toEqual([]);
    expect(revisionDiff(listForm, { ds: [1] }, { ds: [1, 2] })).toHaveLength(1);
  });
});
