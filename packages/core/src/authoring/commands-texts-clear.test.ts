import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import {
  addContentItem, moveContentItem, setCategorySetTitle, setContentItemText, setCriteriaSetTitle, setPeriodKindLabel, setPeriodLabel,
} from './commands-texts.js';
import {
  setCriterionMinPoints, setIndicatorOptional, setOrgUnitValidity, setPlanTargetBinding,
} from './commands-clear.js';
import { setFieldProps } from './commands-forms.js';
import { setIndicator } from './commands-criteria.js';
import { EditSession } from './edit-session.js';
import { refusalOf as refused } from './test-support/refusal.js';
import { checkDraftPack } from './problems.js';
import { loadTayHo2018Pack, testMetaSchemas } from './test-support/packs.js';

let base: PackSource;
beforeAll(async () => { base = await loadTayHo2018Pack(); });


const codes = (p: PackSource) => p.plan.contentItems.map((c) => c.code);

describe('text commands', () => {
  it('adds, edits and reorders content items; codes stay; undo restores', async () => {
    const s = new EditSession(base);
    s.apply(addContentItem({ code: 'II_10', text: { vi: 'Tổ chức diễn đàn trẻ em', en: 'Hold a children’s forum' } }));
    expect(codes(s.doc).at(-1)).toBe('II_10');
    s.apply(addContentItem({ code: 'II_3_9', text: { vi: 'Mục con mới' } }, 'II_3', 0));
    expect(s.doc.plan.contentItems[2].children![0]).toEqual({ code: 'II_3_9', text: { vi: 'Mục con mới' } });
    s.apply(setContentItemText('II_3_9', { vi: 'Mục con đã sửa', en: 'Edited sub-item' }));
    expect(s.doc.plan.contentItems[2].children![0].text).toEqual({ vi: 'Mục con đã sửa', en: 'Edited sub-item' });
    s.apply(moveContentItem('II_10', 0));
    expect(codes(s.doc).slice(0, 2)).toEqual(['II_10', 'II_1']);
    expect(refused(s, addContentItem({ code: 'II_1', text: { vi: 'X' } })).code).toBe('code-clash');
    expect(refused(s, setContentItemText('II_99', { vi: 'X' })).code).toBe('not-found');
    expect(checkDraftPack(s.doc, await testMetaSchemas()).filter((p) => p.severity === 'error')).toEqual([]);
    while (s.canUndo) s.undo();
    expect(s.doc).toEqual(base);
  });

  it('renames periods, period kinds, category sets and criteria sets (NFC) without touching ids', () => {
    const s = new EditSession(base);
    s.apply(setPeriodLabel('2018-Q1', { vi: 'Quy\u0301 I/2018', en: 'Q1 2018' }));
    const q1 = s.doc.calendar.periods.find((p) => p.id === '2018-Q1')!;
    expect(q1.label.vi).toBe('Quý I/2018'.normalize('NFC'));
    s.apply(setPeriodKindLabel('H1', { vi: 'Sáu tháng đầu năm', en: 'First half' }));
    expect(s.doc.calendar.periodKinds.find((k) => k.code === 'H1')!.label.vi).toBe('Sáu tháng đầu năm');
    const setId = s.doc.categorySets[0].id;
    s.apply(setCategorySetTitle(setId, { vi: 'Nhóm trẻ em' }));
    expect(s.doc.categorySets[0]).toMatchObject({ id: setId, title: { vi: 'Nhóm trẻ em' } });
    s.apply(setCriteriaSetTitle('qd-34-2014', { vi: 'QĐ 34/2014', en: 'Decision 34/2014' }));
    expect(s.doc.criteriaSets[0]).toMatchObject({ id: 'qd-34-2014', title: { vi: 'QĐ 34/2014' } });
    // the same text again is no change (no empty undo step)
    expect(s.apply(setPeriodLabel('2018-Q1', { vi: 'Quý I/2018', en: 'Q1 2018' }))).toBeUndefined();
    expect(refused(s, setPeriodLabel('2018-Q9', { vi: 'X' })).messages.vi).toBe("Không tìm thấy kỳ báo cáo '2018-Q9'.");
    expect(refused(s, setCriteriaSetTitle('khong-co', { vi: 'X' })).code).toBe('not-found');
  });
});

