import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { runStoreSuite } from '../../../../test/suites/store.suite.js';
import { runIdbStoreSuite } from '../../../../test/suites/idb-store.suite.js';
import { runStoreReviewSuite } from '../../../../test/suites/store-reviews.suite.js';
import { runIdbReopenMigration, runStoreLifecycleSuite } from '../../../../test/suites/store-lifecycle.suite.js';
import { runIdbPackDraftSuite, runStorePackDraftSuite } from '../../../../test/suites/store-pack-drafts.suite.js';
import { IdbStore } from './idb-store.js';
import { MemoryStore } from './memory-store.js';

runStoreSuite('MemoryStore', async () => new MemoryStore(), { describe, it, expect });

// One fresh fake IndexedDB per store: tests never share data.
runStoreSuite('IdbStore (fake-indexeddb)', async () => new IdbStore({ indexedDB: new IDBFactory() }), { describe, it, expect });
runStoreReviewSuite('MemoryStore', async () => new MemoryStore(), { describe, it, expect });
runStoreReviewSuite('IdbStore (fake-indexeddb)', async () => new IdbStore({ indexedDB: new IDBFactory() }), { describe, it, expect });

let dbCount = 0;
runIdbStoreSuite('fake-indexeddb', () => ({ indexedDB: new IDBFactory(), name: `formplan-test-${++dbCount}` }), { describe, it, expect });

runStoreLifecycleSuite('MemoryStore', async (o) => new MemoryStore(o), { describe, it, expect });
runStoreLifecycleSuite('IdbStore (fake-indexeddb)', async (o) => new IdbStore({ ...o, indexedDB: new IDBFactory() }), { describe, it, expect });
runIdbReopenMigration('fake-indexeddb', () => ({ indexedDB: new IDBFactory(), name: `formplan-reopen-${++dbCount}` }), { describe, it, expect });

runStorePackDraftSuite('MemoryStore', async () => new MemoryStore(), { describe, it, expect });
runStorePackDraftSuite('IdbStore (fake-indexeddb)', async () => new IdbStore({ indexedDB: new IDBFactory() }), { describe, it, expect });
runIdbPackDraftSuite('fake-indexeddb', () => ({ indexedDB: new IDBFactory(), name: `formplan-packdrafts-${++dbCount}` }), { describe, it, expect });
