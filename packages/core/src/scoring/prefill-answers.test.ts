import { describe, expect, it } from 'vitest';
import { prefillAnswers, splitBindingPath } from './prefill-answers.js';
import { scoreAssessment } from './score-assessment.js';
import { testCriteria } from './test-criteria.js';

describe('splitBindingPath', () => {
  it('maps the first segment to a form id', () => {
    expect(splitBindingPath(['bieu_06', 'so_lieu', 'x'])).toEqual({ formId: 'bieu-06', path: ['so_lieu', 'x'] });
    expect(splitBindingPath(['forms', 'tu_danh_gia', 'a'])).toEqual({ formId: 'tu-danh-gia', path: ['a'] });
    expect(splitBindingPath(['$root', 'bieu_02'])).toEqual({ formId: 'bieu-02', path: [] });
    expect(splitBindingPath([])).toBeNull();
  });
});

describe('prefillAnswers', () => {
  const reports = [
    { formId: 'bieu-06', data: { so_lieu: { khai_sinh: { ty_le: 99.2 } } } },
    { formId: 'bieu-02', data: { so_lieu: { HCDB_04: { tong_so: 0 } } } },
  ];

  it('fills bound indicators from report data with their source', () => {
    const pre = prefillAnswers(testCriteria(), reports);
    expect(Object.keys(pre).sort()).toEqual(['TC2_1', 'TC3_1']);
    expect(pre.TC2_1).toEqual({
      value: 99.2, incomplete: false,
      source: { formId: 'bieu-06', formIds: ['bieu-06'], pointer: '/so_lieu/khai_sinh/ty_le', expr: 'bieu_06.so_lieu.khai_sinh.ty_le' },
    });
    expect(pre.TC3_1).toMatchObject({ value: 0, source: { formId: 'bieu-02', pointer: '/so_lieu/HCDB_04/tong_so' } });
  });

  it('prefilled values score like typed answers', () => {
    const pre = prefillAnswers(testCriteria(), reports);
    const answers = { TC1_1: 400, TC4_1: true, TC4_2: 0, TC2_1: pre.TC2_1.value, TC3_1: pre.TC3_1.value };
    expect(scoreAssessment(testCriteria(), answers, { localityClass: 'city-ward' }).total).toBe(1000);
  });

  it('a form not reported gives null and incomplete, never 0', () => {
    const pre = prefillAnswers(testCriteria(), [reports[0]]);
    expect(pre.TC3_1).toMatchObject({ value: null, incomplete: true });
  });

  it('evaluates expressions over several forms and wildcards', () => {
    const cs = testCriteria();
    cs.criteria[1].indicators[0].binding = 'percent(bieu_06.da_khai_sinh, bieu_06.tong_so)';
    cs.criteria[2].indicators[0].binding = 'sum(bieu_02.so_lieu.*.tong_so)';
    const pre = prefillAnswers(cs, [
      { formId: 'bieu-06', data: { da_khai_sinh: 49, tong_so: 50 } },
      { formId: 'bieu-02', data: { so_lieu: { HCDB_01: { tong_so: 2 }, HCDB_04: { tong_so: 3 }, HCDB_05: {} } } },
    ]);
    expect(pre.TC2_1).toMatchObject({ value: 98, source: { formId: 'bieu-06', expr: 'percent(bieu_06.da_khai_sinh, bieu_06.tong_so)' } });
    expect(pre.TC2_1.source.pointer).toBeUndefined();
    expect(pre.TC3_1).toMatchObject({ value: 5, incomplete: true });
  });

  it('a broken binding is an error on that indicator only', () => {
    const cs = testCriteria();
    cs.criteria[1].indicators[0].binding = 'bieu_06.(';
    const pre = prefillAnswers(cs, reports);
    expect(pre.TC2_1.value).toBeNull();
    expect(pre.TC2_1.error?.vi).toBeTruthy();
    expect(pre.TC3_1.value).toBe(0);
  });
});
