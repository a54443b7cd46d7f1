/**
 * Sync through CouchDB for the host shell: the saved settings (database URL and who logged in),
 * the live `SyncClient` of the chosen role, and what the header shows. The sync code
 * (`@formplan/core/sync`) is loaded only when a server URL is configured, so a computer without
 * one loads and runs exactly as before (IndexedDB and files).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bilingual, Store } from '@formplan/core';
import type { SyncClient, SyncScope, SyncStatus } from '@formplan/core/sync';
import type { Role } from './roles.js';

/** What this computer keeps in localStorage to sync. */
export interface SavedSync {
  /** the database URL, checked by `checkDbUrl` */
  dbUrl: string;
  /** the CouchDB user who logged in; '' after logging out */
  user: string;
  /** who that user syncs for (from its CouchDB roles); absent for a user without formplan roles */
  scope?: SyncScope;
}

const KEY = 'formplan.sync';

/** The saved sync settings, if sync is on. */
export function savedSync(): SavedSync | undefined {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SavedSync> | null;
    if (s && typeof s.dbUrl === 'string' && s.dbUrl && typeof s.user === 'string') return { dbUrl: s.dbUrl, user: s.user, scope: validScope(s.scope) };
  } catch {
    /* a damaged entry means sync is off */
  }
  return undefined;
}

function validScope(v: unknown): SyncScope | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (o.role === 'district') return { role: 'district' };
  return o.role === 'ward' && typeof o.ward === 'string' ? { role: 'ward', ward: o.ward } : undefined;
}

function saveSync(s: SavedSync | undefined): void {
  if (s) localStorage.setItem(KEY, JSON.stringify(s));
  else localStorage.removeItem(KEY);
}

/** Who a role syncs for: a ward its own records, the district officer and administrator everything. */
export function scopeOf(role: Role | undefined): SyncScope | undefined {
  if (!role) return undefined;
  return role.kind === 'ward' ? { role: 'ward', ward: role.ward } : { role: 'district' };
}

type SyncModule = typeof import('@formplan/core/sync');
let loaded: Promise<SyncModule> | undefined;
/** The sync module, loaded once on first use (a chunk of its own). */
export function loadSyncModule(): Promise<SyncModule> {
  loaded ??= import('@formplan/core/sync');
  return loaded;
}

const total = (s: SyncStatus): number => Object.values(s.received).reduce((a, b) => a + b, 0);

