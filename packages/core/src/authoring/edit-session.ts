/**
 * An editing session over a draft pack: every command is one immer recipe whose patches and
 * inverse patches make one undo step. The history is plain JSON, stored with the draft and replayed
 * onto `base` on reload, so a reload restores the same document and the same undo stack.
 */
import { applyPatches, enablePatches, freeze, produceWithPatches } from 'immer';
import type { Patch } from 'immer';
import type { Bilingual } from '../common/bilingual.js';
import type { PackSource } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';

/** One edit: a label for the history ("Thêm cột …") and an immer recipe over the draft pack. */
export interface EditCommand {
  label: Bilingual;
  recipe: (draft: PackSource) => void;
}

/** One undo step: what an applied command (or several coalesced ones) changed. */
export interface EditTransaction {
  label: Bilingual;
  patches: Patch[];
  inversePatches: Patch[];
  /** ISO timestamp of the last edit merged into this step */
  at: string;
  coalesceKey?: string;
}

/** The undo and redo stacks, JSON-serialisable. */
export interface EditHistoryState {
  past: EditTransaction[];
  future: EditTransaction[];
}

/** Options of an {@link EditSession}. */
export interface EditSessionOptions {
  /** the clock, ISO timestamps (tests pass a fake) */
  now?: () => string;
  /** edits with the same coalesce key within this many ms make one undo step (default 1000) */
  coalesceMs?: number;
}

type Listener = (doc: PackSource, tx?: EditTransaction) => void;

const COALESCE_MS = 1000;

/** Edits of a draft pack with undo, redo and a history that survives reloads. */
export class EditSession {
  /** the document the history starts from */
  readonly base: PackSource;
  #doc: PackSource;
  #past: EditTransaction[] = [];
  #future: EditTransaction[] = [];
  #listeners = new Set<Listener>();
  readonly #now: () => string;
  readonly #coalesceMs: number;

  /**
   * @param base - the document the history starts from
   * @param history - a stored history: its past is replayed onto `base`, its future kept for redo
   * @param opts - clock and coalescing window
   * @throws {AuthoringError} `history` when the stored history does not apply to `base`
   */
  constructor(base: PackSource, history?: EditHistoryState, opts: EditSessionOptions = {}) {
    enablePatches(); // idempotent; here rather than at import so bundles without the editor stay free of it
    this.base = freeze(base, true);
    this.#now = opts.now ?? (() => new Date().toISOString());
    this.#coalesceMs = opts.coalesceMs ?? COALESCE_MS;
    let doc = this.base;
    if (history) {
      try {
        for (const tx of history.past) doc = applyPatches(doc, tx.patches);
      } catch (cause) {
        throw new AuthoringError('history', {
          vi: 'Lịch sử chỉnh sửa đã lưu không khớp với bản gốc của bản nháp.',
          en: 'The stored edit history does not match the draft\'s base document.',
        }, { cause });
      }
      this.#past = history.past.map(cloneTx);
      this.#future = history.future.map(cloneTx);
    }
    this.#doc = freeze(doc, true);
  }

  /** The current document (frozen). */
  get doc(): PackSource {
    return this.#doc;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /**
   * Applies a command. Consecutive edits with the same `coalesceKey` within ~1 s merge into one undo
   * step (typing a label is one step).
   * @returns the transaction (the merged one when coalesced), or undefined when nothing changed
   * @throws {AuthoringError} when the command refuses the edit; the document is unchanged
   */
  apply(cmd: EditCommand, opts: { coalesceKey?: string } = {}): EditTransaction | undefined {
    const [next, patches, inversePatches] = produceWithPatches(this.#doc, cmd.recipe);
    if (patches.length === 0) return undefined;
    const at = this.#now();
    const last = this.#past.at(-1);
    let tx: EditTransaction;
    if (opts.coalesceKey !== undefined && last?.coalesceKey === opts.coalesceKey && this.#future.length === 0 && within(last.at, at, this.#coalesceMs)) {
      tx = {
        label: cmd.label,
        patches: [...last.patches, ...patches],
        inversePatches: [...inversePatches, ...last.inversePatches],
        at,
        coalesceKey: opts.coalesceKey,
      };
      this.#past[this.#past.length - 1] = tx;
    } else {
      tx = { label: cmd.label, patches, inversePatches, at };
      if (opts.coalesceKey !== undefined) tx.coalesceKey = opts.coalesceKey;
      this.#past.push(tx);
    }
    this.#future = [];
    this.#set(next, tx);
    return tx;
  }

  /** Undoes the last step; undefined when there is none. */
  undo(): EditTransaction | undefined {
    const tx = this.#past.pop();
    if (!tx) return undefined;
    this.#future.push(tx);
    this.#set(applyPatches(this.#doc, tx.inversePatches), tx);
    return tx;
  }

  /** Redoes the last undone step; undefined when there is none. */
  redo(): EditTransaction | undefined {
    const tx = this.#future.pop();
    if (!tx) return undefined;
    this.#past.push(tx);
    this.#set(applyPatches(this.#doc, tx.patches), tx);
    return tx;
  }

  /** The undo and redo stacks as plain JSON (stored with the draft, replayed on reload). */
  history(): EditHistoryState {
    return { past: this.#past.map(cloneTx), future: this.#future.map(cloneTx) };
  }

  /**
   * Calls `fn` after every apply, undo and redo.
   * @returns a function that unsubscribes
   */
  subscribe(fn: Listener): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  #set(doc: PackSource, tx: EditTransaction): void {
    this.#doc = doc;
    for (const fn of [...this.#listeners]) fn(doc, tx);
  }
}

function within(prev: string, next: string, ms: number): boolean {
  const d = Date.parse(next) - Date.parse(prev);
  return Number.isFinite(d) && d >= 0 && d <= ms;
}

/** A deep, plain copy: patches may hold frozen draft values; the history handed out is JSON. */
function cloneTx(tx: EditTransaction): EditTransaction {
  return structuredClone(tx);
}
