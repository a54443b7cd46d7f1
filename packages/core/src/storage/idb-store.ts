/**
 * The IndexedDB {@link Store}, through idb 8. One database (default name `formplan`) with the
 * versioned schema of `idb-migrations.ts`. Read-check-write steps (draft revisions, submission
 * revision numbers, pack immutability) run inside one readwrite transaction, so two tabs never
 * overwrite each other silently.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { BaseStore, type StoreOptions } from './base-store.js';
import type { CasResult, ReviewAdmission } from './store-context.js';
import { IDB_MIGRATIONS, IDB_VERSION, openFormplanDb, type FormplanDb } from './idb-migrations.js';
import { matchesFilter } from './record-keys.js';
import { sameReview } from './review-import.js';
import { sameReopen } from './reopen-records.js';
import { StoreError, isQuotaError } from './storage-errors.js';
import type {
  AssessmentKey, AssessmentRecord, DraftKey, DraftRecord, FormDataKey, PackDraftRecord, PackRecord, PlanProgressRecord,
  ReopenRecord, ReviewRecord, SubmissionKey, SubmissionRecord,
} from './records.js';
import type { PublishCommit } from './pack-draft-records.js';
import type { AssessmentFilter, FormDataFilter } from './store.js';

/** Options of {@link IdbStore}. */
export interface IdbStoreOptions extends StoreOptions {
  /** database name; default `formplan` */
  name?: string;
  /** the IndexedDB factory; default `globalThis.indexedDB` (tests pass fake-indexeddb's) */
  indexedDB?: IDBFactory;
}

type Name = StoreNames<FormplanDb>;
type ReadTx<S extends Name> = IDBPTransaction<FormplanDb, S[], 'readonly'>;
type WriteTx<S extends Name> = IDBPTransaction<FormplanDb, S[], 'readwrite'>;
type FormKey = FormplanDb['drafts']['key'];

const keyOf = (k: FormDataKey): FormKey => [k.packId, k.packVersion, k.formId, k.ward, k.period];
/** The whole key when the filter names all five fields. */
function fullKey({ packId, packVersion, formId, ward, period }: FormDataFilter): FormKey | undefined {
  return packId !== undefined && packVersion !== undefined && formId !== undefined && ward !== undefined && period !== undefined
    ? [packId, packVersion, formId, ward, period]
    : undefined;
}
const assessmentKeyOf = (k: AssessmentKey): FormplanDb['assessments']['key'] => [k.packId, k.packVersion, k.criteriaSetId, k.ward, k.year];

/** What {@link byFilter} needs of the drafts or submissions object store. */
interface FilterableStore<V> {
  index(name: 'byPeriod' | 'byWard'): { getAll(query: FormplanDb['drafts']['indexes']['byPeriod']): Promise<V[]> };
  getAll(query?: IDBKeyRange): Promise<V[]>;
}

/** Reads drafts or submissions by filter, through the v2 indexes when it names a pack version and a period or a ward. */
async function byFilter<V extends object>(store: FilterableStore<V>, filter: FormDataFilter): Promise<V[]> {
  const { packId, packVersion, period, ward } = filter;
  let rows: V[];
  if (packId !== undefined && packVersion !== undefined && period !== undefined) {
    rows = await store.index('byPeriod').getAll([packId, packVersion, period]);
  } else if (packId !== undefined && packVersion !== undefined && ward !== undefined) {
    rows = await store.index('byWard').getAll([packId, packVersion, ward]);
  } else if (packId !== undefined) {
    rows = await store.getAll(IDBKeyRange.bound([packId], [packId, []]));
  } else {
    rows = await store.getAll();
  }
  return rows.filter((r) => matchesFilter(r, filter));
}

/**
 * A {@link Store} on IndexedDB. The database opens on first use.
 * @example
 * ```ts
 * const store = new IdbStore({ name: 'formplan' });
 * const draft = await store.saveDraft(key, data, 0);
 * ```
 */