/** The shell's sync: settings, login, the live client, and the status sentences. */
export class HostSync implements ReactiveController {
  /** the saved settings; undefined when sync is off */
  settings: SavedSync | undefined = savedSync();
  /** false when the server says nobody is logged in; undefined while unknown */
  loggedIn: boolean | undefined;
  /** the client's status and its sentences, once it runs */
  status: SyncStatus | undefined;
  messages: Bilingual[] = [];
  /** the sync module could not be loaded */
  loadError: unknown;
  private client: SyncClient | undefined;
  private scope: SyncScope | undefined;
  private unsubscribe: (() => void) | undefined;
  private seen = { all: 0, pack: 0 };
  private importTimer: ReturnType<typeof setTimeout> | undefined;
  private importedPack = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { store: Store; onImported(packs: boolean): void },
  ) {
    host.addController(this);
  }

  private readonly onOnline = (): void => this.client?.setOnline(true);
  private readonly onOffline = (): void => this.client?.setOnline(false);

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    window.removeEventListener('offline', this.onOffline);
    this.serially(() => this.disconnect());
  }

  /** Whether the logged-in user syncs for someone else than `role` (another ward, or the district for a ward). */
  differsFrom(role: Role | undefined): boolean {
    const mine = this.settings?.scope;
    return !!mine && !!role && JSON.stringify(mine) !== JSON.stringify(scopeOf(role));
  }

  /** The role changed (or was read at start): sync for it, or stop. */
  setRole(role: Role | undefined): void {
    const scope = scopeOf(role);
    if (JSON.stringify(scope) === JSON.stringify(this.scope)) return;
    this.scope = scope;
    this.serially(() => this.connect());
  }

  /**
   * Logs in to CouchDB (`_session`: the server sets a cookie) and turns sync on for this URL.
   * @throws the server's refusal (wrong password, unreachable) — nothing is saved then
   */
  async login(dbUrl: string, user: string, password: string): Promise<void> {
    const mod = await loadSyncModule();
    const who = await new mod.CouchDb(dbUrl).login(user, password);
    this.settings = { dbUrl, user, scope: mod.scopeOfRoles(who.roles) };
    saveSync(this.settings);
    await this.serially(() => this.connect());
  }

  /** Logs out of CouchDB (the URL is kept) and stops syncing. */
  async logout(): Promise<void> {
    const s = this.settings;
    if (!s) return;
    await this.serially(() => this.disconnect());
    this.settings = { dbUrl: s.dbUrl, user: '' };
    saveSync(this.settings);
    this.loggedIn = false;
    const mod = await loadSyncModule();
    await new mod.CouchDb(s.dbUrl).logout();
    this.host.requestUpdate();
  }

  /** Turns sync off: logs out (when the server answers) and forgets the URL; the records stay. */
  async turnOff(): Promise<void> {
    const s = this.settings;
    await this.serially(() => this.disconnect());
    this.settings = undefined;
    saveSync(undefined);
    this.loggedIn = undefined;
    this.host.requestUpdate();
    if (s?.user) await loadSyncModule().then((mod) => new mod.CouchDb(s.dbUrl).logout()).catch(() => undefined);
  }

  /** Something was stored here (a submission, review, reopening): send it soon. */
  localChange(): void {
    this.client?.notifyLocalChange();
  }

  /** "Đồng bộ ngay": try now (also after an error or while offline). */
  syncNow(): void {
    if (!this.client) return;
    this.client.setOnline(navigator.onLine);
    this.client.notifyLocalChange();
  }

  private serially(task: () => Promise<void>): Promise<void> {
    const next = this.chain.then(task, task);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async connect(): Promise<void> {
    await this.disconnect();
    const s = this.settings;
    this.loggedIn = undefined;
    // a role must be chosen; the records synced are those the login may write (else the role's)
    if (!s?.user || !this.scope) return;
    const scope = s.scope ?? this.scope;
    let mod: SyncModule;
    try {
      mod = await loadSyncModule();
    } catch (e) {
      this.loadError = e;
      this.host.requestUpdate();
      return;
    }
    const client = new mod.SyncClient({
      store: this.options.store, dbUrl: s.dbUrl, scope, state: mod.keyValueSyncStateStore(localStorage, mod.syncStateKey(s.dbUrl)),
    });
    this.client = client;
    this.seen = { all: 0, pack: 0 };
    this.unsubscribe = client.subscribe((status) => {
      this.status = status;
      this.messages = mod.syncStatusMessages(status);
      this.noticeImports(status);
      if (status.error && status.online && status.failures === 1) void this.checkSession(client);
      this.host.requestUpdate();
    });
    if (!navigator.onLine) client.setOnline(false);
    try {
      this.loggedIn = (await client.session()).name !== null;
    } catch {
      // unreachable now: the live loop retries, and a refused session shows as the status's error
    }
    this.host.requestUpdate();
    if (this.loggedIn === false || this.client !== client) return;
    void client.refreshPending().catch(() => undefined);
    client.start();
  }

  private async disconnect(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.status = undefined;
    this.messages = [];
    if (client) await client.stop();
  }

  /** After a first failure: when the server says nobody is logged in (the session ran out), stop and say so. */
  private async checkSession(client: SyncClient): Promise<void> {
    const who = await client.session().catch(() => undefined);
    if (who?.name !== null || this.client !== client) return;
    await this.serially(() => this.disconnect());
    this.loggedIn = false;
    this.host.requestUpdate();
  }

  /** Records arrived from the server: tell the shell once they settle (a pull imports them one by one). */
  private noticeImports(status: SyncStatus): void {
    const all = total(status);
    if (all <= this.seen.all) return;
    this.importedPack ||= status.received.pack > this.seen.pack;
    this.seen = { all, pack: status.received.pack };
    clearTimeout(this.importTimer);
    this.importTimer = setTimeout(() => {
      const packs = this.importedPack;
      this.importedPack = false;
      this.options.onImported(packs);
    }, 150);
  }
}
