/**
 * Autosave: saves what the user edits ~800 ms after the last edit, immediately when the page is
 * hidden or left (`pagehide`, `visibilitychange`) and when the host leaves the DOM. What is saved
 * and where is the host's `save` function; saves are guarded by a revision: when another writer
 * saved meanwhile (`conflictOf` recognises the store's conflict error by type), the controller
 * stops and asks (keep mine / load theirs); it never overwrites silently. `<fp-form>` saves drafts
 * with it, `<fp-assessment>` self-assessments.
 *
 * The debounced save and the `pagehide` flush are asynchronous (IndexedDB) and do not finish before
 * a reload or a tab close; so every edit is also written at once to a synchronous journal
 * (`DraftJournal` over `localStorage`, see core `storage/draft-journal.ts` for the measured cost
 * of each option) and the next {@link AutosaveController.attach} replays an entry still there
 * through the same revision-checked save. `beforeunload` asks before leaving only when an edit
 * is in neither the store nor the journal (journal full or unavailable and a save pending).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftConflictError, canonicalJson, errorMessages } from '@formplan/core';
import type { DraftJournal, DraftRecord, FormModel, Bilingual } from '@formplan/core';
import { emit } from '../events/emit.js';

/** Where the data stands: nothing to save, saving, saved, the save failed, or a conflict waits for a choice. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** What a save returns: the stored record with its new revision. */
export interface SavedRecord {
  revision: number;
}

/** Options of {@link AutosaveController}. */
export interface AutosaveOptions<D, R extends SavedRecord> {
  /** stores `data` over the stored revision `revision` (0: nothing stored yet); rejects on a conflict */
  save: (data: D, revision: number) => Promise<R>;
  /** the other writer's record when `error` is a conflict (`{ stored: undefined }`: it was deleted), else undefined */
  conflictOf: (error: unknown) => { stored: R | undefined } | undefined;
  /** the "load theirs" choice: put the other writer's record into the page (not a user edit) */
  loadTheirs: (theirs: R | undefined) => void;
  /** debounce after the last user edit, in ms (default 800) */
  delay?: number;
  /**
   * whether the other writer's record holds exactly `data` (then it is no conflict: another tab
   * replayed this page's journal, say); default: never
   */
  sameData?: (data: D, theirs: R) => boolean;
  /** makes the synchronous journal every edit is written to (called once, on the first session that has a journal key) */
  journal?: () => DraftJournal | undefined;
}

/** One editing session: what to save now, from which revision, and (optionally) how edits are heard. */
export interface AutosaveSession<D> {
  /** the data to save now (undefined: nothing can be saved yet) */
  data: () => D | undefined;
  /** the revision the data was loaded from (0: none yet) */
  revision: number;
  /** listens to the user's edits (calls `edited` for each); else the host calls {@link AutosaveController.edited} */
  watch?: (edited: () => void) => () => void;
  /** the journal key of the record (core `journalKey`); without it nothing is journaled */
  journalKey?: string;
  /** puts journaled data back into the page (not a user edit); false when the data does not fit */
  restore?: (data: unknown) => boolean;
}

/** The host: a Lit element (events are sent from it). */
export type AutosaveHost = ReactiveControllerHost & EventTarget;

const SAVE_FAILED: Bilingual = { vi: 'Không lưu được bản nháp', en: 'The draft could not be saved' };

/** A message from an error: a formplan error's bilingual text, else the error's own. */
function messageOf(error: unknown): Bilingual {
  return errorMessages(error, SAVE_FAILED);
}

/** `conflictOf` for drafts: a `DraftConflictError` carries the stored draft. */
export function draftConflictOf(error: unknown): { stored: DraftRecord | undefined } | undefined {
  return error instanceof DraftConflictError ? { stored: error.stored } : undefined;
}

/** `sameData` for drafts: the stored draft's data equals `data` (canonical JSON). */
export function sameDraftData(data: unknown, theirs: DraftRecord): boolean {
  return sameJson(data, theirs.data);
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}

/** A session over a form model: saves `model.value`, hears the user's edits of the model. */
export function modelSession(model: FormModel, revision: number, journalKey?: string): AutosaveSession<unknown> {
  return {
    data: () => model.value,
    revision,
    journalKey,
    restore: (data) => {
      model.reset(data);
      return true;
    },
    watch: (edited) => model.subscribe((change) => {
      if (change.user && change.changed.length > 0) edited();
    }),
  };
}

/**
 * Saves as the user edits.
 * @example
 * ```ts
 * private readonly autosave = new AutosaveController(this, {
 *   save: (data, rev) => store.saveDraft(key, data, rev),
 *   conflictOf: draftConflictOf,
 *   loadTheirs: (theirs) => model.reset(theirs?.data ?? {}),
 * });
 * // once the draft is loaded:
 * this.autosave.attach(modelSession(model, draft?.revision ?? 0));
 * ```
 */
export class AutosaveController<D = unknown, R extends SavedRecord = DraftRecord> implements ReactiveController {
  /** debounce in ms */
  delay: number;
  /** the save state (the host re-renders when it changes) */
  state: SaveState = 'idle';
  /** the revision of the stored record this page last saved or loaded */
  revision = 0;
  /** why the last save failed (state `failed`) */
  error?: Bilingual;
  /** in state `conflict`: the other writer's record (undefined when it was deleted) */
  theirs?: R;

