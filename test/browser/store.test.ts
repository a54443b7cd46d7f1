// The Store contract in chromium: MemoryStore and IdbStore over the real IndexedDB,
// with a unique database per test (deleted afterwards).
import { expect } from '@open-wc/testing';
import { runStoreSuite } from '../suites/store.suite.js';
import { runIdbStoreSuite } from '../suites/idb-store.suite.js';
import { runStoreReviewSuite } from '../suites/store-reviews.suite.js';
import { runIdbReopenMigration, runStoreLifecycleSuite } from '../suites/store-lifecycle.suite.js';
import { runIdbPackDraftSuite, runStorePackDraftSuite } from '../suites/store-pack-drafts.suite.js';
import { IdbStore } from '../../packages/core/src/storage/idb-store.js';
import { MemoryStore } from '../../packages/core/src/storage/memory-store.js';

const api = { describe, it, expect };
const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
let n = 0;
const uniqueName = (): string => `formplan-wtr-${run}-${++n}`;
const opened: string[] = [];

runStoreSuite('MemoryStore (chromium)', async () => new MemoryStore(), api);

const idbStore = async (): Promise<IdbStore> => {
  const name = uniqueName();
  opened.push(name);
  return new IdbStore({ name });
};

runStoreSuite('IdbStore (chromium IndexedDB)', idbStore, api);

runStoreReviewSuite('MemoryStore (chromium)', async () => new MemoryStore(), api);

runStoreReviewSuite('IdbStore (chromium IndexedDB)', idbStore, api);

runIdbStoreSuite('chromium IndexedDB', () => ({ indexedDB, name: uniqueName() }), api);

runStoreLifecycleSuite('MemoryStore (chromium)', async (o) => new MemoryStore(o), api);
runStoreLifecycleSuite('IdbStore (chromium IndexedDB)', async (o) => {
  const name = uniqueName();
  opened.push(name);
  return new IdbStore({ ...o, name });
}, api);
runIdbReopenMigration('chromium IndexedDB', () => ({ indexedDB, name: uniqueName() }), api);
runStorePackDraftSuite('MemoryStore (chromium)', async () => new MemoryStore(), api);
runStorePackDraftSuite('IdbStore (chromium IndexedDB)', idbStore, api);
runIdbPackDraftSuite('chromium IndexedDB', () => ({ indexedDB, name: uniqueName() }), api);

after(async () => {
  await Promise.all(opened.map((name) => new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  })));
});
