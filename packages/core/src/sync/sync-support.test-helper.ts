/**
 * Shared by the sync tests: a stand-in server set up like production (`couchSetup` with the
 * Tây Hồ pack's org units), stores with submissions, and clients for a ward and the district.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startCouchStandIn, type CouchStandIn } from '../../../../test/support/couch-standin.mjs';
import type { OrgUnit } from '../pack/types.js';
import { MemoryStore } from '../storage/memory-store.js';
import type { Store } from '../storage/store.js';
import type { FetchLike } from './couch-http.js';
import { couchSetup, type CouchSetupReport } from './couch-setup.js';
import { SyncClient } from './sync-client.js';
import { MemorySyncStateStore, type SyncStateStore } from './sync-state.js';
import type { SyncScope } from './outbox.js';

/** The pack's org units (a city, district D003 and its 8 wards). */
export const ORG_UNITS: OrgUnit[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../schemas/packs/tay-ho-2018/org-units.json', import.meta.url)), 'utf8'),
);

/** A running stand-in with formplan set up. */
export interface SyncServer {
  couch: CouchStandIn;
  dbUrl: string;
  setup: CouchSetupReport;
  password(user: string): string;
}

/** Starts the stand-in and runs `couchSetup` (passwords `pw-<user>`). */
export async function startSyncServer(): Promise<SyncServer> {
  const couch = await startCouchStandIn();
  const passwords = Object.fromEntries(['ward-p00091', 'ward-p00094', 'district-d003'].map((u) => [u, `pw-${u}`]));
  let n = 0;
  const setup = await couchSetup({ serverUrl: couch.url, admin: couch.admin, orgUnits: ORG_UNITS, passwords, generatePassword: () => `generated-${++n}` });
  const found = setup.users;
  return {
    couch, dbUrl: setup.databases[0].url, setup,
    password: (user) => found.find((u) => u.name === user)?.password ?? `pw-${user}`,
  };
}

/** A key of form `bm01` for a ward and period. */
export function keyOf(ward: string, period = '2018-Q1', formId = 'bm01') {
  return { packId: 'tay-ho', packVersion: '2018.1.0', formId, ward, period };
}

/** Submits `count` reports of one ward (periods 2018-M01…). */
export async function submitMany(store: Store, ward: string, count: number, from = 1): Promise<void> {
  for (let i = from; i < from + count; i++) {
    await store.submit({ key: keyOf(ward, `2018-M${String(i).padStart(3, '0')}`), data: { soHo: i, ghiChu: 'Phường đã kiểm tra' }, cutOffDate: '2018-03-31', author: `cán bộ ${ward}` });
  }
}

/** A client for a ward or the district, logged in with HTTP Basic (as `user` when given). */
export function clientFor(server: SyncServer, scope: SyncScope, options: { store?: Store; state?: SyncStateStore; fetch?: FetchLike; batchSize?: number; longpollMs?: number; user?: string } = {}) {
  const user = options.user ?? (scope.role === 'ward' ? `ward-${scope.ward.toLowerCase()}` : 'district-d003');
  const store = options.store ?? new MemoryStore();
  const state = options.state ?? new MemorySyncStateStore();
  const client = new SyncClient({
    store, dbUrl: server.dbUrl, scope, state, fetch: options.fetch, batchSize: options.batchSize ?? 50,
    longpollMs: options.longpollMs ?? 1000, basicAuth: { username: user, password: server.password(user) },
    backoff: { baseMs: 20, maxMs: 200 },
  });
  return { client, store, state };
}

/** How many formplan documents the server holds (design documents left out). */
export async function serverDocCount(server: SyncServer): Promise<number> {
  const page = (await server.couch.request('GET', `${new URL(server.dbUrl).pathname}/_all_docs`)) as { rows: { id: string }[] };
  return page.rows.filter((r) => !r.id.startsWith('_design/')).length;
}
