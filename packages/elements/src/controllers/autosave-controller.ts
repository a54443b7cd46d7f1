/**
 * Autosave: saves what the user edits ~800 ms after the last edit, immediately when the page is
 * hidden or left (`pagehide`, `visibilitychange`) and when the host leaves the DOM. What is saved
 * and where is the host's `save` function; saves are guarded by a revision: when another writer
 * saved meanwhile (`conflictOf` recognises the store's conflict error by type), the controller
 * stops and asks (keep mine / load theirs); it never overwrites silently. `<fp-form>` saves drafts
 * with it, `<fp-assessment>` self-assessments.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftConflictError, errorMessages } from '@formplan/core';
import type { DraftRecord, FormModel, Bilingual } from '@formplan/core';
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
}

/** One editing session: what to save now, from which revision, and (optionally) how edits are heard. */
export interface AutosaveSession<D> {
  /** the data to save now (undefined: nothing can be saved yet) */
  data: () => D | undefined;
  /** the revision the data was loaded from (0: none yet) */
  revision: number;
  /** listens to the user's edits (calls `edited` for each); else the host calls {@link AutosaveController.edited} */
  watch?: (edited: () => void) => () => void;
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

/** A session over a form model: saves `model.value`, hears the user's edits of the model. */
export function modelSession(model: FormModel, revision: number): AutosaveSession<unknown> {
  return {
    data: () => model.value,
    revision,
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

  /** Starts saving the edits of a session (stops the previous one without saving it). */
  attach(session: AutosaveSession<D>): void {
    this.detach();
    this.session = session;
    this.revision = session.revision;
    this.state = 'idle';
    this.error = undefined;
    this.theirs = undefined;
    this.unwatch = session.watch?.(() => this.edited());
  }

  /** Stops the session (unsaved edits are dropped: call {@link flush} first to keep them). */
  detach(): void {
    this.clearTimer();
    this.unwatch?.();
    this.unwatch = undefined;
    this.session = undefined;
    this.dirty = false;
  }

  /** Tells the controller the user edited something: it saves after the debounce delay. */
  edited(): void {
    if (!this.session) return;
    this.dirty = true;
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
    this.options.loadTheirs(theirs);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
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
    try {
      const record = await this.options.save(data, this.revision);
      if (this.session !== session) return;
      this.revision = record.revision;
      this.error = undefined;
      this.state = this.dirty ? 'saving' : 'saved';
      emit(this.host, 'fp-saved', { revision: record.revision });
    } catch (error) {
      if (this.session !== session) return;
      this.dirty = true;
      const conflict = this.options.conflictOf(error);
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
