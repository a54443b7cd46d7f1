import { describe, expect, it } from 'vitest';
import { buildPack, form } from '../calendar/test-helpers.js';
import type { AuthoredForm, PackSource } from '../pack/types.js';
import { diff } from './diff.js';
import { rollover } from './rollover.js';

const keys = (entries: ReturnType<typeof diff>) => entries.map((e) => `${e.kind} ${e.key}`);

/** The diff from the test pack to a copy changed by `edit`. */
const diffAfter = (edit: (b: PackSource) => void): ReturnType<typeof diff> => {
  const b = buildPack();
  edit(b);
  return diff(buildPack(), b);
};

describe('diff', () => {
  it('finds nothing between a pack and its copy', () => {
    expect(diff(buildPack(), structuredClone(buildPack()))).toEqual([]);
  });

  it('compares periods by kind, so a rolled-over calendar shows changed dates', () => {
    const a = buildPack();
    const b = rollover(a, 2019).pack;
    const cal = diff(a, b).filter((e) => e.area === 'calendar');
    expect(cal).toContainEqual(expect.objectContaining({
      kind: 'changed', key: 'calendar/periods/H1/due', before: '2018-05-15', after: '2019-05-15',
    }));
    expect(keys(cal)).toContain('changed calendar/periods/H1/id');
    expect(keys(cal)).not.toContain('added calendar/periods/H1');
    expect(diff(a, b).filter((e) => e.area === 'forms')).toEqual([]);
    const h1 = cal.find((e) => e.key === 'calendar/periods/H1/due');
    expect(h1?.message).toEqual({
      vi: 'Đổi calendar/periods/H1/due: "2018-05-15" → "2019-05-15"',
      en: 'Changed calendar/periods/H1/due: "2018-05-15" → "2019-05-15"',
    });
  });

  it('keys category items by set id and code, not position', () => {
    const entries = diffAfter((b) => {
      const set = b.categorySets[0];
      set.items.reverse(); // reordering alone is not a change of any item
      set.items.push({ code: 'HCDB_05', label: { vi: 'Trẻ em khuyết tật' } });
      set.items.find((i) => i.code === 'HCDB_04')!.children = [];
      b.categorySets[1].items[0].label = { vi: 'Giới tính nam' };
    });
    expect(keys(entries)).toEqual([
      'removed categorySets/hcdb-dieu-10/HCDB_04/HCDB_04a',
      'added categorySets/hcdb-dieu-10/HCDB_05',
      'changed categorySets/gioi-tinh/nam/label',
    ]);
  });

  it('keys criteria by set, criterion and indicator code', () => {
    const [entry] = diffAfter((b) => {
      b.criteriaSets[0].criteria[0].indicators[0].maxPoints = 5;
    });
    expect(entry).toMatchObject({ area: 'criteria', kind: 'changed', key: 'criteria/qd-34-2014/TC1/TC1_1/maxPoints', before: 10, after: 5 });
  });

  it('keys forms by x-fp-id and fields by property path, matrix columns and rules by code', () => {
    const a = buildPack();
    const b = buildPack();
    const f = b.forms[0] as AuthoredForm & { 'x-fp-rules': { code: string; expr: string }[]; required: string[] };
    const props = f.properties as Record<string, Record<string, unknown>>;
    const matrix = props.so_lieu['x-fp-matrix'] as { columns: Record<string, unknown>[] };
    matrix.columns.reverse();
    matrix.columns.push({ code: 'duoc_tro_giup', label: { vi: 'Được trợ giúp' }, type: 'count' });
    (matrix.columns.find((c) => c.code === 'tong_so')!).label = { vi: 'Cộng' };
    f['x-fp-rules'][0].expr = 'so_lieu.HCDB_01.tong_so < tong_tre_em';
    props.ghi_chu = { type: 'string' };
    f.required = ['tong_tre_em', 'ghi_chu'];
    b.forms.reverse();
    b.forms.push(form('b09', ['Y']));
    expect(keys(diff(a, b).filter((e) => e.area === 'forms'))).toEqual([
      'added forms/b01/required/ghi_chu',
      'changed forms/b01/properties/so_lieu/x-fp-matrix/columns/tong_so/label',
      'added forms/b01/properties/so_lieu/x-fp-matrix/columns/duoc_tro_giup',
      'added forms/b01/properties/ghi_chu',
      'changed forms/b01/x-fp-rules/R1/expr',
      'added forms/b09',
    ]);
  });

  it('keys plan tasks by assignment number and task code, and compares plain lists as sets', () => {
    const entries = diffAfter((b) => {
      b.plan.assignments[0].tasks.unshift({ code: 'NV0', text: { vi: 'Mới' } });
      b.plan.assignments[0].tasks[2].text = { vi: 'Kiểm tra, giám sát' };
      b.plan.recipients = ['Sở LĐTB&XH', 'Lưu VT'];
      b.plan.targets = [];
    });
    expect(keys(entries)).toEqual([
      'removed plan/targets/MT1',
      'changed plan/assignments/1/tasks/NV2/text',
      'added plan/assignments/1/tasks/NV0',
      'added plan/recipients/Lưu VT',
    ]);
    const reordered = buildPack();
    reordered.plan.recipients = ['Lưu VT', 'Sở LĐTB&XH'];
    const b = buildPack();
    b.plan.recipients = ['Sở LĐTB&XH', 'Lưu VT'];
    expect(keys(diff(b, reordered)).filter((k) => k.includes('recipients'))).toEqual(['changed plan/recipients']);
  });

  it('reports manifest, org unit and agency changes', () => {
    const a = buildPack();
    const b = buildPack();
    b.manifest.version = '1.3.0';
    b.orgUnits.pop();
    b.agencies.push({ code: 'YTE', name: { vi: 'Trung tâm Y tế' } });
    expect(diff(a, b).map((e) => [e.area, e.kind, e.key])).toEqual([
      ['manifest', 'changed', 'manifest/version'],
      ['orgUnits', 'removed', 'orgUnits/P_NHAT_TAN'],
      ['agencies', 'added', 'agencies/YTE'],
    ]);
  });

  it('refuses forbidden keys', () => {
    const a = buildPack();
    const b = buildPack();
    (b.forms[0].properties as Record<string, unknown>).x = JSON.parse('{"__proto__": {"type": "string"}}');
    expect(() => diff(a, b)).toThrow(/Forbidden key/);
  });
});
