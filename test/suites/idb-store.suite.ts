/**
 * The IndexedDB-only tests of `IdbStore` (persistence, two tabs, schema upgrade with data present,
 * storage full), for vitest over fake-indexeddb and for wtr over chromium's IndexedDB.
 */
import { IdbStore } from '../../packages/core/src/storage/idb-store.js';
import { IDB_MIGRATIONS, IDB_VERSION, openFormplanDb } from '../../packages/core/src/storage/idb-migrations.js';
import { DraftConflictError, StorageFullError, StoreError } from '../../packages/core/src/storage/storage-errors.js';
import { submissionHash } from '../../packages/core/src/storage/submission-hash.js';
import { KEY, rejection, type SuiteApi } from './store-suite-support.js';

/**
 * Makes every `put` and `add` on any object store throw the browser's quota error, as a full
 * disk does. Works on fake-indexeddb (node) and on chromium's IndexedDB.
 * @returns a function that restores the real methods
 */
export function simulateQuotaExceeded(): () => void {
  const proto = IDBObjectStore.prototype;
  const { put, add } = proto;
  const fail = (): never => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  proto.put = fail;
  proto.add = fail;
  return () => {
    proto.put = put;
    proto.add = add;
  };
}

/**
 * Makes every `put` abort its transaction with a quota error, as browsers report a full disk
 * at commit time (the request fails with AbortError, the transaction carries the quota error).
 * @returns a function that restores the real method
 */
export function simulateQuotaAbort(): () => void {
  const proto = IDBObjectStore.prototype;
  const { put } = proto;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>): IDBRequest<IDBValidKey> {
    const request = put.apply(this, args);
    const tx = this.transaction;
    tx.abort();
    Object.defineProperty(tx, 'error', { value: new DOMException('The quota has been exceeded.', 'QuotaExceededError'), configurable: true });
    return request;
  };
  return () => {
    proto.put = put;
  };
}

/** Where an IdbStore test keeps its database. */
export interface IdbTestDatabase {
  indexedDB: IDBFactory;
  name: string;
}

function deleteDatabase(db: IdbTestDatabase): Promise<void> {
  return new Promise((resolve) => {
    const r = db.indexedDB.deleteDatabase(db.name);
    r.onsuccess = () => resolve();
    r.onerror = () => resolve();
    r.onblocked = () => resolve();
  });
}

/**
 * Registers the IndexedDB-specific tests: persistence, two tabs, schema upgrade with data
 * present, and the storage-full path.
 * @param name label of the environment
 * @param database gives a fresh (factory, unique name) for each test
 * @param api describe / it / expect of the running test framework
 */
