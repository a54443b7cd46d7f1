// The page module of test/e2e/sync-browser.test.mjs, bundled by esbuild: formplan's real store
// (IndexedDB) and the sync client, exposed to the test on `window.fp`.
import { IdbStore } from '../../../packages/core/src/index.js';
import { keyValueSyncStateStore, SyncClient, syncStateKey, syncStatusMessages, type SyncScope } from '../../../packages/core/src/sync/index.js';

interface SyncPage {
  store: IdbStore;
  client?: SyncClient;
  open(dbUrl: string, scope: SyncScope): SyncClient;
  messages(): string[];
}

declare global {
  interface Window {
    fp: SyncPage;
  }
}

const api: SyncPage = {
  store: new IdbStore(),
  open(dbUrl: string, scope: SyncScope): SyncClient {
    this.client = new SyncClient({ store: this.store, dbUrl, scope, state: keyValueSyncStateStore(localStorage, syncStateKey(dbUrl)), longpollMs: 1000 });
    return this.client;
  },
  messages(): string[] {
    return this.client ? syncStatusMessages(this.client.status, { timeZone: 'UTC' }).map((m) => m.vi) : [];
  },
};
window.fp = api;
