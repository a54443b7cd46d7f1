/**
 * The self-assessment is a report too (issue 10): submitted through `Store.submit` as the pack's
 * generated form, for the form's period; out-of-range answers refuse the submission.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackSource } from '../pack/types.js';
import { loadTayHo2018Pack } from '../pack/test-support/tay-ho-2018.js';
import { resolveForm } from '../schema/resolve-form.js';
import { AjvValidator } from '../validation/ajv-validator.js';
import { MemoryStore } from '../storage/memory-store.js';
import { exportBundle } from '../exchange/export-bundle.js';
import { assessmentDiffersFrom, assessmentReportKey, submitAssessment } from './assessment-submission.js';
import { answersFromSelfAssessment } from './self-assessment-answers.js';

let pack: PackSource;
beforeAll(async () => {
  pack = await loadTayHo2018Pack();
});

const WARD = 'P00091';
const base = {
  criteriaSetId: 'qd-34-2014', ward: WARD, year: 2018, cutOffDate: '2018-11-10', author: 'Nguyễn Văn A',
  answers: { TC01_1: true, TC02_1: 99.5, TC07_2: 30 } as Record<string, unknown>,
  evidence: { TC01_1: 'Nghị quyết số 12' } as Record<string, string>,
};

describe('assessmentReportKey', () => {
  it('is the generated form for the period of its kind in the year (tu-danh-gia × 2018-CFW, due 15/11)', () => {
    const key = assessmentReportKey(pack, 'qd-34-2014', WARD, 2018);
    expect(key).toEqual({ packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'tu-danh-gia', ward: WARD, period: '2018-CFW' });
    expect(pack.calendar.periods.find((p) => p.id === key?.period)?.due).toBe('2018-11-15');
    expect(assessmentReportKey(pack, 'qd-34-2014', WARD, 2019)).toBeUndefined();
    expect(assessmentReportKey(pack, 'no-such-set', WARD, 2018)).toBeUndefined();
  });
});

describe('submitAssessment', () => {
  it('appends a submission of the generated form whose data validates against it and is exported', async () => {
    const store = new MemoryStore();
    const r = await submitAssessment(store, pack, base);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.value).toMatchObject({ formId: 'tu-danh-gia', period: '2018-CFW', revision: 1, author: 'Nguyễn Văn A', status: 'submitted' });
    const data = r.value.data as Record<string, Record<string, unknown>>;
    expect(data.thong_tin).toEqual({ ngay_chot_so_lieu: '2018-11-10', nguoi_lap: 'Nguyễn Văn A' });
    expect(data.TC01.TC01_1).toEqual({ answer: true, evidence: 'Nghị quyết số 12' });
    expect(data.ket_qua).toEqual({ tong_diem: 25 + 50 + 30, dat_chuan: false });
    const form = resolveForm(pack, 'tu-danh-gia');
    if (!form) throw new Error('no tu-danh-gia');
    expect(new AjvValidator().validate(form.schema, data).filter((e) => e.severity === 'error')).toEqual([]);
    expect(answersFromSelfAssessment(pack.criteriaSets[0], data)).toEqual(base.answers);
    const bundle = await exportBundle(store, { packId: pack.manifest.id, packVersion: pack.manifest.version, ward: WARD });
    expect(bundle.submissions.map((s) => s.formId)).toEqual(['tu-danh-gia']);
  });

  it('is refused while an answer is out of range (99 in a 0–35 field), nothing stored', async () => {
    const store = new MemoryStore();
    const r = await submitAssessment(store, pack, { ...base, answers: { ...base.answers, TC07_2: 99 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.indicator])).toEqual([['invalid-answer', 'TC07_2']]);
    expect(r.problems[0].message.vi).toContain('0–35');
    expect(await store.listSubmissions({ ward: WARD })).toEqual([]);
  });

  it('is refused once the district accepted it (accepted is final), allowed again after a return', async () => {
    const store = new MemoryStore();
    const key = assessmentReportKey(pack, 'qd-34-2014', WARD, 2018);
    if (!key) throw new Error('no key');
    const first = await submitAssessment(store, pack, base);
    if (!first.ok) throw new Error('refused');
    await store.review({ key, revision: 1, decision: 'return', comment: 'Bổ sung minh chứng', reviewer: 'Quận' });
    const second = await submitAssessment(store, pack, base);
    if (!second.ok) throw new Error('refused after a return');
    expect(second.value.revision).toBe(2);
    await store.review({ key, revision: 2, decision: 'accept', comment: '', reviewer: 'Quận' });
    const third = await submitAssessment(store, pack, base);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.problems.map((p) => p.code)).toEqual(['accepted']);
    expect((await store.listSubmissions({ ward: WARD })).length).toBe(2);
  });

  it('tells whether the current answers differ from the submitted revision', async () => {
    const store = new MemoryStore();
    const r = await submitAssessment(store, pack, base);
    if (!r.ok) throw new Error('refused');
    const set = pack.criteriaSets[0];
    expect(assessmentDiffersFrom(set, base, r.value.data)).toBe(false);
    expect(assessmentDiffersFrom(set, { ...base, answers: { ...base.answers, TC07_2: 31 } }, r.value.data)).toBe(true);
    expect(assessmentDiffersFrom(set, { ...base, evidence: { TC01_1: 'Nghị quyết số 13' } }, r.value.data)).toBe(true);
    expect(assessmentDiffersFrom(set, { ...base, answers: { ...base.answers, TC13_2: null } }, r.value.data)).toBe(false);
  });
});
