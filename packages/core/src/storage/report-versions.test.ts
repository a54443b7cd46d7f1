import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTayHo2018Pack } from '../pack/test-support/tay-ho-2018.js';
import type { PackSource } from '../pack/types.js';
import { resolveForm } from '../schema/resolve-form.js';
import { aggregate } from '../aggregate/aggregate.js';
import { IdbStore } from './idb-store.js';
import { MemoryStore } from './memory-store.js';
import { readStoredReport } from './report-state.js';
import { latestSubmissions, openingVersion, packOfReport, readReport, readReports, reportKeyText, unsentDrafts } from './report-versions.js';
import { dataByCode, reportsForTotals } from './report-values.js';
import { pickAssessment, readAssessmentAcrossVersions } from './assessment-versions.js';
import { ReviewRefusedError, SubmissionRefusedError } from './storage-errors.js';
import type { AssessmentRecord, FormDataKey } from './records.js';
import type { StoreOptions } from './base-store.js';
import type { Store } from './store.js';
import { planPeriod } from '../calendar/report-policy.js';

let v100: PackSource;
let v110: PackSource;

beforeAll(async () => {
  v100 = await loadTayHo2018Pack();
  v110 = structuredClone(v100);
  v110.manifest.version = '1.1.0';
  const b02 = v110.forms.find((f) => f['x-fp-id'] === 'bieu-02');
  const props = b02?.properties as Record<string, Record<string, unknown>>;
  props.tre_em_hcdb['x-fp-label'] = { vi: 'Số trẻ em có hoàn cảnh đặc biệt (sửa)', en: 'Children in special circumstances (edited)' };
  props.tre_moi = { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Trẻ em mới phát hiện', en: 'Newly found children' } };
});

const WARD = 'P00091';
const key = (packVersion: string, over: Partial<FormDataKey> = {}): FormDataKey =>
  ({ packId: 'tay-ho-2018', packVersion, formId: 'bieu-02', ward: WARD, period: '2018-Q1', ...over });
const data = (n: number) => ({ so_lieu: { HCDB_01: { tong_so: n } }, tre_em_hcdb: n });
const submit = (s: Store, k: FormDataKey, n = 3) => s.submit({ key: k, data: data(n), cutOffDate: '2018-03-10', author: 'Lan' });

const stores: [string, (o: StoreOptions) => Store][] = [
  ['MemoryStore', (o) => new MemoryStore(o)],
  ['IdbStore (fake-indexeddb)', (o) => new IdbStore({ ...o, indexedDB: new IDBFactory() })],
];

describe.each(stores)('one report across the versions of a pack id: %s', (_name, make) => {
  /** A store holding both versions, its clock on 10/03/2018 (before 2018-Q1 is due), moving a second a read. */
  const withStore = (fn: (s: Store) => Promise<void>) => async () => {
    let t = Date.parse('2018-03-10T03:00:00Z');
    const s = make({ now: () => new Date((t += 1000)) });
    try {
      await s.putPack({ id: 'tay-ho-2018', version: '1.0.0', source: v100 });
      await s.putPack({ id: 'tay-ho-2018', version: '1.1.0', source: v110 });
      await fn(s);
    } finally {
      await s.close();
    }
  };

  it('a report submitted under 1.0.0 is submitted when read under 1.1.0, and keeps its own version', withStore(async (s) => {
    await submit(s, key('1.0.0'));
    const latest = await latestSubmissions(s, { packId: 'tay-ho-2018', period: '2018-Q1' });
    expect(latest.map((r) => [r.ward, r.packVersion, r.revision, r.status])).toEqual([[WARD, '1.0.0', 1, 'submitted']]);
    const { policy, submissions } = await readStoredReport(s, key('1.1.0'), planPeriod(v110, 'bieu-02', '2018-Q1'), '2018-03-11');
    expect(policy.report?.status).toBe('submitted');
    expect(submissions.map((r) => r.packVersion)).toEqual(['1.0.0']);
    const reports = await readReports(s, { packId: 'tay-ho-2018', ward: WARD });
    const one = reports.get(reportKeyText(key('1.1.0')));
    expect(one?.submissions.length).toBe(1);
  }));

  it('numbers revisions across versions: a return under 1.0.0, then revision 2 under 1.1.0 supersedes it', withStore(async (s) => {
    await submit(s, key('1.0.0'));
    await s.review({ key: key('1.0.0'), revision: 1, decision: 'return', comment: 'Thiếu số liệu', reviewer: 'Quận' });
    const second = await submit(s, key('1.1.0'), 4);
    expect([second.packVersion, second.revision]).toEqual(['1.1.0', 2]);
    const e = await s.review({ key: key('1.0.0'), revision: 1, decision: 'accept', comment: '', reviewer: 'Quận' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ReviewRefusedError);
    expect((e as ReviewRefusedError).reason).toBe('superseded');
    const { submissions, reviews } = await readReport(s, key('1.0.0'));
    expect(submissions.map((r) => `${r.packVersion}#${r.revision}:${r.status}`)).toEqual(['1.0.0#1:returned', '1.1.0#2:submitted']);
    expect(reviews.length).toBe(1);
    await s.review({ key: key('1.1.0'), revision: 2, decision: 'accept', comment: '', reviewer: 'Quận' });
    expect((await latestSubmissions(s, { packId: 'tay-ho-2018' }))[0].status).toBe('accepted');
  }));

  it('an acceptance under 1.0.0 is final under 1.1.0, until the district reopens the report', withStore(async (s) => {
    await submit(s, key('1.0.0'));
    await s.review({ key: key('1.0.0'), revision: 1, decision: 'accept', comment: '', reviewer: 'Quận' });
    const refused = await submit(s, key('1.1.0')).catch((x: unknown) => x);
    expect(refused).toBeInstanceOf(SubmissionRefusedError);
    expect((refused as SubmissionRefusedError).code).toBe('accepted-final');
    const reopened = await s.reopen({ key: key('1.1.0'), reason: 'Sửa theo biểu mới', by: 'Quận' });
    expect(reopened.afterRevision).toBe(1);
    const { policy } = await readStoredReport(s, key('1.0.0'), planPeriod(v100, 'bieu-02', '2018-Q1'), '2018-03-11');
    expect(policy.report?.status).toBe('reopened');
    expect((await submit(s, key('1.1.0'))).revision).toBe(2);
  }));

  it('totals count a 1.0.0 report under 1.1.0 by code: its figures counted, the column added in 1.1.0 empty', withStore(async (s) => {
    await submit(s, key('1.0.0'), 3);
    await submit(s, key('1.1.0', { ward: 'P00094' }), 5);
    const form = resolveForm(v110, 'bieu-02');
    if (!form) throw new Error('no bieu-02');
    const reports = await reportsForTotals(s, v110, form, '2018-Q1');
    expect(reports.map((r) => [r.ward, r.packVersion])).toEqual([[WARD, '1.0.0'], ['P00094', '1.1.0']]);
    const result = aggregate({ formId: 'bieu-02', periodId: '2018-Q1', wards: [WARD, 'P00094'], reports, fields: ['/so_lieu/HCDB_01/tong_so', '/tre_moi'] });
    expect(result.completeness.submitted).toBe(2);
    expect(result.cells['/so_lieu/HCDB_01/tong_so'].sum).toBe(8);
    expect(result.cells['/tre_moi'].missingWards).toEqual([WARD, 'P00094']);
  }));

  it('opens a report under the version its records were made under', withStore(async (s) => {
    const packs = await s.listPacks();
    expect((await packOfReport(s, v110, packs, { formId: 'bieu-02', ward: WARD, period: '2018-Q1' })).manifest.version).toBe('1.1.0');
    await submit(s, key('1.0.0'));
    expect((await packOfReport(s, v110, packs, { formId: 'bieu-02', ward: WARD, period: '2018-Q1' })).manifest.version).toBe('1.0.0');
    await s.saveDraft(key('1.1.0'), data(1), 0);
    expect((await packOfReport(s, v110, packs, { formId: 'bieu-02', ward: WARD, period: '2018-Q1' })).manifest.version).toBe('1.1.0');
  }));

  it('only drafts newer than their report\'s latest submission are unsent work to carry to a new version', withStore(async (s) => {
    const version = { packId: 'tay-ho-2018', packVersion: '1.0.0' };
    const d1 = await s.saveDraft(key('1.0.0'), data(1), 0);
    await s.saveDraft(key('1.0.0', { period: '2018-H1' }), data(2), 0);
    expect((await unsentDrafts(s, version)).map((d) => d.period).sort()).toEqual(['2018-H1', '2018-Q1']);
    await submit(s, key('1.0.0'), 1);
    expect((await unsentDrafts(s, version)).map((d) => d.period)).toEqual(['2018-H1']);
    await s.saveDraft(key('1.0.0'), data(5), d1.revision);
    expect((await unsentDrafts(s, version)).map((d) => d.period).sort()).toEqual(['2018-H1', '2018-Q1']);
  }));

  it('reads a ward\'s assessment saved under 1.0.0 when the year\'s version is 1.1.0', withStore(async (s) => {
    const k = { packId: 'tay-ho-2018', criteriaSetId: 'cs', ward: WARD, year: 2018 };
    await s.saveAssessment({ ...k, packVersion: '1.0.0', answers: { a: 1 }, evidence: {} }, 0);
    const found = await readAssessmentAcrossVersions(s, { ...k, packVersion: '1.1.0' });
    expect([found?.packVersion, found?.answers]).toEqual(['1.0.0', { a: 1 }]);
    await s.saveAssessment({ ...k, packVersion: '1.1.0', answers: { a: 2 }, evidence: {} }, 0);
    expect((await readAssessmentAcrossVersions(s, { ...k, packVersion: '1.1.0' }))?.answers).toEqual({ a: 2 });
  }));
});

describe('the rules without a store', () => {
  it('openingVersion: the current version when it holds a record or none does, else the newest older one that does', () => {
    expect(openingVersion([], '1.2.0', ['1.0.0', '1.1.0', '1.2.0'])).toBe('1.2.0');
    expect(openingVersion(['1.2.0', '1.0.0'], '1.2.0', ['1.0.0', '1.1.0', '1.2.0'])).toBe('1.2.0');
    expect(openingVersion(['1.0.0', '1.1.0'], '1.2.0', ['1.2.0', '1.0.0', '1.1.0'])).toBe('1.1.0');
    expect(openingVersion(['0.9.0'], '1.2.0', ['1.2.0'])).toBe('1.2.0');
  });

  it('dataByCode keeps the figures both forms have by code, nothing else', () => {
    const from = { fields: [{ path: ['a', 'x'], type: 'integer' }, { path: ['old'], type: 'integer' }, { path: ['t'], type: 'string' }] };
    const to = { fields: [{ path: ['a', 'x'], type: 'integer' }, { path: ['new'], type: 'integer' }, { path: ['t'], type: 'integer' }] };
    expect(dataByCode(from, to, { a: { x: 2 }, old: 5, t: '7' })).toEqual({ a: { x: 2 } });
  });

  it('pickAssessment prefers the version read, else the newest version', () => {
    const rec = (packVersion: string, updatedAt: string): AssessmentRecord => ({
      packId: 'p', packVersion, criteriaSetId: 'cs', ward: 'w', year: 2018, answers: {}, evidence: {}, revision: 1, updatedAt,
    });
    expect(pickAssessment([rec('1.0.0', '2'), rec('1.10.0', '1'), rec('1.2.0', '3')], '2.0.0')?.packVersion).toBe('1.10.0');
    expect(pickAssessment([rec('1.0.0', '2'), rec('1.1.0', '1')], '1.0.0')?.packVersion).toBe('1.0.0');
    expect(pickAssessment([], '1.0.0')).toBeUndefined();
  });
});
