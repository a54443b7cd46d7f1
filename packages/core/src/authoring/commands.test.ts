import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CriteriaSet, PackSource } from '../pack/types.js';
import { resolveAuthoredForm } from '../schema/resolve-form.js';
import { AuthoringError } from './authoring-error.js';
import {
  addAgency, addCategoryItem, addCategorySet, addCriteriaSet, addField, addForm, addMatrixColumn, autoMatchCriteria, categorySetUsage,
  deleteCategoryItem, hideMatrixRow, moveCategoryItem, moveField, moveInArray, moveMatrixColumn, retireCategoryItem,
  retireMatrixColumn, setCategoryItemLabel, setDefaultGraceDays, setFieldProps, setFormLabel, setMatrixRows, setMatrixTotals,
  setPeriodDue, useCriteriaSet,
} from './commands.js';
import { EditSession } from './edit-session.js';
import { loadTayHo2018Pack } from './test-support/packs.js';
import { refusalOf } from './test-support/refusal.js';

let base: PackSource;
beforeAll(async () => { base = await loadTayHo2018Pack(); });

const refusal = refusalOf;

const form = (p: PackSource, id: string) => p.forms.find((f) => f['x-fp-id'] === id) as PackSource['forms'][number];

describe('commands', () => {
  it('refuses a clashing code with a vi/en message naming the code and where it is used', () => {
    const s = new EditSession(base);
    const e = refusal(s, addMatrixColumn('bieu-02', '/so_lieu', { code: 'tong_so', label: { vi: 'X' }, type: 'count' }));
    expect(e.code).toBe('code-clash');
    expect(e.messages.vi).toBe("Mã 'tong_so' đã được dùng cho cột 'Tổng số' của bảng /so_lieu (biểu bieu-02); mỗi mã phải là duy nhất.");
    expect(e.messages.en).toContain("Code 'tong_so' is already used by column 'Total'");
    // codes expanded from category sets clash too
    expect(refusal(s, addMatrixColumn('bieu-02', '/so_lieu', { code: 'duoi_6__nam', label: { vi: 'X' }, type: 'count' })).code).toBe('code-clash');
    expect(refusal(s, addField('bieu-02', 'tre_em_hcdb', { label: { vi: 'X' }, type: 'integer' })).messages.vi).toContain("Mã 'tre_em_hcdb'");
    expect(refusal(s, addForm('bieu-02', { vi: 'X' }, ['Y'])).code).toBe('code-clash');
    expect(refusal(s, addAgency({ code: base.agencies[0].code, name: { vi: 'X' } })).code).toBe('code-clash');
    expect(refusal(s, addField('bieu-02', '1sai', { label: { vi: 'X' }, type: 'integer' })).code).toBe('invalid');
    expect(s.canUndo).toBe(false);
  });

  it('renames and moves never change a code', () => {
    const s = new EditSession(base);
    s.apply(setFieldProps('bieu-02', '/tre_em_hcdb', { label: { vi: 'Trẻ em HCĐB', en: 'Children' }, maximum: 5000 }));
    s.apply(moveField('bieu-02', '/tre_em_hcdb', 0));
    s.apply(setFormLabel('bieu-02', { vi: 'Biểu 02 mới' }));
    const f = form(s.doc, 'bieu-02');
    expect((f['x-fp-order'] as string[])[0]).toBe('tre_em_hcdb');
    expect(Object.keys(f.properties)).toEqual(Object.keys(form(base, 'bieu-02').properties));
    expect(f.properties.tre_em_hcdb).toMatchObject({ type: 'integer', maximum: 5000, 'x-fp-label': { vi: 'Trẻ em HCĐB' } });
  });

  it('adds a field of each type as JSON Schema', () => {
    const s = new EditSession(base);
    s.apply(addField('bieu-01', 'ngay', { label: { vi: 'Ngày' }, type: 'date', required: true }, 0));
    s.apply(addField('bieu-01', 'muc', { label: { vi: 'Mức' }, type: 'enum', enum: ['a', 'b'], computed: undefined }));
    const f = form(s.doc, 'bieu-01');
    expect(f.properties.ngay).toEqual({ type: 'string', format: 'date', 'x-fp-label': { vi: 'Ngày' } });
    expect(f.properties.muc).toEqual({ type: 'string', enum: ['a', 'b'], 'x-fp-label': { vi: 'Mức' } });
    expect(f.required).toContain('ngay');
    expect((f['x-fp-order'] as string[])[0]).toBe('ngay');
    expect(JSON.parse(JSON.stringify(s.history()))).toEqual(s.history());
  });

  it('edits a matrix: columns, rows, totals; resolution hides retired and hidden things from entry', () => {
    const s = new EditSession(base);
    s.apply(addMatrixColumn('bieu-02', '/so_lieu', { code: 'khuyet_tat', label: { vi: 'Khuyết tật' }, type: 'count' }, 1));
    s.apply(moveMatrixColumn('bieu-02', '/so_lieu', 'khuyet_tat', 3));
    s.apply(retireMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup'));
    s.apply(hideMatrixRow('bieu-02', '/so_lieu', 'HCDB_01', true));
    s.apply(setMatrixTotals('bieu-02', '/so_lieu', { columnTotals: false }));
    const m = (form(s.doc, 'bieu-02').properties.so_lieu as { 'x-fp-matrix': { columns: { code?: string }[]; rows: object; columnTotals?: boolean } })['x-fp-matrix'];
    expect(m.columns.map((c) => c.code)).toEqual(['tong_so', undefined, 'duoc_tro_giup', 'khuyet_tat']);
    expect(m.rows).toEqual({ categorySet: 'hcdb-dieu-10', depth: 2, hiddenRows: ['HCDB_01'] });
    expect(m.columnTotals).toBeUndefined();
    const r = resolveAuthoredForm(s.doc, form(s.doc, 'bieu-02'));
    const node = (r.schema.properties as Record<string, { 'x-fp-matrix': { rows: { code: string }[]; columns: { code: string }[] }; properties: Record<string, { properties: Record<string, object> }> }>).so_lieu;
    expect(node['x-fp-matrix'].columns.map((c) => c.code)).not.toContain('duoc_tro_giup');
    expect(node['x-fp-matrix'].columns.map((c) => c.code)).toContain('khuyet_tat');
    expect(node['x-fp-matrix'].rows.map((x) => x.code)).not.toContain('HCDB_01');
    // old data under the retired column and the hidden row is still valid
    expect(node.properties.HCDB_01.properties.tong_so).toMatchObject({ readOnly: true, 'x-fp-retired': true });
    expect(node.properties.HCDB_02.properties.duoc_tro_giup).toMatchObject({ readOnly: true, 'x-fp-retired': true });
    expect(r.fields.some((f) => f.pointer === '/so_lieu/HCDB_02/duoc_tro_giup')).toBe(false);
    expect(r.fields.some((f) => f.pointer === '/so_lieu/HCDB_02/khuyet_tat')).toBe(true);
    s.apply(setMatrixRows('bieu-02', '/so_lieu', { categorySet: 'hcdb-dieu-10', depth: 1 }));
    expect(refusal(s, hideMatrixRow('bieu-02', '/so_lieu', 'NOPE', true)).code).toBe('not-found');
  });

  it('category sets: relabel, move, retire; delete refused while a form uses the set', () => {
    const s = new EditSession(base);
    const set = base.categorySets.find((c) => c.id === 'hcdb-dieu-10') as PackSource['categorySets'][number];
    const code = set.items[0].code;
    expect(new Set(categorySetUsage(base, set.id).map((u) => u.formId)).size).toBeGreaterThan(0);
    s.apply(setCategoryItemLabel(set.id, code, { vi: 'Nhãn mới' }));
    s.apply(moveCategoryItem(set.id, code, 2));
    s.apply(retireCategoryItem(set.id, code, true));
    const e = refusal(s, deleteCategoryItem(set.id, code));
    expect(e.code).toBe('in-use');
    expect(e.messages.vi).toContain('bieu-02');
    expect(e.messages.en).toContain('Retire the item instead');
    const moved = s.doc.categorySets.find((c) => c.id === set.id)?.items[2];
    expect(moved).toMatchObject({ code, label: { vi: 'Nhãn mới' }, retired: true });
    s.apply(addCategorySet('moi', { vi: 'Mới' }));
    s.apply(addCategoryItem('moi', 'A', { vi: 'A' }));
    s.apply(addCategoryItem('moi', 'A1', { vi: 'A1' }, 'A'));
    expect(refusal(s, addCategoryItem('moi', 'A1', { vi: 'again' })).code).toBe('code-clash');
    s.apply(deleteCategoryItem('moi', 'A1'));
    expect(s.doc.categorySets.at(-1)?.items).toEqual([{ code: 'A', label: { vi: 'A' } }]);
  });

  it('calendar and generic reorder', () => {
    const s = new EditSession(base);
    s.apply(setPeriodDue('2018-Q1', '2018-03-10'));
    expect(refusal(s, setPeriodDue('2018-Q1', '2018-02-30')).code).toBe('invalid');
    expect(refusal(s, setDefaultGraceDays(-1)).code).toBe('invalid');
    const [a, b] = s.doc.plan.targets;
    s.apply(moveInArray('/plan/targets', 0, 1));
    expect(s.doc.plan.targets.slice(0, 2).map((t) => t.code)).toEqual([b.code, a.code]);
    expect(refusal(s, moveInArray('/plan/nope', 0, 1)).code).toBe('not-found');
  });

  it('swaps the criteria set, rewriting what points at the old one, or says what still does', () => {
    const old = base.criteriaSets[0];
    const renamed: CriteriaSet = {
      ...structuredClone(old), id: 'qd-06-2019', title: { vi: 'QĐ 06/2019' },
      criteria: old.criteria.map((c, i) => ({ ...structuredClone(c), code: i === 0 ? 'TC_MOI' : c.code, title: i === 0 ? { vi: 'Hoàn toàn mới' } : c.title })),
    };
    const matches = autoMatchCriteria(old, renamed);
    expect(matches[0]).toEqual({ old: old.criteria[0].code, new: null, matchedBy: null });
    expect(matches[1]).toMatchObject({ new: old.criteria[1].code, matchedBy: 'code' });
    const retitled = { ...renamed, criteria: renamed.criteria.map((c, i) => (i === 0 ? { ...c, title: old.criteria[0].title } : c)) };
    expect(autoMatchCriteria(old, retitled)[0]).toEqual({ old: old.criteria[0].code, new: 'TC_MOI', matchedBy: 'title' });

    const s = new EditSession(base);
    const sa = base.forms.find((f) => f['x-fp-from-criteria'] === old.id) as PackSource['forms'][number];
    const ident = sa['x-fp-id'].replace(/-/g, '_');
    // a rule elsewhere that reads the self-assessment's first criterion
    s.apply(addField('bieu-01', 'ghi_chu_tc', { label: { vi: 'x' }, type: 'boolean', visibleIf: `$root.x == 1 || ${ident}.${old.criteria[0].code}.${old.criteria[0].indicators[0].code}.answer` }));
    s.apply(addCriteriaSet(renamed));
    const e = refusal(s, useCriteriaSet('qd-06-2019', { [old.criteria[0].code]: null }));
    expect(e.code).toBe('in-use');
    expect(e.messages.vi).toContain(old.criteria[0].code);
    expect(e.pointer).toMatch(/^\/forms\/\d+\/properties\/ghi_chu_tc\/x-fp-visible-if$/);
    s.apply(useCriteriaSet('qd-06-2019', { [old.criteria[0].code]: 'TC_MOI' }));
    expect(form(s.doc, sa['x-fp-id'])['x-fp-from-criteria']).toBe('qd-06-2019');
    expect((form(s.doc, sa['x-fp-id'])['x-fp-help'] as { vi: string }).vi).toContain('"QĐ 06/2019"');
    expect(s.doc.criteriaSets.map((c) => c.id)).toEqual(['qd-06-2019']);
    expect((form(s.doc, 'bieu-01').properties.ghi_chu_tc as { 'x-fp-visible-if': string })['x-fp-visible-if']).toContain(`${ident}.TC_MOI.`);
    s.undo();
    expect(s.doc.criteriaSets.map((c) => c.id)).toEqual([old.id, 'qd-06-2019']);
  });

  it('property: random commands undo to the base, redo to the final doc, replay from JSON history', () => {
    const fields = Object.keys(form(base, 'bieu-02').properties).map((k) => `/${k}`);
    const cmd = fc.oneof(
      fc.tuple(fc.constantFrom(...fields), fc.string({ minLength: 1, maxLength: 5 })).map(([p, vi]) => setFieldProps('bieu-02', p, { label: { vi } })),
      fc.tuple(fc.constantFrom(...fields), fc.integer({ min: 0, max: 8 })).map(([p, i]) => moveField('bieu-02', p, i)),
      fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), fc.integer({ min: 0, max: 8 })).map(([c, i]) => addField('bieu-02', c, { label: { vi: c }, type: 'integer' }, i)),
      fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,5}$/), fc.integer({ min: 0, max: 4 })).map(([c, i]) => addMatrixColumn('bieu-02', '/so_lieu', { code: `m_${c}`, label: { vi: c }, type: 'count' }, i)),
      fc.constantFrom('tong_so', 'duoc_tro_giup').map((c) => retireMatrixColumn('bieu-02', '/so_lieu', c)),
      fc.constantFrom('HCDB_01', 'HCDB_02').chain((r) => fc.boolean().map((h) => hideMatrixRow('bieu-02', '/so_lieu', r, h))),
      fc.integer({ min: 0, max: 30 }).map(setDefaultGraceDays),
      fc.tuple(fc.nat(5), fc.nat(5)).map(([a, b]) => moveInArray('/agencies', a, b)),
    );
    fc.assert(fc.property(fc.array(cmd, { maxLength: 20 }), (cmds) => {
      const s = new EditSession(base);
      for (const c of cmds) {
        try { s.apply(c); } catch (e) { if (!(e instanceof AuthoringError)) throw e; }
      }
      const final = s.doc;
      expect(new EditSession(base, JSON.parse(JSON.stringify(s.history())) as ReturnType<EditSession['history']>).doc).toEqual(final);
      while (s.canUndo) s.undo();
      expect(s.doc).toEqual(base);
      while (s.canRedo) s.redo();
      expect(s.doc).toEqual(final);
    }), { numRuns: 40 });
  });
});