  private readonly host: AutosaveHost;
  private readonly options: AutosaveOptions<D, R>;
  private session?: AutosaveSession<D>;
  private unwatch?: () => void;
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: Promise<void>;
  /** the journal and key of the session, when it journals */
  private journaled?: { journal: DraftJournal; key: string };
  private journalMade = false;
  private journalOwn?: DraftJournal;
  /** an edit is in neither the store nor the journal */
  private unjournaled = false;
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.atRisk) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only with a returnValue
  };
  private readonly onPageHide = (): void => void this.flush();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(host: AutosaveHost, options: AutosaveOptions<D, R>) {
    this.host = host;
    this.options = options;
    this.delay = options.delay ?? 800;
    host.addController(this);
  }

  /** Whether edits are waiting to be saved. */
  get pending(): boolean {
    return this.dirty;
  }

  /** Whether leaving now loses an edit: it is not stored yet and not in the journal either. */
  get atRisk(): boolean {
    return (this.dirty || this.inFlight !== undefined) && this.unjournaled;
  }

  /** Starts saving the edits of a session (stops the previous one without saving it). */
  attach(session: AutosaveSession<D>): void {
    this.detach();
    this.session = session;
    this.revision = session.revision;
    this.state = 'idle';
    this.error = undefined;
    this.theirs = undefined;
    if (session.journalKey && !this.journalMade) {
      this.journalMade = true;
      this.journalOwn = this.options.journal?.();
    }
    const journal = session.journalKey ? this.journalOwn : undefined;
    this.journaled = journal && session.journalKey ? { journal, key: session.journalKey } : undefined;
    this.unwatch = session.watch?.(() => this.edited());
    this.replay(session);
  }

  /** Stops the session (unsaved edits are dropped: call {@link flush} first to keep them). */
  detach(): void {
    this.clearTimer();
    this.unwatch?.();
    this.unwatch = undefined;
    this.session = undefined;
    this.journaled = undefined;
    this.dirty = false;
    this.unjournaled = false;
  }

  /** Tells the controller the user edited something: it saves after the debounce delay. */
  edited(): void {
    if (!this.session) return;
    this.dirty = true;
    this.journal(this.session);
    if (this.state === 'conflict') return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Saves now what waits to be saved (no-op when nothing does or a conflict waits). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || !this.session || this.state === 'conflict') return;
    this.inFlight = this.save(this.session).finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  /** Resolves a conflict by saving this page's data over the other writer's record. */
  async keepMine(): Promise<void> {
    if (this.state !== 'conflict') return;
    this.revision = this.theirs?.revision ?? 0;
    this.theirs = undefined;
    this.state = 'idle';
    this.dirty = true;
    if (this.session) this.journal(this.session);
    await this.flush();
  }

  /** Resolves a conflict by loading the other writer's record into the page (not a user edit). */
  loadTheirs(): void {
    if (this.state !== 'conflict' || !this.session) return;
    const theirs = this.theirs;
    this.dirty = false;
    this.theirs = undefined;
    this.revision = theirs?.revision ?? 0;
    this.state = theirs ? 'saved' : 'idle';
    this.unjournaled = false;
    if (this.journaled) this.journaled.journal.remove(this.journaled.key);
    this.options.loadTheirs(theirs);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  /** Writes the session's data to the journal now (synchronously). */
  private journal(session: AutosaveSession<D>): void {
    if (!this.journaled) {
      this.unjournaled = true;
      return;
    }
    const data = session.data();
    if (data === undefined) return;
    this.unjournaled = this.journaled.journal.write(this.journaled.key, data, this.revision) !== 'written';
  }

  /**
   * Replays a journal entry left by a page that went before its save committed: the data goes
   * into the page and is saved over the revision it was edited from, so an entry over an older
   * revision (another tab saved since) shows the conflict instead of overwriting.
   */
  private replay(session: AutosaveSession<D>): void {
    const j = this.journaled;
    const entry = j?.journal.read(j.key);
    if (!j || !entry) return;
    const current = session.data();
    const same = current !== undefined && sameJson(current, entry.data);
    if (same || !session.restore?.(entry.data)) {
      if (same) j.journal.remove(j.key);
      return;
    }
    this.revision = entry.baseRevision;
    this.dirty = true;
    this.journal(session);
    void this.flush();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async save(session: AutosaveSession<D>): Promise<void> {
    const data = session.data();
    if (data === undefined) return;
    this.dirty = false;
    this.state = 'saving';
    this.host.requestUpdate();
    const journaled = this.journaled;
    const seq = journaled?.journal.lastSeq ?? 0;
    try {
      const record = await this.options.save(data, this.revision);
      journaled?.journal.committed(journaled.key, seq, record.revision);
      if (this.session !== session) return;
      if (!this.dirty) this.unjournaled = false;
      this.revision = record.revision;
      this.error = undefined;
      this.state = this.dirty ? 'saving' : 'saved';
      emit(this.host, 'fp-saved', { revision: record.revision });
    } catch (error) {
      if (this.session !== session) return;
      const conflict = this.options.conflictOf(error);
      const stored = conflict?.stored;
      if (stored && this.options.sameData?.(data, stored)) {
        // the stored record already holds what this page saves: take its revision, no conflict
        journaled?.journal.committed(journaled.key, seq, stored.revision);
        this.revision = stored.revision;
        this.state = this.dirty ? 'saving' : 'saved';
        if (this.dirty) this.edited();
        else this.unjournaled = false;
        this.host.requestUpdate();
        return;
      }
      this.dirty = true;
      if (conflict) {
        this.state = 'conflict';
        this.theirs = conflict.stored;
      } else {
        this.state = 'failed';
        this.error = messageOf(error);
      }
    }
    this.host.requestUpdate();
  }
}
