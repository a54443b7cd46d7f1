/**
 * The page's default store: an `IdbStore` (database `formplan`) whose code is loaded on the first
 * call from the run-time chunk (runtime.ts). Every method is the IdbStore's, after that load.
 */
import type { Store } from '@formplan/core';
import { loadRuntime } from './load-runtime.js';

type Loader = () => Promise<{ createIdbStore: (name: string) => Store }>;

/**
 * A {@link Store} that loads and opens an `IdbStore` named `name` on first use and then answers
 * as it does. A chunk that cannot be fetched rejects that call; the next call tries again.
 */
export class DeferredIdbStore implements Store {
  #store?: Promise<Store>;
  #loaded?: Store;

  /**
   * @param name - the IndexedDB database
   * @param load - imports the run-time chunk (a seam for tests)
   */
  constructor(readonly name = 'formplan', private readonly load: Loader = loadRuntime) {}

  /** {@inheritDoc Store.journalScope}: as the IdbStore's. */
  get journalScope(): string {
    return `idb:${this.name}`;
  }

  #with<T>(run: (store: Store) => Promise<T>): Promise<T> {
    this.#store ??= this.load().then(
      (m) => (this.#loaded = m.createIdbStore(this.name)),
      (error: unknown) => {
        this.#store = undefined;
        throw error;
      },
    );
    return this.#store.then(run);
  }

  putPack(...a: Parameters<Store['putPack']>) { return this.#with((s) => s.putPack(...a)); }
  getPack(...a: Parameters<Store['getPack']>) { return this.#with((s) => s.getPack(...a)); }
  listPacks() { return this.#with((s) => s.listPacks()); }
  getDraft(...a: Parameters<Store['getDraft']>) { return this.#with((s) => s.getDraft(...a)); }
  saveDraft(...a: Parameters<Store['saveDraft']>) { return this.#with((s) => s.saveDraft(...a)); }
  deleteDraft(...a: Parameters<Store['deleteDraft']>) { return this.#with((s) => s.deleteDraft(...a)); }
  listDrafts(...a: Parameters<Store['listDrafts']>) { return this.#with((s) => s.listDrafts(...a)); }
  submit(...a: Parameters<Store['submit']>) { return this.#with((s) => s.submit(...a)); }
  importSubmission(...a: Parameters<Store['importSubmission']>) { return this.#with((s) => s.importSubmission(...a)); }
  getSubmissions(...a: Parameters<Store['getSubmissions']>) { return this.#with((s) => s.getSubmissions(...a)); }
  latestSubmission(...a: Parameters<Store['latestSubmission']>) { return this.#with((s) => s.latestSubmission(...a)); }
  listSubmissions(...a: Parameters<Store['listSubmissions']>) { return this.#with((s) => s.listSubmissions(...a)); }
  review(...a: Parameters<Store['review']>) { return this.#with((s) => s.review(...a)); }
  getReviews(...a: Parameters<Store['getReviews']>) { return this.#with((s) => s.getReviews(...a)); }
  listReviews(...a: Parameters<Store['listReviews']>) { return this.#with((s) => s.listReviews(...a)); }
  importReview(...a: Parameters<Store['importReview']>) { return this.#with((s) => s.importReview(...a)); }
  reopen(...a: Parameters<Store['reopen']>) { return this.#with((s) => s.reopen(...a)); }
  importReopen(...a: Parameters<Store['importReopen']>) { return this.#with((s) => s.importReopen(...a)); }
  listReopens(...a: Parameters<Store['listReopens']>) { return this.#with((s) => s.listReopens(...a)); }
  getAssessment(...a: Parameters<Store['getAssessment']>) { return this.#with((s) => s.getAssessment(...a)); }
  saveAssessment(...a: Parameters<Store['saveAssessment']>) { return this.#with((s) => s.saveAssessment(...a)); }
  listAssessments(...a: Parameters<Store['listAssessments']>) { return this.#with((s) => s.listAssessments(...a)); }
  putPlanProgress(...a: Parameters<Store['putPlanProgress']>) { return this.#with((s) => s.putPlanProgress(...a)); }
  getPlanProgress(...a: Parameters<Store['getPlanProgress']>) { return this.#with((s) => s.getPlanProgress(...a)); }
  listPlanProgress(...a: Parameters<Store['listPlanProgress']>) { return this.#with((s) => s.listPlanProgress(...a)); }
  putPackDraft(...a: Parameters<Store['putPackDraft']>) { return this.#with((s) => s.putPackDraft(...a)); }
  getPackDraft(...a: Parameters<Store['getPackDraft']>) { return this.#with((s) => s.getPackDraft(...a)); }
  listPackDrafts() { return this.#with((s) => s.listPackDrafts()); }
  deletePackDraft(...a: Parameters<Store['deletePackDraft']>) { return this.#with((s) => s.deletePackDraft(...a)); }
  publishPackDraft(...a: Parameters<Store['publishPackDraft']>) { return this.#with((s) => s.publishPackDraft(...a)); }
  retryPendingWrites() { return this.#with((s) => s.retryPendingWrites()); }

  /** The IdbStore's pending writes; none before it is loaded (nothing was written). */
  pendingWrites() {
    return this.#loaded?.pendingWrites() ?? [];
  }

  /** Closes the IdbStore if it was loaded. */
  async close(): Promise<void> {
    await this.#loaded?.close();
  }
}
