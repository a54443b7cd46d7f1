/**
 * The Store contract for the report lifecycle: with the pack in the store, `submit` follows the
 * report's policy at the store's clock (an unknown period, a locked period and an accepted
 * report are refused) and the district's `reopen` lifts a lock or an acceptance until the ward's
 * next submission. Plus the IndexedDB upgrade to the schema with reopenings, data present.
 */
import type { Store } from '../../packages/core/src/storage/store.js';
import type { StoreOptions } from '../../packages/core/src/storage/base-store.js';
import { IdbStore } from '../../packages/core/src/storage/idb-store.js';
import { IDB_VERSION, openFormplanDb } from '../../packages/core/src/storage/idb-migrations.js';
import { StoreError, SubmissionRefusedError } from '../../packages/core/src/storage/storage-errors.js';
import { submissionHash } from '../../packages/core/src/storage/submission-hash.js';
import { KEY, rejection, type SuiteApi } from './store-suite-support.js';
import type { IdbTestDatabase } from './idb-store.suite.js';

const prov = { status: 'proposed', note: 'test' };
/** The calendar and forms the policy reads: Q1 due 15/03/2018, 15 grace days (locked from 31/03/2018). */
export const LIFECYCLE_PACK = {
  manifest: { id: KEY.packId, version: KEY.packVersion },
  calendar: {
    graceDays: 15,
    periodKinds: [{ code: 'Q1', label: { vi: 'Quý I', en: 'First quarter' } }],
    periods: [{
      id: '2018-Q1', kind: 'Q1', label: { vi: 'Quý I năm 2018', en: 'Q1 2018' },
      coverage: { from: '2018-01-01', to: '2018-03-31' }, due: '2018-03-15', provenance: prov,
    }],
  },
  forms: [{ 'x-fp-id': KEY.formId, 'x-fp-period-kinds': ['Q1'] }],
};

/** A store clock the tests move: each read advances one second. */
function movingClock(start: string): { now: () => Date; set(iso: string): void } {
  let t = Date.parse(start);
  return { now: () => new Date((t += 1000)), set: (iso) => { t = Date.parse(iso); } };
}

/**
 * Registers the lifecycle tests of the Store contract.
 * @param name label of the implementation under test
 * @param makeStore makes a fresh, empty store with the given options
 * @param api describe / it / expect of the running test framework
 */
export function runStoreLifecycleSuite(name: string, makeStore: (options: StoreOptions) => Promise<Store>, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const submit = (s: Store, key = KEY) => s.submit({ key, data: { so_tre: 1 }, cutOffDate: '2018-03-10', author: 'Lan' });
  const withStore = (fn: (s: Store, clock: ReturnType<typeof movingClock>) => Promise<void>, pack = true) => async () => {
    const clock = movingClock('2018-03-10T03:00:00Z');
    const s = await makeStore({ now: clock.now });
    try {
      if (pack) await s.putPack({ id: KEY.packId, version: KEY.packVersion, source: LIFECYCLE_PACK });
      await fn(s, clock);
    } finally {
      await s.close();
    }
  };
  const refusal = async (p: Promise<unknown>): Promise<string> => {
    const e = await rejection(p);
    expect(e instanceof SubmissionRefusedError).to.equal(true);
    expect(typeof (e as SubmissionRefusedError).messages.vi).to.equal('string');
    return (e as SubmissionRefusedError).code;
  };

  describe(`Store contract, report lifecycle: ${name}`, () => {
    it('without the pack in the store, submits as before (nothing checked)', withStore(async (s, clock) => {
      clock.set('2019-05-16T03:00:00Z');
      expect((await submit(s, { ...KEY, period: '2019-H1' })).revision).to.equal(1);
    }, false));

    it('refuses a period that is not in the plan, and writes nothing', withStore(async (s) => {
      const key = { ...KEY, period: '2019-H1' };
      expect(await refusal(submit(s, key))).to.equal('period-unknown');
      expect(await refusal(submit(s, { ...KEY, formId: 'bieu-99' }))).to.equal('period-unknown');
      expect((await s.getSubmissions(key)).length).to.equal(0);
    }));

    it('takes a late report within the grace days, refuses it once the period is locked', withStore(async (s, clock) => {
      clock.set('2018-03-30T03:00:00Z');
      expect((await submit(s)).revision).to.equal(1);
      clock.set('2018-05-16T03:00:00Z');
      expect(await refusal(submit(s))).to.equal('period-locked');
      expect((await s.getSubmissions(KEY)).length).to.equal(1);
    }));

    it('the district reopens a locked period for one ward: one more submission, then locked again', withStore(async (s, clock) => {
      clock.set('2018-05-16T03:00:00Z');
      expect(await refusal(submit(s))).to.equal('period-locked');
      const r = await s.reopen({ key: { ...KEY, extra: 'dropped' } as typeof KEY, reason: '  Phường mất mạng cuối kỳ ', by: 'Phòng LĐTB&XH' });
      expect([r.reason, r.by, r.afterRevision, r.at.slice(0, 10), typeof r.seq]).to.deep.equal(['Phường mất mạng cuối kỳ', 'Phòng LĐTB&XH', null, '2018-05-16', 'number']);
      expect('extra' in r).to.equal(false);
      expect(await refusal(submit(s, { ...KEY, ward: 'NHAT_TAN' }))).to.equal('period-locked');
      expect((await submit(s)).revision).to.equal(1);
      expect(await refusal(submit(s))).to.equal('period-locked');
    }));

    it('an accepted report is final unless the district reopens it after the accept', withStore(async (s) => {
      await submit(s);
      await s.review({ key: KEY, revision: 1, decision: 'accept', comment: '', reviewer: 'Quận' });
      expect(await refusal(submit(s))).to.equal('accepted-final');
      const reopened = await s.reopen({ key: KEY, reason: 'Sai số trẻ em khuyết tật', by: 'Quận' });
      expect(reopened.afterRevision).to.equal(1);
      // accepting the same revision again is refused (accept is final), so the reopening stands
      const again = await rejection(s.review({ key: KEY, revision: 1, decision: 'accept', comment: 'Giữ nguyên', reviewer: 'Quận' }));
      expect((again as Error).name).to.equal('ReviewRefusedError');
      const r2 = await submit(s);
      expect([r2.revision, r2.status]).to.deep.equal([2, 'submitted']);
      expect((await s.getSubmissions(KEY)).map((x) => x.status)).to.deep.equal(['accepted', 'submitted']);
    }));

    it('a reopening needs a reason; reopenings are listed by key and by period, oldest first', withStore(async (s) => {
      const e = await rejection(s.reopen({ key: KEY, reason: '  ', by: 'Quận' }));
      expect(e instanceof StoreError).to.equal(true);
      await s.reopen({ key: KEY, reason: 'một', by: 'Quận' });
      await s.reopen({ key: { ...KEY, ward: 'NHAT_TAN' }, reason: 'hai', by: 'Quận' });
      await s.reopen({ key: KEY, reason: 'ba', by: 'Quận' });
      expect((await s.listReopens(KEY)).map((r) => r.reason)).to.deep.equal(['một', 'ba']);
      expect((await s.listReopens({ packId: KEY.packId, packVersion: KEY.packVersion, period: KEY.period })).map((r) => r.reason))
        .to.deep.equal(['một', 'hai', 'ba']);
      expect((await s.listReopens()).length).to.equal(3);
      expect((await s.listReopens({ ward: 'NHAT_TAN' })).map((r) => r.reason)).to.deep.equal(['hai']);
    }));
  });
}

