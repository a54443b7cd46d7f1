import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import {
  addCategoryItem, addField, addMatrixColumn, hideMatrixRow, moveMatrixColumn, retireCategoryItem, retireField, setFieldProps,
  setMatrixColumn, setPeriodDue,
} from './commands.js';
import { EditSession, type EditCommand } from './edit-session.js';
import { nextVersion, packChangeLog } from './change-log.js';
import { loadTayHo2018Pack } from './test-support/packs.js';

let base: PackSource;
beforeAll(async () => { base = await loadTayHo2018Pack(); });

function after(...cmds: EditCommand[]): PackSource {
  const s = new EditSession(base);
  for (const c of cmds) s.apply(c);
  return s.doc;
}

describe('packChangeLog', () => {
  it('says what changed in plain vi/en words and classifies it', () => {
    const fi = base.forms.findIndex((f) => f['x-fp-id'] === 'bieu-02');
    const log = packChangeLog(base, after(
      addMatrixColumn('bieu-02', '/so_lieu', { code: 'khuyet_tat', label: { vi: 'Khuyết tật', en: 'Disabled' }, type: 'count' }),
      setPeriodDue('2018-Q1', '2018-03-10'),
    ));
    expect(log.map((c) => c.message.vi)).toEqual(['Hạn nộp Quý I năm 2018: 15/03/2018 → 10/03/2018', "Thêm cột 'Khuyết tật' vào Biểu 02"]);
    const col = log.find((c) => c.area === 'forms');
    expect(col).toMatchObject({ kind: 'added', breaking: false, pointer: `/forms/${fi}/properties/so_lieu/x-fp-matrix/columns/3` });
    expect(col?.message).toEqual({ vi: "Thêm cột 'Khuyết tật' vào Biểu 02", en: "Add column 'Disabled' to Form 02" });
    const due = log.find((c) => c.area === 'calendar');
    expect(due?.breaking).toBe(false);
    expect(due?.pointer).toMatch(/^\/calendar\/periods\/\d+\/due$/);
  });

  it('gives the due-date wording of the issue', () => {
    const q1 = base.calendar.periods.find((p) => p.kind === 'Q1');
    const [c] = packChangeLog(base, after(setPeriodDue(q1?.id ?? '', '2018-03-10')));
    expect(c.message.vi).toBe(`Hạn nộp ${q1?.label.vi}: 15/03/2018 → 10/03/2018`);
  });

  it('classifies retire, tighter bounds, type change and row hiding as breaking; labels, order, new items not', () => {
    const one = (cmd: EditCommand) => packChangeLog(base, after(cmd));
    const breaking = (cmd: EditCommand) => one(cmd).map((c) => c.breaking);
    expect(one(retireField('bieu-02', '/tre_em_hcdb'))[0]).toMatchObject({ kind: 'retired', breaking: true });
    expect(one(retireField('bieu-02', '/tre_em_hcdb'))[0].message.vi).toMatch(/^Ngừng dùng trường '.+' của Biểu 02$/);
    expect(breaking(setFieldProps('bieu-02', '/tre_em_hcdb', { maximum: 1000 }))).toEqual([true]);
    expect(breaking(setFieldProps('bieu-02', '/tre_em_hcdb', { minimum: null }))).toEqual([false]);
    expect(breaking(setFieldProps('bieu-02', '/tre_em_hcdb', { type: 'number' }))).toEqual([true]);
    expect(breaking(hideMatrixRow('bieu-02', '/so_lieu', 'HCDB_02', true))).toEqual([true]);
    expect(breaking(setFieldProps('bieu-02', '/tre_em_hcdb', { label: { vi: 'Trẻ HCĐB' } }))).toEqual([false]);
    expect(breaking(setMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup', { label: { vi: 'Được hỗ trợ' } }))).toEqual([false]);
    const moved = one(moveMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup', 0));
    expect(moved).toMatchObject([{ kind: 'moved', breaking: false }]);
    expect(breaking(addField('bieu-02', 'ghi_chu', { label: { vi: 'Ghi chú' }, type: 'string' }))).toEqual([false]);
    expect(breaking(addField('bieu-02', 'bat_buoc', { label: { vi: 'Bắt buộc' }, type: 'string', required: true })).some(Boolean)).toBe(true);
    const set = base.categorySets[0];
    const added = one(addCategoryItem(set.id, 'MOI', { vi: 'Mục mới' }));
    expect(added).toMatchObject([{ kind: 'added', breaking: false, message: { vi: `Thêm mục 'Mục mới' vào danh mục '${set.title.vi}'` } }]);
    expect(one(retireCategoryItem(set.id, set.items[0].code, true))).toMatchObject([{ kind: 'retired', breaking: true }]);
  });

  it('treats a criteria set swap as breaking', () => {
    const next = structuredClone(base) as PackSource;
    const form = next.forms.find((f) => f['x-fp-from-criteria'] !== undefined);
    if (form) form['x-fp-from-criteria'] = 'qd-06-2019';
    const c = packChangeLog(base, next).find((x) => x.area === 'forms');
    expect(c).toMatchObject({ breaking: true });
    expect(c?.message.vi).toContain('qd-34-2014 → qd-06-2019');
  });

  it('nextVersion: breaking → major, other changes → minor, none → patch', () => {
    const nb = packChangeLog(base, after(setPeriodDue('2018-Q1', '2018-03-10')));
    const br = packChangeLog(base, after(retireField('bieu-02', '/tre_em_hcdb')));
    expect(nextVersion('1.2.3', nb)).toBe('1.3.0');
    expect(nextVersion('1.2.3', [...nb, ...br])).toBe('2.0.0');
    expect(nextVersion('1.2.3', [])).toBe('1.2.4');
    expect(packChangeLog(base, base)).toEqual([]);
    expect(packChangeLog(undefined, base)).toHaveLength(1);
  });
});
