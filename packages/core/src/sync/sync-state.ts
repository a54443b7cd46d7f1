/**
 * What sync keeps between page loads: the pull checkpoint (`since`), the ids the server is known
 * to hold (so the outbox is "what the store has minus what the server acknowledged", derived
 * again after a reload and never a second copy of the data), and pulled documents waiting for a
 * record they need (a review before its submission).
 */

import { SYNC_DOC_TYPES } from './sync-docs.js';

/**
 * Acknowledged document ids, kept short: the kind's index and the first 20 hex digits of the
 * content hash (80 bits; a collision is out of reach at any real size), about 21 characters
 * instead of 75, so that 10,000 ids take some 0.4 MB of localStorage rather than 1.5 MB.
 */
export class AckSet {
  private readonly keys: Set<string>;

  /** @param saved keys as `keys()` returned them */
  constructor(saved: Iterable<string> = []) {
    this.keys = new Set(saved);
  }

  /** The short key of a document id (ids of another shape are kept whole). */
  static key(id: string): string {
    const at = id.indexOf(':');
    const kind = SYNC_DOC_TYPES.findIndex((t) => t === id.slice(0, at));
    return kind >= 0 && id.length >= at + 21 ? `${kind}${id.slice(at + 1, at + 21)}` : id;
  }

  has(id: string): boolean {
    return this.keys.has(AckSet.key(id));
  }

  add(id: string): void {
    this.keys.add(AckSet.key(id));
  }

  delete(id: string): void {
    this.keys.delete(AckSet.key(id));
  }

  get size(): number {
    return this.keys.size;
  }

  /** The short keys, for saving. */
  list(): string[] {
    return [...this.keys];
  }
}

/** The persisted part of sync. */
export interface PersistedSyncState {
  /** the database URL the state belongs to (state of another server is not reused) */
  dbUrl: string;
  /** the `_changes` checkpoint */
  since: string;
  /** short keys (`AckSet`) of documents the server holds (acknowledged on push, or seen on pull) */
  acknowledged: string[];
  /** ids of pulled documents that could not be imported yet (e.g. a review before its submission) */
  deferred: string[];
}

/** Where the persisted state lives (IndexedDB, localStorage, a file, memory). */
export interface SyncStateStore {
  /** The saved state, or `undefined` when nothing was saved. */
  load(): Promise<PersistedSyncState | undefined>;
  /** Saves the whole state (it is small: ids, not records). */
  save(state: PersistedSyncState): Promise<void>;
}

/** A state store in memory (tests; a page that need not survive a reload). */
export class MemorySyncStateStore implements SyncStateStore {
  private saved: string | undefined;

  async load(): Promise<PersistedSyncState | undefined> {
    return this.saved === undefined ? undefined : parseState(this.saved);
  }

  async save(state: PersistedSyncState): Promise<void> {
    this.saved = JSON.stringify(state);
  }
}

/** Anything with `getItem`/`setItem` (e.g. `window.localStorage`), synchronous or not. */
export interface KeyValueLike {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
}

/**
 * A state store over a key-value store such as `localStorage`.
 * @param kv the key-value store
 * @param key the key to keep the state under, e.g. `formplan-sync:<dbUrl>`
 * @example
 * ```ts
 * const state = keyValueSyncStateStore(localStorage, `formplan-sync:${dbUrl}`);
 * ```
 */
export function keyValueSyncStateStore(kv: KeyValueLike, key: string): SyncStateStore {
  return {
    async load() {
      const text = await kv.getItem(key);
      return text === null ? undefined : parseState(text);
    },
    async save(state) {
      await kv.setItem(key, JSON.stringify(state));
    },
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Reads saved state text; anything unreadable is no state (sync starts over, which is safe: ids are content hashes). */
export function parseState(text: string): PersistedSyncState | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.dbUrl !== 'string' || typeof o.since !== 'string') return undefined;
  return { dbUrl: o.dbUrl, since: o.since, acknowledged: strings(o.acknowledged), deferred: strings(o.deferred) };
}
