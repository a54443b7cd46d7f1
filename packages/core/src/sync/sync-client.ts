/**
 * The sync client a page runs when a CouchDB URL is configured: push and pull on demand, or live
 * (push, catch up, then wait on a longpoll `_changes` for the next change; a local change wakes
 * it), with retries by exponential backoff and jitter, and a status any UI can read.
 */
import type { Bilingual } from '../common/bilingual.js';
import { errorMessages } from '../common/formplan-error.js';
import type { Store } from '../storage/store.js';
import { CouchDb, SyncOfflineError, type FetchLike, type SessionInfo } from './couch-http.js';
import type { SyncScope } from './outbox.js';
import { backoffDelay, systemSyncClock, type BackoffOptions, type SyncClock } from './sync-clock.js';
import {
  auditAcknowledged, engineState, pendingEntries, persisted, pull, push,
  type EngineContext, type EngineState, type PullReport, type PushReport,
} from './sync-engine.js';
import type { SyncStateStore } from './sync-state.js';
import { initialSyncStatus, type SyncStatus } from './sync-status.js';

/** How to build a {@link SyncClient}. */
export interface SyncOptions {
  /** this computer's records */
  store: Store;
  /** the CouchDB database URL, e.g. `https://couch.example.org/formplan-d003` */
  dbUrl: string;
  /** one ward (sends its own records, takes packs and its own records) or the district (all) */
  scope: SyncScope;
  /** where the checkpoint and acknowledged ids survive reloads */
  state: SyncStateStore;
  fetch?: FetchLike;
  clock?: SyncClock;
  /** jitter source in [0, 1) (default `Math.random`) */
  random?: () => number;
  /** HTTP Basic credentials (node, tests); browsers log in with `login()` (a `_session` cookie) */
  basicAuth?: { username: string; password: string };
  /** documents per request (default 200) */
  batchSize?: number;
  /** how long the server holds a live `_changes` request open (default 25 000 ms) */
  longpollMs?: number;
  backoff?: BackoffOptions;
}

/** What one `syncOnce` did. */
export interface SyncReport {
  push: PushReport;
  pull: PullReport;
}

const FALLBACK: Bilingual = { vi: 'Đồng bộ thất bại.', en: 'Sync failed.' };
const MAX_REFUSED = 50;

/**
 * Syncs one store with one CouchDB database.
 * @example
 * ```ts
 * const client = new SyncClient({ store, dbUrl, scope: { role: 'ward', ward: 'P00091' },
 *   state: keyValueSyncStateStore(localStorage, `formplan-sync:${dbUrl}`) });
 * await client.login('ward-p00091', password);
 * client.subscribe((s) => render(syncStatusMessages(s)));
 * client.start();                       // live
 * await store.submit(input); client.notifyLocalChange();
 * ```
 */
export class SyncClient {
  readonly db: CouchDb;
  private readonly opts: SyncOptions;
  private readonly clock: SyncClock;
  private current: SyncStatus = initialSyncStatus();
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private statePromise: Promise<EngineState> | undefined;
  private readonly refusedIds = new Set<string>();
  private readonly sentIds = new Set<string>();
  private audited = false;
  private lock: Promise<unknown> = Promise.resolve();
  private running = false;
  private loop: Promise<void> | undefined;
  private wakeController = new AbortController();
  private again = false;

  constructor(options: SyncOptions) {
    this.opts = options;
    this.clock = options.clock ?? systemSyncClock;
    this.db = new CouchDb(options.dbUrl, { fetch: options.fetch, basicAuth: options.basicAuth });
  }

  /** The current status (a fresh object after every change). */
  get status(): SyncStatus {
    return this.current;
  }

  /** Calls `listener` with every new status; returns the unsubscribe function. */
  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Logs in to CouchDB (`_session` cookie). */
  login(name: string, password: string): Promise<SessionInfo> {
    return this.db.login(name, password);
  }

  /** Logs out. */
  logout(): Promise<void> {
    return this.db.logout();
  }

  /** Who the server says is logged in. */
  session(): Promise<SessionInfo> {
    return this.db.session();
  }

  /** Counts the outbox again (after a local submission) and publishes the status. */
  async refreshPending(): Promise<number> {
    const ctx = await this.context();
    const pending = await pendingEntries(ctx);
    this.update({ pending: pending.length, pendingSubmissions: pending.filter((e) => e.item.type === 'submission').length });
    return pending.length;
  }

  /** Sends the outbox once. */
  push(): Promise<PushReport> {
    return this.exclusive(async () => {
      const ctx = await this.context();
      if (!this.audited) {
        await auditAcknowledged(ctx);
        this.audited = true;
      }
      this.update({ phase: 'pushing' });
      const report = await push(ctx);
      await this.refreshPending();
      return report;
    });
  }

