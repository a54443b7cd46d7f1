import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import { setAgency } from './commands-calendar.js';
import { setFieldProps } from './commands-forms.js';
import { draftBindingFields, draftExpressionFields, targetFigureFields } from './draft-fields.js';
import { EditSession } from './edit-session.js';
import { loadTayHo2018Pack } from './test-support/packs.js';

let base: PackSource;
beforeAll(async () => { base = await loadTayHo2018Pack(); });

describe('draft fields for the expression pickers', () => {
  it('offers a form its own fields, resolving it again only when it changed', () => {
    const s = new EditSession(base);
    const first = draftExpressionFields(s.doc, 'bieu-08');
    expect(first.map((f) => f.code)).toContain('nguon_luc.co_can_bo_bvcste');
    s.apply(setAgency(s.doc.agencies[0].code, { short: 'UBND' }));
    expect(draftExpressionFields(s.doc, 'bieu-08')).toBe(first);
    s.apply(setFieldProps('bieu-08', '/nguon_luc/co_can_bo_bvcste', { label: { vi: 'Có cán bộ' } }));
    const again = draftExpressionFields(s.doc, 'bieu-08');
    expect(again).not.toBe(first);
    expect(again.find((f) => f.code === 'nguon_luc.co_can_bo_bvcste')!.label.vi).toContain('Có cán bộ');
    expect(draftExpressionFields(s.doc, 'khong-co')).toEqual([]);
  });

  it('offers bindings the fields of every entered form, prefixed with the form, not the self-assessment', () => {
    const codes = draftBindingFields(base).map((f) => f.code);
    expect(codes).toContain('bieu_08.nguon_luc.co_can_bo_bvcste');
    expect(codes.some((c) => c.startsWith('tu_danh_gia.'))).toBe(false);
    expect(draftBindingFields(base)).toBe(draftBindingFields(base));
  });

  it('offers plan targets the district figures and those the targets already name, all numbers', () => {
    const fields = targetFigureFields(base);
    expect(fields.slice(0, 2)).toEqual([
      { code: 'wards_total', label: { vi: 'Số phường', en: 'Wards' }, type: 'number' },
      { code: 'wards_assessed', label: { vi: 'Phường đã tự đánh giá', en: 'Wards assessed' }, type: 'number' },
    ]);
    expect(fields.map((f) => f.code)).toContain('children_participating');
    expect(new Set(fields.map((f) => f.code)).size).toBe(fields.length);
  });
});
