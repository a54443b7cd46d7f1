/**
 * The synchronous journal of an opened pack draft (core `DraftJournal` over `localStorage`), as
 * the ward's forms have: the store's save is asynchronous (IndexedDB) and does not commit before a
 * reload or a tab close, so every edit's history is also written at once here, and the next
 * opening of the draft replays an entry the store never received. Only drafts of a store that
 * outlives the page (`IdbStore`) are journaled.
 */
import { DraftJournal, EditSession, IdbStore, canonicalJson, journalKey, storageOrUndefined } from '@formplan/core';
import type { EditHistoryState, PackDraftRecord, Store } from '@formplan/core';

function isHistory(v: unknown): v is EditHistoryState {
  const h = v as Partial<EditHistoryState> | null;
  return h !== null && typeof h === 'object' && Array.isArray(h.past) && Array.isArray(h.future);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/** The journal of one opened draft. */
export class PackDraftJournal {
  private readonly journal = new DraftJournal(storageOrUndefined(() => globalThis.localStorage));
  private readonly key: string | undefined;

  constructor(store: Store, id: string, version: string) {
    this.key = store instanceof IdbStore ? journalKey('pack-draft', [`idb:${store.name}`, id, version]) : undefined;
  }

  /** Writes the history as edited over the stored revision `revision`, synchronously. */
  write(history: EditHistoryState, revision: number): void {
    if (this.key) this.journal.write(this.key, history, revision);
  }

  /** The number of this page's last write (0: none yet). */
  get lastSeq(): number {
    return this.journal.lastSeq;
  }

  /** The store committed, as `revision`, what was journaled at write number `seq`. */
  committed(seq: number, revision: number): void {
    if (this.key) this.journal.committed(this.key, seq, revision);
  }

  /**
   * The session of a stored draft with a journaled history the store did not receive replayed
   * (`replayed`: save it); an entry over another revision (another tab saved since: its save
   * wins, as a conflict does), the same as stored, or unreadable is dropped.
   */
  open(draft: PackDraftRecord): { session: EditSession; replayed: boolean } {
    const stored = (): { session: EditSession; replayed: boolean } => ({ session: new EditSession(draft.base, draft.history), replayed: false });
    const entry = this.key ? this.journal.read(this.key) : undefined;
    if (!this.key || !entry) return stored();
    if (entry.baseRevision !== draft.revision || !isHistory(entry.data) || sameJson(entry.data, draft.history)) {
      this.journal.remove(this.key);
      return stored();
    }
    try {
      return { session: new EditSession(draft.base, entry.data), replayed: true };
    } catch {
      this.journal.remove(this.key);
      return stored();
    }
  }
}