export function runIdbStoreSuite(name: string, database: () => IdbTestDatabase, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const withDb = (fn: (db: IdbTestDatabase) => Promise<void>) => async () => {
    const db = database();
    try {
      await fn(db);
    } finally {
      await deleteDatabase(db);
    }
  };

  describe(`IdbStore: ${name}`, () => {
    it('keeps data across close and reopen', withDb(async (db) => {
      const a = new IdbStore(db);
      await a.saveDraft(KEY, { a: 1 }, 0);
      await a.submit({ key: KEY, data: { a: 1 }, cutOffDate: '2018-03-31', author: 'Lan' });
      await a.close();
      const b = new IdbStore(db);
      expect((await b.getDraft(KEY))?.data).to.deep.equal({ a: 1 });
      expect((await b.latestSubmission(KEY))?.revision).to.equal(1);
      await b.close();
    }));

    it('two tabs on one draft: the stale one gets a conflict, never a silent overwrite', withDb(async (db) => {
      const tabA = new IdbStore(db);
      const tabB = new IdbStore(db);
      try {
        await tabA.saveDraft(KEY, { v: 'A1' }, 0);
        const seenByB = await tabB.getDraft(KEY);
        await tabA.saveDraft(KEY, { v: 'A2' }, 1);
        const e = await rejection(tabB.saveDraft(KEY, { v: 'B' }, seenByB!.revision));
        expect(e instanceof DraftConflictError).to.equal(true);
        expect((e as DraftConflictError).stored?.data).to.deep.equal({ v: 'A2' });
        const revs = await Promise.all([tabA, tabB, tabA, tabB].map((t, n) => t.submit({ key: KEY, data: { n }, cutOffDate: '2018-03-31', author: 'x' })));
        expect(revs.map((r) => r.revision).sort()).to.deep.equal([1, 2, 3, 4]);
      } finally {
        await tabA.close();
        await tabB.close();
      }
    }));

    it('upgrades a version 1 database with data present: nothing lost, new indexes work', withDb(async (db) => {
      const v1 = await openFormplanDb(db.indexedDB, db.name, 1);
      expect(v1.objectStoreNames.contains('drafts')).to.equal(true);
      expect(v1.transaction('submissions').store.indexNames.contains('byPeriod')).to.equal(false);
      const sub = { ...KEY, revision: 1, data: { a: 1 }, cutOffDate: '2018-03-31', author: 'Lan', submittedAt: '2018-04-01T00:00:00.000Z' };
      await v1.put('submissions', { ...sub, hash: await submissionHash(sub), status: 'submitted' });
      await v1.put('submissions', { ...sub, period: '2018-Q2', hash: 'old', status: 'submitted' });
      await v1.put('drafts', { ...KEY, data: { b: 2 }, revision: 3, updatedAt: '2018-04-02T00:00:00.000Z' });
      await v1.add('reviews', { ...KEY, revision: 1, decision: 'return', comment: 'Sửa lại', reviewer: 'Quận', at: '2018-04-03T00:00:00.000Z' });
      await v1.put('packs', { id: 'tay-ho-2018', version: '1.0.0', source: { s: 1 }, hash: 'h', savedAt: '2018-01-01T00:00:00.000Z' });
      v1.close();

      const store = new IdbStore(db);
      expect((await store.getDraft(KEY))?.revision).to.equal(3);
      expect((await store.getPack('tay-ho-2018'))?.source).to.deep.equal({ s: 1 });
      const q1 = await store.listSubmissions({ packId: KEY.packId, packVersion: KEY.packVersion, period: '2018-Q1' });
      expect(q1.map((r) => [r.period, r.status])).to.deep.equal([['2018-Q1', 'returned']]);
      expect((await store.listDrafts({ packId: KEY.packId, packVersion: KEY.packVersion, ward: KEY.ward })).length).to.equal(1);
      expect((await store.submit({ key: KEY, data: {}, cutOffDate: '2018-06-30', author: 'Lan' })).revision).to.equal(2);
      await store.close();

      const v2 = await openFormplanDb(db.indexedDB, db.name);
      try {
        expect(v2.version).to.equal(IDB_VERSION);
        expect(IDB_VERSION).to.equal(4);
        for (const s of ['drafts', 'submissions'] as const) {
          const names = v2.transaction(s).store.indexNames;
          expect(names.contains('byPeriod') && names.contains('byWard')).to.equal(true);
        }
        expect(await v2.countFromIndex('submissions', 'byPeriod', [KEY.packId, KEY.packVersion, '2018-Q2'])).to.equal(1);
        expect(await v2.countFromIndex('reviews', 'byKey', [KEY.packId, KEY.packVersion, KEY.formId, KEY.ward, KEY.period])).to.equal(1);
      } finally {
        v2.close();
      }
    }));

    it('storage full reported at commit (transaction abort) is a StorageFullError too', withDb(async (db) => {
      const store = new IdbStore(db);
      const restore = simulateQuotaAbort();
      try {
        const e = await rejection(store.saveDraft(KEY, { a: 1 }, 0));
        expect(e instanceof StorageFullError).to.equal(true);
        expect(store.pendingWrites().length).to.equal(1);
      } finally {
        restore();
      }
      try {
        expect(await store.getDraft(KEY)).to.equal(undefined);
        expect((await store.retryPendingWrites()).written.length).to.equal(1);
        expect((await store.getDraft(KEY))?.data).to.deep.equal({ a: 1 });
      } finally {
        await store.close();
      }
    }));

    it('steps aside when another tab upgrades the schema, then says to reload', withDb(async (db) => {
      const store = new IdbStore(db);
      try {
        await store.saveDraft(KEY, { a: 1 }, 0);
        const next = IDB_VERSION + 1;
        const newer = await openFormplanDb(db.indexedDB, db.name, next, [
          ...IDB_MIGRATIONS, { version: next, description: 'a later release', migrate: (d) => { d.createObjectStore('later'); } },
        ]);
        expect((await newer.get('drafts', [KEY.packId, KEY.packVersion, KEY.formId, KEY.ward, KEY.period]))?.data).to.deep.equal({ a: 1 });
        newer.close();
        const e = await rejection(store.getDraft(KEY));
        expect(e instanceof StoreError).to.equal(true);
        expect((e as StoreError).messages.en).to.equal('The local data was upgraded by a newer version of the app; reload the page.');
      } finally {
        await store.close();
      }
    }));

    it('storage full: StorageFullError (vi/en), the write kept pending, then retried', withDb(async (db) => {
      const store = new IdbStore(db);
      let restore: (() => void) | undefined;
      try {
        await store.saveDraft(KEY, { a: 1 }, 0);
        restore = simulateQuotaExceeded();
        const e = await rejection(store.saveDraft(KEY, { a: 2 }, 1));
        expect(e instanceof StorageFullError).to.equal(true);
        expect((e as StorageFullError).messages.vi.startsWith('Bộ nhớ trình duyệt đã đầy')).to.equal(true);
        expect(((e as StorageFullError).messages.en ?? '').startsWith('Browser storage is full')).to.equal(true);
        await rejection(store.saveDraft(KEY, { a: 3 }, 1));
        await rejection(store.submit({ key: KEY, data: { s: 1 }, cutOffDate: '2018-03-31', author: 'Lan' }));
        const pending = store.pendingWrites();
        expect(pending.map((p) => p.operation.method)).to.deep.equal(['saveDraft', 'submit']);
        expect(pending[0].operation.args[1]).to.deep.equal({ a: 3 });
        expect((await store.getDraft(KEY))?.data).to.deep.equal({ a: 1 });
        const stillFull = await store.retryPendingWrites();
        expect([stillFull.written.length, stillFull.remaining]).to.deep.equal([0, 2]);
        restore();
        restore = undefined;
        const report = await store.retryPendingWrites();
        expect([report.written.length, report.failed.length, report.remaining]).to.deep.equal([2, 0, 0]);
        expect(await store.getDraft(KEY).then((d) => [d?.revision, d?.data])).to.deep.equal([2, { a: 3 }]);
        expect((await store.latestSubmission(KEY))?.data).to.deep.equal({ s: 1 });
        expect(store.pendingWrites()).to.deep.equal([]);

        restore = simulateQuotaExceeded();
        await rejection(store.putPlanProgress({ packId: 'p', packVersion: '1', taskCode: 'T1', status: 'done', note: '' }));
        restore();
        restore = undefined;
        await store.putPlanProgress({ packId: 'p', packVersion: '1', taskCode: 'T1', status: 'in-progress', note: '' });
        expect(store.pendingWrites()).to.deep.equal([]);
      } finally {
        restore?.();
        await store.close();
      }
    }));
  });
}
