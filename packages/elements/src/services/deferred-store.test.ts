// The page's default store, whose IdbStore code loads from the run-time chunk on first use,
// keeps the whole Store contract (the suites IdbStore passes, over chromium's IndexedDB), journals
// as an IdbStore does, and retries a chunk that could not be fetched.
import { expect } from '@open-wc/testing';
import { runStoreSuite } from '../../../../test/suites/store.suite.js';
import { runStoreReviewSuite } from '../../../../test/suites/store-reviews.suite.js';
import { runStorePackDraftSuite } from '../../../../test/suites/store-pack-drafts.suite.js';
import { DeferredIdbStore } from './deferred-store.js';
import { draftJournalKey } from '../controllers/page-journal.js';

const api = { describe, it, expect };
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
let n = 0;
const opened: string[] = [];
const deferredStore = async (): Promise<DeferredIdbStore> => {
  const name = `formplan-deferred-${run}-${++n}`;
  opened.push(name);
  return new DeferredIdbStore(name);
};

runStoreSuite('DeferredIdbStore (chromium IndexedDB)', deferredStore, api);
runStoreReviewSuite('DeferredIdbStore (chromium IndexedDB)', deferredStore, api);
runStorePackDraftSuite('DeferredIdbStore (chromium IndexedDB)', deferredStore, api);

describe('DeferredIdbStore', () => {
  const key = { packId: 'p', packVersion: '1.0.0', formId: 'f', ward: 'W1', period: '2018-H1' };

  it('is journaled as the IdbStore of its database, and has no pending writes before it loads', async () => {
    const store = await deferredStore();
    expect(store.journalScope).to.equal(`idb:${store.name}`);
    expect(draftJournalKey(store, key)).to.be.a('string').and.contain(`idb:${store.name}`);
    expect(store.pendingWrites()).to.deep.equal([]);
    await store.close();
  });

  it('a run-time chunk that cannot be fetched fails that call; the next call loads it again', async () => {
    let calls = 0;
    const real = new DeferredIdbStore(`formplan-deferred-${run}-${++n}`);
    opened.push(real.name);
    const store = new DeferredIdbStore(real.name, async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return { createIdbStore: () => real };
    });
    let failed: unknown;
    await store.getDraft(key).catch((e: unknown) => (failed = e));
    expect(failed).to.be.instanceOf(TypeError);
    expect(await store.getDraft(key)).to.equal(undefined);
    expect(calls).to.equal(2);
    await store.close();
  });
});

after(async () => {
  await Promise.all(opened.map((name) => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  })));
});