/**
 * The IndexedDB upgrade to the schema with reopenings, with data present.
 * @param name label of the IndexedDB under test
 * @param database gives a fresh database (factory and name) for each test
 * @param api describe / it / expect of the running test framework
 */
export function runIdbReopenMigration(name: string, database: () => IdbTestDatabase, api: SuiteApi): void {
  const { describe, it, expect } = api;
  describe(`IdbStore upgrade to reopenings: ${name}`, () => {
    it('upgrades a version 2 database with data present: nothing lost, reopenings stored and listed', async () => {
      const db = database();
      const v2 = await openFormplanDb(db.indexedDB, db.name, 2);
      expect(v2.objectStoreNames.contains('reopens')).to.equal(false);
      const sub = { ...KEY, revision: 1, data: { a: 1 }, cutOffDate: '2018-03-10', author: 'Lan', submittedAt: '2018-03-10T03:00:00.000Z' };
      await v2.put('submissions', { ...sub, hash: await submissionHash(sub), status: 'submitted' });
      await v2.put('drafts', { ...KEY, data: { b: 2 }, revision: 3, updatedAt: '2018-03-09T00:00:00.000Z' });
      await v2.add('reviews', { ...KEY, revision: 1, decision: 'accept', comment: '', reviewer: 'Quận', at: '2018-03-11T00:00:00.000Z' });
      await v2.put('packs', { id: KEY.packId, version: KEY.packVersion, source: LIFECYCLE_PACK, hash: 'h', savedAt: '2018-01-01T00:00:00.000Z' });
      v2.close();

      const store = new IdbStore({ ...db, now: () => new Date('2018-05-16T03:00:00Z') });
      try {
        expect((await store.getDraft(KEY))?.revision).to.equal(3);
        expect((await store.latestSubmission(KEY))?.status).to.equal('accepted');
        expect((await store.getPack(KEY.packId, KEY.packVersion))?.source).to.deep.equal(LIFECYCLE_PACK);
        expect(await store.listReopens()).to.deep.equal([]);
        const e = await rejection(store.submit({ key: KEY, data: {}, cutOffDate: '2018-03-10', author: 'Lan' }));
        expect((e as SubmissionRefusedError).code).to.equal('accepted-final');
        await store.reopen({ key: KEY, reason: 'Sửa số liệu', by: 'Quận' });
        expect((await store.submit({ key: KEY, data: {}, cutOffDate: '2018-03-10', author: 'Lan' })).revision).to.equal(2);
      } finally {
        await store.close();
      }
      const v3 = await openFormplanDb(db.indexedDB, db.name);
      try {
        expect(v3.version).to.equal(IDB_VERSION);
        expect(IDB_VERSION).to.equal(4);
        expect(await v3.countFromIndex('reopens', 'byKey', [KEY.packId, KEY.packVersion, KEY.formId, KEY.ward, KEY.period])).to.equal(1);
      } finally {
        v3.close();
        await new Promise<void>((resolve) => {
          const r = db.indexedDB.deleteDatabase(db.name);
          r.onsuccess = r.onerror = r.onblocked = () => resolve();
        });
      }
    });
  });
}