export class IdbStore extends BaseStore {
  readonly #name: string;
  readonly #factory: IDBFactory | undefined;
  #db: Promise<IDBPDatabase<FormplanDb>> | undefined;

  /** @param options database name, IndexedDB factory, clock */
  constructor(options: IdbStoreOptions = {}) {
    super(options);
    this.#name = options.name ?? 'formplan';
    this.#factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  }

  /** The database name. */
  get name(): string {
    return this.#name;
  }

  /** {@inheritDoc Store.journalScope} */
  get journalScope(): string {
    return `idb:${this.#name}`;
  }

  #open(): Promise<IDBPDatabase<FormplanDb>> {
    if (!this.#factory) {
      return Promise.reject(new StoreError({ vi: 'Trình duyệt này không có IndexedDB.', en: 'This browser has no IndexedDB.' }));
    }
    if (!this.#db) {
      const opening = openFormplanDb(this.#factory, this.#name, IDB_VERSION, IDB_MIGRATIONS, () => {
        if (this.#db === opening) this.#db = undefined;
      }).catch((error: unknown) => {
        if (this.#db === opening) this.#db = undefined;
        if ((error as { name?: unknown } | null)?.name === 'VersionError') {
          throw new StoreError({
            vi: 'Dữ liệu trên máy đã được một phiên bản mới hơn của ứng dụng nâng cấp; hãy tải lại trang.',
            en: 'The local data was upgraded by a newer version of the app; reload the page.',
          }, { cause: error });
        }
        throw error;
      });
      this.#db = opening;
    }
    return this.#db;
  }

  async #read<S extends Name, T>(stores: S[], fn: (tx: ReadTx<S>) => Promise<T>): Promise<T> {
    const db = await this.#open();
    const tx = db.transaction(stores, 'readonly');
    tx.done.catch(() => undefined);
    return fn(tx);
  }

