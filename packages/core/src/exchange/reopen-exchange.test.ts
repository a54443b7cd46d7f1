/**
 * Reopened periods in the district → ward file: a locked period the district reopened for one
 * ward travels with the reviews, and the ward's computer then reads the report as reopened, with
 * the reason, and takes its submission.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportBundle } from './export-bundle.js';
import { importBundle } from './import-bundle.js';
import { exportReviewBundle } from './export-reviews.js';
import { importReviewBundle } from './import-reviews.js';
import { reopenHash, type ReviewImportOptions } from './review-bundle.js';
import { reportPolicy } from '../calendar/report-policy.js';
import { MemoryStore } from '../storage/memory-store.js';
import { submissionSummaries } from '../storage/report-versions.js';
import { SubmissionRefusedError } from '../storage/storage-errors.js';
import type { Store } from '../storage/store.js';
import { KEY } from '../../../../test/suites/store-suite-support.js';
import { LIFECYCLE_PACK } from '../../../../test/suites/store-lifecycle.suite.js';

const PACK = { id: KEY.packId, version: KEY.packVersion, source: LIFECYCLE_PACK };
const WARD = KEY.ward;
const OTHER = { ...KEY, ward: 'NHAT_TAN' };
const opts: ReviewImportOptions = { ward: WARD, packVersion: KEY.packVersion };
const REASON = 'Phường mất mạng cuối kỳ, quận cho nộp bổ sung.';
const selection = { packId: KEY.packId, packVersion: KEY.packVersion, ward: WARD };

/** A clock the test sets; Q1 is locked from 31/03/2018. */
function clockAt(iso: string): { now: () => Date; set(iso: string): void } {
  let t = Date.parse(iso);
  return { now: () => new Date((t += 1000)), set: (next) => { t = Date.parse(next); } };
}

let wardClock: ReturnType<typeof clockAt>;
let districtClock: ReturnType<typeof clockAt>;
let ward: MemoryStore;
let district: MemoryStore;

const text = (b: unknown): string => JSON.stringify(b);
const submit = (s: Store) => s.submit({ key: KEY, data: { so_tre: 1 }, cutOffDate: '2018-03-31', author: 'Lan' });

/** The report as the ward's calendar and form read it (Q1 of LIFECYCLE_PACK, after its lock). */
async function policyOf(s: Store) {
  const [subs, reviews, reopens] = await Promise.all([s.getSubmissions(KEY), s.getReviews(KEY), s.listReopens(KEY)]);
  return reportPolicy({
    period: { coverage: { from: '2018-01-01', to: '2018-03-31' }, due: '2018-03-15', graceDays: 15 }, clock: new Date('2018-04-20T03:00:00Z'),
    submissions: submissionSummaries(subs, reviews), reopens,
  });
}

beforeEach(async () => {
  wardClock = clockAt('2018-04-10T03:00:00Z');
  districtClock = clockAt('2018-04-09T03:00:00Z');
  ward = new MemoryStore({ now: wardClock.now });
  district = new MemoryStore({ now: districtClock.now });
  await ward.putPack(PACK);
  await district.putPack(PACK);
  await district.reopen({ key: KEY, reason: REASON, by: 'Phòng LĐTB&XH' });
  await district.reopen({ key: OTHER, reason: 'Phường khác', by: 'Phòng LĐTB&XH' });
});

