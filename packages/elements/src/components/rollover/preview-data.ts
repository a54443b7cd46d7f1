/**
 * Last year's figures of one ward for one form, for the wizard's preview: the latest submitted
 * revision, else the latest draft, of any period of the old pack.
 */
import type { FormDataFilter, Store } from '@formplan/core';
import type { PreviewData } from './rollover-steps-late.js';

/** Reads the newest submitted data (else draft) under the old pack's key; undefined when there is none. */
export async function readPreviewData(store: Store, key: Required<Pick<FormDataFilter, 'packId' | 'packVersion' | 'formId' | 'ward'>>): Promise<PreviewData | undefined> {
  const sent = await store.listSubmissions({ ...key, latestOnly: true });
  const newestSent = [...sent].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))[0];
  if (newestSent) {
    return { data: newestSent.data, source: 'submitted', period: newestSent.period, revision: newestSent.revision, at: newestSent.submittedAt };
  }
  const drafts = await store.listDrafts(key);
  const newestDraft = [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return newestDraft
    ? { data: newestDraft.data, source: 'draft', period: newestDraft.period, revision: newestDraft.revision, at: newestDraft.updatedAt }
    : undefined;
}
