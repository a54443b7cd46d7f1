/**
 * Autosave of a form's draft: saves `model.value` to the store ~800 ms after the user's last
 * edit, immediately when the page is hidden or left (`pagehide`, `visibilitychange`) and when the
 * host leaves the DOM. Drafts are guarded by their revision: when another tab saved meanwhile,
 * the controller stops and asks (keep mine / load theirs); it never overwrites silently.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftConflictError, StoreError } from '@formplan/core';
import type { DraftKey, DraftRecord, FormModel, ModelChange, Store, Bilingual } from '@formplan/core';
import { emit } from '../events/emit.js';

/** Where the draft stands: nothing to save, saving, saved, the save failed, or a conflict waits for a choice. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'failed' | 'conflict';

/** What the controller saves: a model's value under a draft key in a store. */
export interface AutosaveTarget {
  store: Store;
  key: DraftKey;
  model: FormModel;
  /** the revision of the draft the model was loaded from (0 = none yet) */
  revision: number;
  /** recorded on the draft */
  author?: string;
}

/** Options of {@link AutosaveController}. */
export interface AutosaveOptions {
  /** debounce after the last user edit, in ms (default 800) */
  delay?: number;
}

/** The host: a Lit element (events are sent from it). */
export type AutosaveHost = ReactiveControllerHost & EventTarget;

/** A message from an error: a store's bilingual text, else the error's own. */
function messageOf(error: unknown): Bilingual {
  if (error instanceof StoreError) return error.messages;
  const text = error instanceof Error ? error.message : String(error);
  return { vi: text, en: text };
}

/**
 * Saves drafts as the user types.
 * @example
 * ```ts
 * private readonly autosave = new AutosaveController(this);
 * // once the draft is loaded:
 * this.autosave.attach({ store, key, model, revision: draft?.revision ?? 0 });
 * ```
 */
export class AutosaveController implements ReactiveController {
  /** debounce in ms */
  delay: number;
  /** the save state (the host re-renders when it changes) */
  state: SaveState = 'idle';
  /** the revision of the stored draft this page last saved or loaded */
  revision = 0;
  /** why the last save failed (state `failed`) */
  error?: Bilingual;
  /** in state `conflict`: the other writer's draft (undefined when it was deleted) */
  theirs?: DraftRecord;

  private readonly host: AutosaveHost;
  private target?: AutosaveTarget;
  private unsubscribe?: () => void;
  private dirty = false;
  private timer?: ReturnType<typeof setTimeout>;
  private inFlight?: Promise<void>;
  private readonly onPageHide = (): void => void this.flush();
  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  constructor(host: AutosaveHost, options: AutosaveOptions = {}) {
    this.host = host;
    this.delay = options.delay ?? 800;
    host.addController(this);
  }

  /** Whether edits are waiting to be saved. */
  get pending(): boolean {
    return this.dirty;
  }

  /** Starts saving edits of `target.model` (stops watching the previous target without saving it). */
  attach(target: AutosaveTarget): void {
    this.detach();
    this.target = target;
    this.revision = target.revision;
    this.state = 'idle';
    this.error = undefined;
    this.theirs = undefined;
    this.unsubscribe = target.model.subscribe((change) => this.onChange(change));
  }

  /** Stops watching the model (unsaved edits are dropped: call {@link flush} first to keep them). */
  detach(): void {
    this.clearTimer();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.target = undefined;
    this.dirty = false;
  }

  /** Saves now what waits to be saved (no-op when nothing does or a conflict waits). */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || !this.target || this.state === 'conflict') return;
    this.inFlight = this.save(this.target).finally(() => {
      this.inFlight = undefined;
    });
    await this.inFlight;
  }

  /** Resolves a conflict by saving this page's value over the other writer's draft. */
  async keepMine(): Promise<void> {
    if (this.state !== 'conflict') return;
    this.revision = this.theirs?.revision ?? 0;
    this.theirs = undefined;
    this.state = 'idle';
    this.dirty = true;
    await this.flush();
  }

  /** Resolves a conflict by loading the other writer's draft into the model (not a user edit). */
  loadTheirs(): void {
    if (this.state !== 'conflict' || !this.target) return;
    const theirs = this.theirs;
    this.dirty = false;
    this.theirs = undefined;
    this.revision = theirs?.revision ?? 0;
    this.state = theirs ? 'saved' : 'idle';
    this.target.model.reset(theirs?.data ?? {});
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

  private onChange(change: ModelChange): void {
    if (!change.user || change.changed.length === 0) return;
    this.dirty = true;
    if (this.state === 'conflict') return;
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async save(target: AutosaveTarget): Promise<void> {
    const data = target.model.value;
    this.dirty = false;
    this.state = 'saving';
    this.host.requestUpdate();
    try {
      const options = target.author ? { author: target.author } : undefined;
      const record = await target.store.saveDraft(target.key, data, this.revision, options);
      if (this.target !== target) return;
      this.revision = record.revision;
      this.error = undefined;
      this.state = this.dirty ? 'saving' : 'saved';
      emit(this.host, 'fp-saved', { revision: record.revision });
    } catch (error) {
      if (this.target !== target) return;
      this.dirty = true;
      if (error instanceof DraftConflictError) {
        this.state = 'conflict';
        this.theirs = error.stored;
      } else {
        this.state = 'failed';
        this.error = messageOf(error);
      }
    }
    this.host.requestUpdate();
  }
}
