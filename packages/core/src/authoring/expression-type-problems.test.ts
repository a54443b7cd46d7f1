import { beforeAll, describe, expect, it } from 'vitest';
import type { MetaSchemaDoc } from '../pack/meta-validator.js';
import type { PackSource } from '../pack/types.js';
import { setFieldProps } from './commands-forms.js';
import { setIndicatorOptional } from './commands-clear.js';
import { EditSession } from './edit-session.js';
import { checkDraftPack } from './problems.js';
import { loadTayHo2018Pack, testMetaSchemas } from './test-support/packs.js';

let base: PackSource;
let meta: MetaSchemaDoc[];
beforeAll(async () => { [base, meta] = await Promise.all([loadTayHo2018Pack(), testMetaSchemas()]); });

describe('expression type warnings in checkDraftPack', () => {
  it('finds none in the 2018 pack', () => {
    expect(checkDraftPack(base, meta)).toEqual([]);
  });

  it('warns (not errs) at the place of a condition that is not true/false and of arithmetic on a yes/no', () => {
    const s = new EditSession(base);
    const fi = base.forms.findIndex((f) => f['x-fp-id'] === 'bieu-08');
    const codes = Object.keys(base.forms[fi].properties);
    const group = codes.find((c) => (base.forms[fi].properties[c] as { type?: string }).type === 'object')!;
    const inner = Object.keys((base.forms[fi].properties[group] as { properties: object }).properties);
    s.apply(setFieldProps('bieu-08', `/${group}/${inner[1]}`, { visibleIf: `${inner[0]} + 1` }));
    const problems = checkDraftPack(s.doc, meta);
    // the first field of bieu-08's group is a yes/no: `+` needs a number, and a condition must be true/false
    const place = `/forms/${fi}/properties/${group}/properties/${inner[1]}/x-fp-visible-if`;
    expect(problems.map((p) => [p.pointer, p.area, p.severity])).toEqual([[place, 'forms', 'warning'], [place, 'forms', 'warning']]);
    expect(problems.map((p) => p.message.vi)).toEqual([
      'Toán tử "+" cần số, nhận được giá trị đúng/sai', 'Biểu thức ở đây phải cho giá trị đúng/sai, nhưng cho số',
    ]);
  });

  it('warns when an indicator binding does not fit its scoring; errors still come first', () => {
    const s = new EditSession(base);
    // TC01_2 is scored true/false; a count does not fit
    s.apply(setIndicatorOptional('qd-34-2014', 'TC01', 'TC01_2', { binding: 'bieu_08.nguon_luc.so_cong_tac_vien' }));
    const problems = checkDraftPack(s.doc, meta);
    expect(problems.map((p) => [p.pointer, p.area, p.severity])).toEqual([['/criteriaSets/0/criteria/0/indicators/1/binding', 'criteria', 'warning']]);
    s.apply(setIndicatorOptional('qd-34-2014', 'TC01', 'TC01_3', { binding: 'bieu_08.khong_co' }));
    const both = checkDraftPack(s.doc, meta);
    expect(both.map((p) => p.severity)).toEqual(['error', 'warning']);
  });
});