  /** Pulls the changes since the checkpoint once. */
  pull(options: { longpollMs?: number; signal?: AbortSignal } = {}): Promise<PullReport> {
    return this.exclusive(async () => {
      const ctx = await this.context();
      this.update({ phase: options.longpollMs === undefined ? 'pulling' : 'waiting' });
      return pull(ctx, options);
    });
  }

  /**
   * Push then pull once; on success the status says when, on failure it keeps the error (and
   * `online: false` when the server could not be reached) and the error is thrown.
   */
  async syncOnce(): Promise<SyncReport> {
    // a live loop waiting on a longpoll (or a backoff) holds the lock: end the wait now
    if (this.running) this.wakeController.abort();
    try {
      const pushed = await this.push();
      const pulled = await this.pull();
      this.succeeded();
      return { push: pushed, pull: pulled };
    } catch (e) {
      await this.refreshPending().catch(() => undefined);
      this.failed(e);
      throw e;
    }
  }

  /** Starts live sync (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Stops live sync and waits for the loop to end. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeController.abort();
    await this.loop;
    this.loop = undefined;
    this.update({ phase: 'stopped' });
  }

  /** Something was stored locally: push soon (wakes a waiting live loop). */
  notifyLocalChange(): void {
    this.again = true;
    this.wakeController.abort();
    if (!this.running) void this.refreshPending().catch(() => undefined);
  }

  /** The browser's `online`/`offline` events: offline is shown at once; online retries now. */
  setOnline(online: boolean): void {
    this.update({ online });
    if (online) this.notifyLocalChange();
  }

  /** Forgets the checkpoint and acknowledgements (e.g. the server database was recreated). */
  async reset(): Promise<void> {
    await this.exclusive(async () => {
      const fresh = engineState(this.db.url, undefined);
      this.statePromise = Promise.resolve(fresh);
      await this.opts.state.save(persisted(fresh));
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.again = false;
      try {
        await this.syncOnce();
      } catch {
        const delay = backoffDelay(this.current.failures, this.opts.random ?? Math.random, this.opts.backoff);
        this.update({ phase: 'retrying', retryAt: new Date(this.clock.now() + delay).toISOString() });
        await this.clock.sleep(delay, this.wakeSignal());
        continue;
      }
      if (!this.running || this.again) continue;
      await this.waitForChanges();
    }
  }

  /** One longpoll: returns on a change (imported), the server's timeout, a wake-up, or a client-side timeout. */
  private async waitForChanges(): Promise<void> {
    const longpollMs = this.opts.longpollMs ?? 25_000;
    const wake = this.wakeSignal();
    const guard = new AbortController();
    // the stand-in ignores `timeout` when nothing changes: the client gives up a little later
    const timer = setTimeout(() => guard.abort(), longpollMs + 5000);
    const onWake = (): void => guard.abort();
    wake.addEventListener('abort', onWake, { once: true });
    try {
      await this.pull({ longpollMs, signal: guard.signal });
      this.succeeded();
    } catch (e) {
      if (!(e instanceof Error && e.name === 'AbortError')) this.failed(e);
      if (!(e instanceof Error && e.name === 'AbortError')) {
        const delay = backoffDelay(this.current.failures, this.opts.random ?? Math.random, this.opts.backoff);
        this.update({ phase: 'retrying', retryAt: new Date(this.clock.now() + delay).toISOString() });
        await this.clock.sleep(delay, wake);
      }
    } finally {
      clearTimeout(timer);
      wake.removeEventListener('abort', onWake);
    }
  }

  private wakeSignal(): AbortSignal {
    if (this.wakeController.signal.aborted && this.running) this.wakeController = new AbortController();
    return this.wakeController.signal;
  }

  private succeeded(): void {
    this.update({
      phase: 'idle', online: true, error: null, retryAt: null, failures: 0, lastSyncedAt: new Date(this.clock.now()).toISOString(),
    });
  }

  private failed(e: unknown): void {
    const offline = e instanceof SyncOfflineError;
    this.update({ phase: 'idle', online: !offline, error: errorMessages(e, FALLBACK), failures: this.current.failures + 1 });
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const next = this.lock.then(task, task);
    this.lock = next.catch(() => undefined);
    return next;
  }

  private async context(): Promise<EngineContext> {
    this.statePromise ??= this.opts.state.load().then((saved) => engineState(this.db.url, saved));
    const state = await this.statePromise;
    return {
      store: this.opts.store, db: this.db, scope: this.opts.scope, batchSize: this.opts.batchSize ?? 200, state,
      refusedIds: this.refusedIds, sentIds: this.sentIds,
      persist: () => this.opts.state.save(persisted(state)),
      refuse: (id, direction, reason) => {
        this.update({ refused: [...this.current.refused, { id, direction, reason }].slice(-MAX_REFUSED) });
      },
      receivedOne: (type) => {
        this.update({ received: { ...this.current.received, [type]: this.current.received[type] + 1 } });
      },
    };
  }

  private update(patch: Partial<SyncStatus>): void {
    this.current = { ...this.current, ...patch };
    for (const l of this.listeners) l(this.current);
  }
}