describe('reopened periods in the review file', () => {
  it('carry every reopening of the ward, each hashed; the ward then reads "reopened" with the reason and may submit', async () => {
    expect((await submit(ward).catch((e: unknown) => e)) instanceof SubmissionRefusedError).toBe(true);
    const file = await exportReviewBundle(district, selection);
    expect(file.reopens.map((r) => [r.ward, r.reason, r.afterRevision])).toEqual([[WARD, REASON, null]]);
    const { hash, ...rest } = file.reopens[0];
    expect(await reopenHash(rest)).toBe(hash);
    expect(file.reopens[0]).not.toHaveProperty('seq');

    const first = await importReviewBundle(ward, text(file), opts);
    expect([first.fatal, first.refused]).toEqual([undefined, []]);
    expect(first.taken).toEqual([{ index: 0, list: 'reopens', key: KEY }]);
    const [stored] = await ward.listReopens(KEY);
    expect(stored).toMatchObject({ reason: REASON, by: 'Phòng LĐTB&XH', at: file.reopens[0].at, afterRevision: null });
    const policy = await policyOf(ward);
    expect([policy.status, policy.editable, policy.canSubmit, policy.report?.reopen?.reason]).toEqual(['reopened', true, true, REASON]);

    const again = await importReviewBundle(ward, text(file), opts);
    expect([again.taken, again.skipped, again.refused]).toEqual([[], [{ index: 0, list: 'reopens', key: KEY }], []]);
    expect((await ward.listReopens()).length).toBe(1);
    expect((await submit(ward)).revision).toBe(1);
    expect((await policyOf(ward)).status).toBe('submitted');
  });

  it('applies reviews and reopenings in the time order the district made them: both computers read the same', async () => {
    await importReviewBundle(ward, text(await exportReviewBundle(district, selection)), opts);
    await submit(ward);
    await importBundle(district, text(await exportBundle(ward, selection)), { validate: async () => [], knownWards: [WARD] });
    districtClock.set('2018-04-15T03:00:00Z');
    await district.review({ key: KEY, revision: 1, decision: 'return', comment: 'Thiếu số trẻ', reviewer: 'Phòng LĐTB&XH' });
    districtClock.set('2018-04-16T03:00:00Z');
    await district.reopen({ key: KEY, reason: 'Cho sửa lần nữa', by: 'Phòng LĐTB&XH' });
    const file = await exportReviewBundle(district, selection);
    // a second computer of the same ward, which had the submission but nothing from the district
    const fresh = new MemoryStore({ now: wardClock.now });
    await fresh.putPack(PACK);
    await importBundle(fresh, text(await exportBundle(ward, selection)), { validate: async () => [], knownWards: [WARD] }).catch(() => undefined);
    await fresh.importSubmission((await ward.getSubmissions(KEY))[0]);
    const r = await importReviewBundle(fresh, text(file), opts);
    expect(r.refused).toEqual([]);
    expect(r.taken.map((t) => [t.list ?? 'reviews', t.index])).toEqual([['reopens', 0], ['reviews', 0], ['reopens', 1]]);
    const read = async (s: Store) => {
      const { report, ...policy } = await policyOf(s);
      const { seq: _seq, ...reopen } = { ...(await s.listReopens(KEY)).find((r) => r.at === report?.reopen?.at) };
      return { ...policy, report: { ...report, reopen } };
    };
    const [mine, theirs] = await Promise.all([read(fresh), read(district)]);
    expect([mine.status, mine.report.reopen.reason]).toEqual(['reopened', 'Cho sửa lần nữa']);
    expect(mine).toEqual(theirs);
  });

  it('refuses a tampered reopening, one for another ward and one with a forbidden key, taking the others', async () => {
    const file = await exportReviewBundle(district, selection);
    const good = file.reopens[0];
    const items = [
      text({ ...good, reason: 'Quận cho nộp muộn không thời hạn' }),
      text({ ...good, ward: 'NHAT_TAN' }),
      text({ ...good, afterRevision: 0 }),
      text(good).replace('{', '{"__proto__":{"polluted":true},'),
    ];
    const input = text({ ...file, reopens: ['@'] }).replace('["@"]', `[${items.join(',')}]`);
    const r = await importReviewBundle(ward, input, opts);
    expect(r.refused.map((x) => [x.list, x.index, x.reason.en])).toEqual([
      ['reopens', 1, 'The reopening\'s "ward" differs from its file\'s.'],
      ['reopens', 2, 'The reopening field "afterRevision" is missing or has the wrong type.'],
      ['reopens', 3, 'Forbidden key at /__proto__ (possibly malicious data).'],
      ['reopens', 0, 'The hash does not match the content: the reopening was altered after the district saved the file.'],
    ]);
    expect(r.refused[3].reason.vi).toMatch(/^Mã băm không khớp/);
    expect(await ward.listReopens()).toEqual([]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    const clean = await importReviewBundle(ward, text({ ...file, reopens: [{ ...good, reason: 'khác' }, good] }), opts);
    expect(clean.taken).toEqual([{ index: 1, list: 'reopens', key: KEY }]);
    expect(clean.refused.map((x) => x.index)).toEqual([0]);
  });

  it('refuses a reopening for another ward in another ward\'s file whole', async () => {
    const file = await exportReviewBundle(district, { ...selection, ward: 'NHAT_TAN' });
    const r = await importReviewBundle(ward, text(file), opts);
    expect(r.fatal?.vi).toMatch(/dành cho một phường khác/);
    expect(await ward.listReopens()).toEqual([]);
  });
});
