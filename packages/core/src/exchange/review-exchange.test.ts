import { beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from './export-bundle.js';
import { importBundle } from './import-bundle.js';
import { exportReviewBundle } from './export-reviews.js';
import { importReviewBundle } from './import-reviews.js';
import { reviewHash, type ReviewBundle, type ReviewImportOptions } from './review-bundle.js';
import { MemoryStore } from '../storage/memory-store.js';
import type { FormDataKey } from '../storage/records.js';

const PACK = { id: 'tay-ho-2018', version: '1.0.0', source: { manifest: { id: 'tay-ho-2018', version: '1.0.0' } } };
const WARD = 'NHAT_TAN';
const KEY: FormDataKey = { packId: PACK.id, packVersion: PACK.version, formId: 'bieu-02', ward: WARD, period: '2018-Q1' };
const Q2: FormDataKey = { ...KEY, period: '2018-Q2' };
const opts: ReviewImportOptions = { ward: WARD, packVersion: PACK.version };
const COMMENT = 'Kiểm tra lại số trẻ nhóm 6–11 tuổi.';

let ward: MemoryStore;
let district: MemoryStore;
let file: ReviewBundle;

const text = (b: unknown): string => JSON.stringify(b);
const mutate = (f: (b: ReviewBundle) => void): string => {
  const copy = JSON.parse(text(file)) as ReviewBundle;
  f(copy);
  return text(copy);
};

beforeEach(async () => {
  ward = new MemoryStore();
  district = new MemoryStore();
  await ward.putPack(PACK);
  await district.putPack(PACK);
  await ward.submit({ key: KEY, data: { so_tre: 10 }, cutOffDate: '2018-03-31', author: 'Lan' });
  await ward.submit({ key: Q2, data: { so_tre: 3 }, cutOffDate: '2018-06-30', author: 'Lan' });
  await district.submit({ key: { ...KEY, ward: 'PHU_THUONG' }, data: { so_tre: 1 }, cutOffDate: '2018-03-31', author: 'Hà' });
  const sent = await exportBundle(ward, { packId: PACK.id, packVersion: PACK.version, ward: WARD });
  await importBundle(district, text(sent), { validate: async () => [], knownWards: [WARD, 'PHU_THUONG'] });
  await district.review({ key: KEY, revision: 1, decision: 'return', comment: COMMENT, reviewer: 'Phòng LĐTB&XH' });
  await district.review({ key: Q2, revision: 1, decision: 'accept', comment: '', reviewer: 'Phòng LĐTB&XH' });
  await district.review({ key: { ...KEY, ward: 'PHU_THUONG' }, revision: 1, decision: 'accept', comment: '', reviewer: 'Phòng LĐTB&XH' });
  file = await exportReviewBundle(district, { packId: PACK.id, packVersion: PACK.version, ward: WARD }, { now: () => new Date('2018-04-10T08:00:00Z') });
});

describe('exportReviewBundle', () => {
  it('holds every review of one ward, in order, each hashed with the revision it reviewed', async () => {
    expect(file).toMatchObject({ format: 'formplan-review-bundle', formatVersion: 1, ward: WARD, exportedAt: '2018-04-10T08:00:00.000Z', reopens: [] });
    expect(file.packHash).toBe((await district.getPack(PACK.id, PACK.version))!.hash);
    expect(file.reviews.map((r) => [r.period, r.decision, r.comment])).toEqual([['2018-Q1', 'return', COMMENT], ['2018-Q2', 'accept', '']]);
    const local = await ward.getSubmissions(KEY);
    expect(file.reviews[0].submissionHash).toBe(local[0].hash);
    for (const r of file.reviews) {
      expect(r).not.toHaveProperty('seq');
      const { hash, ...rest } = r;
      expect(await reviewHash(rest)).toBe(hash);
    }
  });
});

describe('importReviewBundle', () => {
  it('takes every review on the ward\'s computer: the report reads returned with the comment; twice adds nothing', async () => {
    const r1 = await importReviewBundle(ward, text(file), opts);
    expect(r1.fatal).toBeUndefined();
    expect(r1.refused).toEqual([]);
    expect(r1.taken.map((t) => [t.index, t.key.period, t.revision])).toEqual([[0, '2018-Q1', 1], [1, '2018-Q2', 1]]);
    expect((await ward.latestSubmission(KEY))?.status).toBe('returned');
    expect((await ward.latestSubmission(Q2))?.status).toBe('accepted');
    const [returned] = await ward.getReviews(KEY, 1);
    expect(returned).toMatchObject({ comment: COMMENT, reviewer: 'Phòng LĐTB&XH', at: file.reviews[0].at });
    const r2 = await importReviewBundle(ward, JSON.parse(text(file)), opts);
    expect([r2.taken.length, r2.skipped.length, r2.refused.length]).toEqual([0, 2, 0]);
    expect((await ward.listReviews({ ward: WARD })).length).toBe(2);
  });

  it('refuses a tampered review (hash recomputed) but takes the others', async () => {
    const r = await importReviewBundle(ward, mutate((b) => { b.reviews[0].comment = 'Đã chấp nhận.'; }), opts);
    expect(r.refused.map((x) => [x.index, x.reason.vi])).toEqual([[0, expect.stringMatching(/^Mã băm không khớp/)]]);
    expect(r.taken.map((t) => t.index)).toEqual([1]);
    expect(await ward.getReviews(KEY)).toEqual([]);
  });

  it('refuses a file for another ward or another pack version whole, storing nothing', async () => {
    const other = await importReviewBundle(ward, text(file), { ...opts, ward: 'PHU_THUONG' });
    expect(other.fatal?.vi).toMatch(/dành cho một phường khác/);
    expect(other.fatal?.en).toMatch(/for ward NHAT_TAN, not for this computer's ward PHU_THUONG/);
    const version = await importReviewBundle(ward, mutate((b) => { b.packVersion = '2.0.0'; }), opts);
    expect(version.fatal?.vi).toMatch(/phiên bản 2\.0\.0 của bộ cấu hình năm/);
    for (const r of [other, version]) expect([r.taken, r.skipped, r.refused]).toEqual([[], [], []]);
    expect(await ward.listReviews()).toEqual([]);
  });

  it('reports a review of a submission this computer does not have, or has with other content', async () => {
    const fresh = new MemoryStore();
    await fresh.putPack(PACK);
    await fresh.submit({ key: Q2, data: { so_tre: 4 }, cutOffDate: '2018-06-30', author: 'Lan' });
    const r = await importReviewBundle(fresh, text(file), opts);
    expect(r.refused.map((x) => [x.index, x.key?.period, x.reason.vi])).toEqual([
      [0, '2018-Q1', 'Máy này không có lần gửi số 1 của báo cáo này: không nhận nhận xét cho lần gửi đó.'],
      [1, '2018-Q2', expect.stringMatching(/^Lần gửi số 1 trên máy này khác nội dung/)],
    ]);
    expect(await fresh.listReviews()).toEqual([]);
  });

  it('refuses an oversize file before parsing it', async () => {
    const r = await importReviewBundle(ward, text(file), { ...opts, maxBytes: 100 });
    expect(r.fatal?.vi).toMatch(/^Tệp quá lớn/);
    expect(await ward.listReviews()).toEqual([]);
  });

  it('refuses __proto__ at the top level (whole file) and inside a review (that review only)', async () => {
    const top = text(file).replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    expect((await importReviewBundle(ward, top, opts)).fatal?.en).toMatch(/Forbidden key at \/__proto__/);
    const inner = text(file).replace('"decision":"return"', '"decision":"return","__proto__":{"x":1}');
    const r = await importReviewBundle(ward, inner, opts);
    expect(r.refused.map((x) => [x.index, x.reason.en])).toEqual([[0, 'Forbidden key at /__proto__ (possibly malicious data).']]);
    expect(r.taken.map((t) => t.index)).toEqual([1]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it.each<[string, string | (() => string), RegExp]>([
    ['not JSON', '{"format": "formplan-review-bundle",', /^Không đọc được tệp: tệp bị hỏng hoặc không phải tệp nhận xét của quận/],
    ['a ward file', () => text({ ...file, format: 'formplan-bundle' }), /^Tệp không phải tệp nhận xét của quận/],
    ['reopens not an array', () => mutate((b) => { (b as { reopens: unknown }).reopens = {}; }), /"reopens"/],
    ['a pack whose content differs', () => mutate((b) => { b.packHash = 'f'.repeat(64); }), /khác nội dung/],
  ])('refuses %s whole', async (_label, input, pattern) => {
    const r = await importReviewBundle(ward, typeof input === 'string' ? input : input(), opts);
    expect(r.fatal?.vi).toMatch(pattern);
    expect(await ward.listReviews()).toEqual([]);
  });

  it('refuses malformed reviews and reopenings one by one', async () => {
    const r = await importReviewBundle(ward, mutate((b) => {
      (b.reviews[0] as { decision: string }).decision = 'maybe';
      b.reviews[1].ward = 'PHU_THUONG';
      (b.reviews as unknown[]).push('x', { ...b.reviews[1], ward: WARD, revision: 0 });
      (b.reopens as unknown[]).push({ formId: 'bieu-02' });
    }), opts);
    expect(r.refused.map((x) => [x.list ?? 'reviews', x.index, x.reason.en])).toEqual([
      ['reviews', 0, 'The review field "decision" is missing or has the wrong type.'],
      ['reviews', 1, 'The review\'s "ward" differs from its file\'s.'],
      ['reviews', 2, 'This item is not an object.'],
      ['reviews', 3, 'The review field "revision" is missing or has the wrong type.'],
      ['reopens', 0, 'The reopening field "packId" is missing or has the wrong type.'],
    ]);
    expect(r.taken).toEqual([]);
  });

  it('takes NFD text (the hash is over NFC) and stores it as NFC', async () => {
    const r = await importReviewBundle(ward, text(file).replace(COMMENT, COMMENT.normalize('NFD')), opts);
    expect(r.taken.length).toBe(2);
    expect((await ward.getReviews(KEY))[0].comment).toBe(COMMENT.normalize('NFC'));
  });
});
