/**
 * The draft journal of the page (core `DraftJournal` over `window.localStorage`) and the journal keys
 * of drafts and self-assessments. Only records of a store that outlives the page (`IdbStore`) are
 * journaled, under the store's `journalScope` (its database name): an in-memory store loses
 * everything on reload anyway, and two stores never share an entry.
 */
import { DraftJournal, journalKey, storageOrUndefined } from '@formplan/core';
import type { AssessmentKey, DraftKey, Store } from '@formplan/core';

/**
 * A journal over the page's `localStorage`, with its own writer id: each autosave makes one, so
 * an entry tells one editor's edits from another's (another tab, or a second form on the page).
 */
export function localJournal(): DraftJournal {
  return new DraftJournal(storageOrUndefined(() => globalThis.localStorage));
}

function scopeOf(store: Store): string | undefined {
  return store.journalScope;
}

/** The journal key of a draft in `store` (undefined: the store is not journaled). */
export function draftJournalKey(store: Store, key: DraftKey): string | undefined {
  const scope = scopeOf(store);
  return scope && journalKey('draft', [scope, key.packId, key.packVersion, key.formId, key.ward, key.period]);
}

/** The journal key of a self-assessment in `store` (undefined: the store is not journaled). */
export function assessmentJournalKey(store: Store, key: AssessmentKey): string | undefined {
  const scope = scopeOf(store);
  return scope && journalKey('assessment', [scope, key.packId, key.packVersion, key.criteriaSetId, key.ward, key.year]);
}