describe('clearing optional values (null removes)', () => {
  it('clears an indicator binding and evidence, which setIndicator cannot', () => {
    const s = new EditSession(base);
    const ind = () => s.doc.criteriaSets[0].criteria[0].indicators[1];
    expect(ind().binding).toBe('bieu_08.nguon_luc.co_can_bo_bvcste');
    // the older command skips undefined: nothing changes
    expect(s.apply(setIndicator('qd-34-2014', 'TC01', 'TC01_2', { binding: undefined }))).toBeUndefined();
    s.apply(setIndicatorOptional('qd-34-2014', 'TC01', 'TC01_2', { evidence: { vi: 'Quyết định thành lập' } }));
    expect(ind().evidence).toEqual({ vi: 'Quyết định thành lập' });
    const tx = s.apply(setIndicatorOptional('qd-34-2014', 'TC01', 'TC01_2', { binding: null, evidence: null }));
    expect(tx?.label.vi).toBe("Xoá cách đo/minh chứng của chỉ tiêu 'TC01_2'");
    expect('binding' in ind()).toBe(false);
    expect('evidence' in ind()).toBe(false);
    expect(refused(s, setIndicatorOptional('qd-34-2014', 'TC01', 'TC01_2', { binding: '  ' })).code).toBe('invalid');
    s.undo();
    expect(ind().binding).toBe('bieu_08.nguon_luc.co_can_bo_bvcste');
  });

  it('sets and clears a criterion minimum within its maximum', () => {
    const s = new EditSession(base);
    s.apply(setCriterionMinPoints('qd-34-2014', 'TC01', 50));
    expect(s.doc.criteriaSets[0].criteria[0].minPoints).toBe(50);
    expect(refused(s, setCriterionMinPoints('qd-34-2014', 'TC01', 101)).messages.vi).toContain('từ 0 đến 100');
    s.apply(setCriterionMinPoints('qd-34-2014', 'TC01', null));
    expect('minPoints' in s.doc.criteriaSets[0].criteria[0]).toBe(false);
  });

  it("sets and clears an org unit's validity, refusing an end before the start", () => {
    const s = new EditSession(base);
    const unit = () => s.doc.orgUnits.find((u) => u.code === 'P00091')!;
    expect(unit().validTo).toBe('2025-07-01');
    s.apply(setOrgUnitValidity('P00091', { validFrom: '2008-08-01' }));
    expect(unit()).toMatchObject({ validFrom: '2008-08-01', validTo: '2025-07-01' });
    expect(refused(s, setOrgUnitValidity('P00091', { validTo: '2008-01-01' })).messages.en).toContain('must be after the start');
    expect(refused(s, setOrgUnitValidity('P00091', { validTo: '2025-02-30' })).code).toBe('invalid');
    s.apply(setOrgUnitValidity('P00091', { validFrom: null, validTo: null }));
    expect('validFrom' in unit() || 'validTo' in unit()).toBe(false);
  });

  it("clears a plan target's binding and a field's unit, bounds and help", () => {
    const s = new EditSession(base);
    const code = s.doc.plan.targets.find((t) => t.binding)!.code;
    s.apply(setPlanTargetBinding(code, null));
    expect('binding' in s.doc.plan.targets.find((t) => t.code === code)!).toBe(false);
    s.apply(setPlanTargetBinding(code, { expr: 'wards_recognised', op: '>=', value: 5 }));
    expect(s.doc.plan.targets.find((t) => t.code === code)!.binding).toEqual({ expr: 'wards_recognised', op: '>=', value: 5 });
    const form = base.forms.find((f) => f['x-fp-id'] === 'bieu-08')!;
    const [code8] = Object.keys(form.properties);
    s.apply(setFieldProps('bieu-08', `/${code8}`, { help: { vi: 'Ghi chú' }, minimum: 0, maximum: 9, unit: 'person' }));
    s.apply(setFieldProps('bieu-08', `/${code8}`, { help: null, minimum: null, maximum: null, unit: null }));
    const node = s.doc.forms.find((f) => f['x-fp-id'] === 'bieu-08')!.properties[code8] as Record<string, unknown>;
    for (const k of ['x-fp-help', 'minimum', 'maximum', 'x-fp-unit']) expect(k in node).toBe(false);
  });
});
