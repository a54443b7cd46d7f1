/**
 * The `Store` contract for reviews made elsewhere: `listReviews` across keys and
 * `importReview` (the district's decisions brought to the ward's computer). Runs under vitest
 * (MemoryStore, IdbStore over fake-indexeddb) and wtr (chromium IndexedDB).
 */
import type { Store } from '../../packages/core/src/storage/store.js';
import type { FormDataKey, ReopenRecord, ReviewRecord } from '../../packages/core/src/storage/records.js';
import { RecordNotFoundError, StoreError } from '../../packages/core/src/storage/storage-errors.js';
import { KEY, rejection, storeTests, type SuiteApi } from './store-suite-support.js';

/** A review as the district's store wrote it (no local `seq`). */
function made(key: FormDataKey, revision: number, decision: 'accept' | 'return', comment: string, at: string): ReviewRecord {
  return { ...key, revision, decision, comment, reviewer: 'Phòng LĐTB&XH', at };
}

/**
 * Registers the review-import contract tests.
 * @param name label of the implementation under test
 * @param makeStore makes a fresh, empty store for each test
 * @param api describe / it / expect of the running test framework
 */
export function runStoreReviewSuite(name: string, makeStore: () => Promise<Store>, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const withStore = storeTests(makeStore);
  const submit = (s: Store, key: FormDataKey) => s.submit({ key, data: { a: 1 }, cutOffDate: '2018-03-31', author: 'Nguyễn Thị Lan' });
  const Q2 = { ...KEY, period: '2018-Q2' };

  describe(`Store contract, reviews made elsewhere: ${name}`, () => {
    it('listReviews filters by key fields and revision, in the order stored', withStore(async (s) => {
      await submit(s, KEY);
      await s.review({ key: KEY, revision: 1, decision: 'return', comment: 'Thiếu', reviewer: 'x' });
      await submit(s, KEY);
      await submit(s, Q2);
      await submit(s, { ...KEY, ward: 'NHAT_TAN' });
      await s.review({ key: { ...KEY, ward: 'NHAT_TAN' }, revision: 1, decision: 'accept', comment: '', reviewer: 'x' });
      await s.review({ key: Q2, revision: 1, decision: 'accept', comment: '', reviewer: 'x' });
      await s.review({ key: KEY, revision: 2, decision: 'accept', comment: '', reviewer: 'x' });
      const mine = await s.listReviews({ packId: KEY.packId, packVersion: KEY.packVersion, ward: KEY.ward });
      expect(mine.map((r) => [r.period, r.revision, r.decision])).to.deep.equal([
        ['2018-Q1', 1, 'return'], ['2018-Q2', 1, 'accept'], ['2018-Q1', 2, 'accept'],
      ]);
      expect((await s.listReviews()).length).to.equal(4);
      expect((await s.listReviews({ ...KEY, revision: 2 })).map((r) => r.decision)).to.deep.equal(['accept']);
      expect((await s.listReviews({ ward: 'NOWHERE' })).length).to.equal(0);
    }));

    it('importReview keeps the review\'s identity and time; the same review again is present', withStore(async (s) => {
      await submit(s, KEY);
      const review = made(KEY, 1, 'return', 'Kiểm tra lại', '2018-04-10T08:00:00.000Z');
      expect(await s.importReview(review)).to.equal('added');
      expect(await s.importReview({ ...review, seq: 99 })).to.equal('present');
      const stored = await s.getReviews(KEY, 1);
      expect(stored.length).to.equal(1);
      expect({ ...stored[0], seq: undefined }).to.deep.equal({ ...review, seq: undefined });
      expect((await s.latestSubmission(KEY))?.status).to.equal('returned');
      expect(await s.importReview(made(KEY, 1, 'accept', '', '2018-04-12T08:00:00.000Z'))).to.equal('added');
      expect((await s.latestSubmission(KEY))?.status).to.equal('accepted');
      expect((await s.getReviews(KEY)).length).to.equal(2);
    }));

    it('importReview refuses a revision this store does not have, and malformed reviews', withStore(async (s) => {
      await submit(s, KEY);
      const missing = await rejection(s.importReview(made(KEY, 2, 'accept', '', '2018-04-10T08:00:00.000Z')));
      expect(missing instanceof RecordNotFoundError).to.equal(true);
      const other = await rejection(s.importReview(made(Q2, 1, 'accept', '', '2018-04-10T08:00:00.000Z')));
      expect(other instanceof RecordNotFoundError).to.equal(true);
      const bad = await rejection(s.importReview({ ...made(KEY, 1, 'accept', '', '2018-04-10T08:00:00.000Z'), decision: 'maybe' as 'accept' }));
      expect(bad instanceof StoreError).to.equal(true);
      const noTime = await rejection(s.importReview(made(KEY, 1, 'accept', '', '')));
      expect(noTime instanceof StoreError).to.equal(true);
      expect((await s.listReviews()).length).to.equal(0);
    }));

    it('importReview stores texts in NFC and finds the NFD copy present', withStore(async (s) => {
      await submit(s, KEY);
      const nfc = 'Kiểm tra lại số trẻ';
      const review = made(KEY, 1, 'return', nfc.normalize('NFD'), '2018-04-10T08:00:00.000Z');
      expect(await s.importReview(review)).to.equal('added');
      expect((await s.getReviews(KEY))[0].comment).to.equal(nfc);
      expect(await s.importReview({ ...review, comment: nfc })).to.equal('present');
    }));

    const reopened = (key: FormDataKey, reason: string, at: string, afterRevision: number | null): ReopenRecord =>
      ({ ...key, reason, by: 'Phòng LĐTB&XH', at, afterRevision });

    it('importReopen keeps the reopening\'s identity and time, needs no submission; the same again is present', withStore(async (s) => {
      const nfd = 'Phường mất mạng cuối kỳ'.normalize('NFD');
      const record = reopened(KEY, nfd, '2018-05-20T03:00:00.000Z', null);
      expect(await s.importReopen({ ...record, seq: 7 })).to.equal('added');
      expect(await s.importReopen({ ...record, reason: record.reason.normalize('NFC') })).to.equal('present');
      expect(await s.importReopen(record)).to.equal('present');
      const [stored] = await s.listReopens(KEY);
      const { seq, ...identity } = stored;
      expect(identity).to.deep.equal({ ...KEY, reason: 'Phường mất mạng cuối kỳ'.normalize('NFC'), by: 'Phòng LĐTB&XH', at: record.at, afterRevision: null });
      expect(typeof seq).to.equal('number');
      expect(await s.importReopen(reopened(KEY, nfd, '2018-05-21T03:00:00.000Z', null))).to.equal('added');
      expect(await s.importReopen(reopened(KEY, nfd, '2018-05-20T03:00:00.000Z', 1))).to.equal('added');
      expect((await s.listReopens(KEY)).map((r) => [r.at, r.afterRevision])).to.deep.equal([
        ['2018-05-20T03:00:00.000Z', null], ['2018-05-21T03:00:00.000Z', null], ['2018-05-20T03:00:00.000Z', 1],
      ]);
      expect(await s.listReopens({ ward: 'NHAT_TAN' })).to.deep.equal([]);
    }));

    it('importReopen refuses malformed reopenings and forbidden keys, storing nothing', withStore(async (s) => {
      const good = reopened(KEY, 'Sửa số liệu', '2018-05-20T03:00:00.000Z', null);
      const bad: ReopenRecord[] = [
        { ...good, reason: '  ' },
        { ...good, at: '' },
        { ...good, ward: '' },
        { ...good, afterRevision: 0 },
        { ...good, afterRevision: 1.5 },
        JSON.parse(JSON.stringify(good).replace('{', '{"__proto__":{"polluted":true},')) as ReopenRecord,
      ];
      for (const record of bad) expect((await rejection(s.importReopen(record))) instanceof StoreError).to.equal(true);
      expect(((await rejection(s.importReopen(bad[5]))) as StoreError).messages.en).to.equal('Forbidden key at /__proto__.');
      expect(await s.listReopens()).to.deep.equal([]);
      expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
    }));
  });
}
