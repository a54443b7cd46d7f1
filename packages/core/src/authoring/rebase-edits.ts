/**
 * Two tabs on one draft: the second tab's save is refused (the stored revision moved on). Instead
 * of losing what that tab did, its edits the store never received are re-applied, patch by patch,
 * on top of the newest stored draft, and saved with the new revision. An edit whose patches no
 * longer apply (the other tab removed what it changed) is named and left out.
 */
import { applyPatches } from 'immer';
import type { Bilingual } from '../common/bilingual.js';
import type { PackSource } from '../pack/types.js';
import { canonicalJson } from '../storage/canonical-json.js';
import { EditSession, type EditHistoryState, type EditSessionOptions, type EditTransaction } from './edit-session.js';

/** What a rebase kept and what it could not keep. */
export interface RebasedEdits {
  /** a session over the latest draft with the kept edits applied, one undo step each */
  session: EditSession;
  /** the edits re-applied, in order */
  kept: EditTransaction[];
  /** the labels of the edits whose patches no longer apply to the latest draft */
  dropped: Bilingual[];
}

function sameTx(a: EditTransaction, b: EditTransaction): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The edits of `current` that `saved` (the history last stored or loaded by this tab) lacks: the
 * past beyond their common start. A last saved step this tab has since grown (typing coalesces
 * into one step) counts only with what it added.
 */
export function unsavedTransactions(saved: EditHistoryState, current: EditHistoryState): EditTransaction[] {
  let i = 0;
  while (i < saved.past.length && i < current.past.length && sameTx(saved.past[i], current.past[i])) i++;
  const rest = current.past.slice(i);
  const was = saved.past[i];
  const grown = rest[0];
  if (i === saved.past.length - 1 && grown && was.coalesceKey !== undefined && grown.coalesceKey === was.coalesceKey
    && was.patches.length < grown.patches.length
    && canonicalJson(grown.patches.slice(0, was.patches.length)) === canonicalJson(was.patches)) {
    rest[0] = { ...grown, patches: grown.patches.slice(was.patches.length), inversePatches: grown.inversePatches.slice(0, grown.inversePatches.length - was.inversePatches.length) };
  }
  return rest;
}

/**
 * Re-applies `mine` (this tab's unsaved edits, in order) on top of the latest stored draft.
 * @param latest - the newest stored draft (its base and history)
 * @param mine - the edits to keep, e.g. {@link unsavedTransactions}
 * @param opts - clock of the new session
 * @throws {AuthoringError} `history` when the latest draft's own history does not apply to its base
 */
export function rebaseTransactions(
  latest: { base: PackSource; history: EditHistoryState }, mine: readonly EditTransaction[], opts: EditSessionOptions = {},
): RebasedEdits {
  const session = new EditSession(latest.base, { past: latest.history.past, future: [] }, opts);
  const kept: EditTransaction[] = [];
  const dropped: Bilingual[] = [];
  for (const tx of mine) {
    try {
      // applyPatches on an immer draft changes it in place: the session records fresh patches
      const applied = session.apply({ label: tx.label, recipe: (d) => { applyPatches(d, tx.patches); } });
      if (applied) kept.push(applied);
    } catch {
      dropped.push(tx.label);
    }
  }
  return { session, kept, dropped };
}