  /** Runs `fn` in one readwrite transaction and waits for it to commit; surfaces quota aborts. */
  async #write<S extends Name, T>(stores: S[], fn: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
    const db = await this.#open();
    const tx = db.transaction(stores, 'readwrite');
    tx.done.catch(() => undefined);
    try {
      const result = await fn(tx);
      await tx.done;
      return result;
    } catch (error) {
      const txError = tx.error;
      if (!isQuotaError(error) && isQuotaError(txError)) throw txError;
      try {
        tx.abort();
      } catch {
        // already finished
      }
      throw error;
    }
  }

  protected readPack(id: string, version: string): Promise<PackRecord | undefined> {
    return this.#read(['packs'], (tx) => tx.objectStore('packs').get([id, version]));
  }

  protected readPacks(id?: string): Promise<PackRecord[]> {
    const range = id === undefined ? undefined : IDBKeyRange.bound([id], [id, []]);
    return this.#read(['packs'], (tx) => tx.objectStore('packs').getAll(range));
  }

  protected insertPack(record: PackRecord): Promise<PackRecord | undefined> {
    return this.#write(['packs'], async (tx) => {
      const store = tx.objectStore('packs');
      const existing = await store.get([record.id, record.version]);
      if (existing) return existing;
      await store.add(record);
      return undefined;
    });
  }

  protected readDraft(key: DraftKey): Promise<DraftRecord | undefined> {
    return this.#read(['drafts'], (tx) => tx.objectStore('drafts').get(keyOf(key)));
  }

  protected casDraft(key: DraftKey, expected: number | undefined, next: DraftRecord | undefined): Promise<CasResult<DraftRecord>> {
    return this.#write(['drafts'], async (tx) => {
      const store = tx.objectStore('drafts');
      const stored = await store.get(keyOf(key));
      if (expected !== undefined && (stored?.revision ?? 0) !== expected) return { ok: false, stored };
      if (next) await store.put(next);
      else if (stored) await store.delete(keyOf(key));
      return { ok: true };
    });
  }

  protected readDrafts(filter: FormDataFilter): Promise<DraftRecord[]> {
    return this.#read(['drafts'], (tx) => byFilter(tx.objectStore('drafts'), filter));
  }

  protected readSubmissions(key: SubmissionKey): Promise<SubmissionRecord[]> {
    const k = keyOf(key);
    return this.#read(['submissions'], (tx) => tx.objectStore('submissions').getAll(IDBKeyRange.bound([...k, 0], [...k, Infinity])));
  }

  protected readSubmissionsBy(filter: FormDataFilter): Promise<SubmissionRecord[]> {
    return this.#read(['submissions'], (tx) => byFilter(tx.objectStore('submissions'), filter));
  }

  protected insertSubmission(record: SubmissionRecord): Promise<SubmissionRecord | undefined> {
    return this.#write(['submissions'], async (tx) => {
      const store = tx.objectStore('submissions');
      const existing = await store.get([...keyOf(record), record.revision]);
      if (existing) return existing;
      await store.add(record);
      return undefined;
    });
  }

  protected insertReview(record: ReviewRecord, admit?: ReviewAdmission): Promise<ReviewRecord> {
    return this.#write(['reviews', 'submissions'], async (tx) => {
      if (admit) {
        const k = keyOf(record);
        const [revisions, reviews] = await Promise.all([
          tx.objectStore('submissions').getAll(IDBKeyRange.bound([...k, 0], [...k, Infinity])),
          tx.objectStore('reviews').index('bySubmission').getAll([...k, record.revision]),
        ]);
        admit(revisions, reviews.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)));
      }
      const seq = await tx.objectStore('reviews').add(record);
      return { ...record, seq };
    });
  }

  protected insertReviewOnce(record: ReviewRecord): Promise<ReviewRecord | undefined> {
    return this.#write(['reviews'], async (tx) => {
      const store = tx.objectStore('reviews');
      const same = await store.index('bySubmission').getAll([...keyOf(record), record.revision]);
      const existing = same.find((r) => sameReview(r, record));
      if (existing) return existing;
      await store.add(record);
      return undefined;
    });
  }

  protected readReviews(filter: FormDataFilter, revision?: number): Promise<ReviewRecord[]> {
    return this.#read(['reviews'], async (tx) => {
      const store = tx.objectStore('reviews');
      const full = fullKey(filter);
      let rows: ReviewRecord[];
      if (full && revision !== undefined) {
        rows = await store.index('bySubmission').getAll([...full, revision]);
      } else if (full) {
        rows = await store.index('byKey').getAll(full);
      } else {
        rows = await store.getAll();
      }
      return rows
        .filter((r) => matchesFilter(r, filter) && (revision === undefined || r.revision === revision))
        .sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    });
  }

  protected insertReopen(record: ReopenRecord): Promise<ReopenRecord> {
    return this.#write(['reopens'], async (tx) => {
      const seq = await tx.objectStore('reopens').add(record);
      return { ...record, seq };
    });
  }

  protected insertReopenOnce(record: ReopenRecord): Promise<ReopenRecord | undefined> {
    return this.#write(['reopens'], async (tx) => {
      const store = tx.objectStore('reopens');
      const existing = (await store.index('byKey').getAll(keyOf(record))).find((r) => sameReopen(r, record));
      if (existing) return existing;
      await store.add(record);
      return undefined;
    });
  }

  protected readReopens(filter: FormDataFilter): Promise<ReopenRecord[]> {
    return this.#read(['reopens'], async (tx) => {
      const store = tx.objectStore('reopens');
      const full = fullKey(filter);
      const { packId, packVersion, period } = filter;
      let rows: ReopenRecord[];
      if (full) rows = await store.index('byKey').getAll(full);
      else if (packId !== undefined && packVersion !== undefined && period !== undefined) rows = await store.index('byPeriod').getAll([packId, packVersion, period]);
      else rows = await store.getAll();
      return rows.filter((r) => matchesFilter(r, filter)).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    });
  }

  protected readAssessment(key: AssessmentKey): Promise<AssessmentRecord | undefined> {
    return this.#read(['assessments'], (tx) => tx.objectStore('assessments').get(assessmentKeyOf(key)));
  }

  protected casAssessment(key: AssessmentKey, expected: number, next: AssessmentRecord): Promise<CasResult<AssessmentRecord>> {
    return this.#write(['assessments'], async (tx) => {
      const store = tx.objectStore('assessments');
      const stored = await store.get(assessmentKeyOf(key));
      if ((stored?.revision ?? 0) !== expected) return { ok: false, stored };
      await store.put(next);
      return { ok: true };
    });
  }

  protected readAssessments(filter: AssessmentFilter): Promise<AssessmentRecord[]> {
    return this.#read(['assessments'], async (tx) => {
      const store = tx.objectStore('assessments');
      const { packId, packVersion, ward } = filter;
      const rows: AssessmentRecord[] = packId !== undefined && packVersion !== undefined && ward !== undefined
        ? await store.index('byWard').getAll([packId, packVersion, ward])
        : await store.getAll();
      return rows.filter((r) => matchesFilter(r, filter));
    });
  }

  protected writePlanProgress(record: PlanProgressRecord): Promise<void> {
    return this.#write(['planProgress'], async (tx) => {
      await tx.objectStore('planProgress').put(record);
    });
  }

  protected readPlanProgress(packId: string, packVersion: string, taskCode?: string): Promise<PlanProgressRecord[]> {
    return this.#read(['planProgress'], async (tx) => {
      const store = tx.objectStore('planProgress');
      if (taskCode !== undefined) {
        const one = await store.get([packId, packVersion, taskCode]);
        return one ? [one] : [];
      }
      return store.getAll(IDBKeyRange.bound([packId, packVersion], [packId, packVersion, []]));
    });
  }

  protected readPackDraft(id: string, version: string): Promise<PackDraftRecord | undefined> {
    return this.#read(['packDrafts'], (tx) => tx.objectStore('packDrafts').get([id, version]));
  }

  protected readPackDrafts(): Promise<PackDraftRecord[]> {
    return this.#read(['packDrafts'], (tx) => tx.objectStore('packDrafts').getAll());
  }

  protected casPackDraft(id: string, version: string, expected: number | undefined, next: PackDraftRecord | undefined): Promise<CasResult<PackDraftRecord>> {
    return this.#write(['packDrafts'], async (tx) => {
      const store = tx.objectStore('packDrafts');
      const stored = await store.get([id, version]);
      if (expected !== undefined && (stored?.revision ?? 0) !== expected) return { ok: false, stored };
      if (next) await store.put(next);
      else if (stored) await store.delete([id, version]);
      return { ok: true };
    });
  }

  protected commitPublish(record: PackRecord, expectedDraftRevision: number): Promise<PublishCommit> {
    return this.#write(['packs', 'packDrafts'], async (tx): Promise<PublishCommit> => {
      const key: [string, string] = [record.id, record.version];
      const drafts = tx.objectStore('packDrafts');
      const draft = await drafts.get(key);
      if (draft?.revision !== expectedDraftRevision) return { outcome: 'draft-changed', stored: draft };
      const packs = tx.objectStore('packs');
      const existing = await packs.get(key);
      if (existing && existing.hash !== record.hash) return { outcome: 'version-taken', existing };
      if (!existing) await packs.add(record);
      await drafts.delete(key);
      return { outcome: 'published', record: existing ?? record };
    });
  }

  async close(): Promise<void> {
    const pending = this.#db;
    this.#db = undefined;
    if (pending) (await pending.catch(() => undefined))?.close();
  }
}
