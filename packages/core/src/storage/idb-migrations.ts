/**
 * The IndexedDB schema as an ordered list of migrations. Opening at version N runs every
 * migration whose version is above the database's old version, in order, inside the upgrade
 * transaction. Migrations only ever add: no object store or record is dropped.
 *
 * Object stores (all keys are arrays of strings and numbers):
 * - `packs`        key [id, version]
 * - `drafts`       key [packId, packVersion, formId, ward, period]
 * - `submissions`  key [packId, packVersion, formId, ward, period, revision]
 * - `reviews`      auto-increment `seq`; index `bySubmission` [key…, revision]
 * - `reopens`      auto-increment `seq`; indexes `byKey` [key…], `byPeriod` [packId, packVersion, period] (v3)
 * - `assessments`  key [packId, packVersion, criteriaSetId, ward, year]
 * - `planProgress` key [packId, packVersion, taskCode]
 * - `packDrafts`   key [id, version] (v4): the administrator's pack drafts with their undo history
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type {
  AssessmentRecord, DraftRecord, PackDraftRecord, PackRecord, PlanProgressRecord, ReopenRecord, ReviewRecord,
  SubmissionRecord,
} from './records.js';

type FormKey = [packId: string, packVersion: string, formId: string, ward: string, period: string];
type ByPackAnd = [packId: string, packVersion: string, periodOrWard: string];

/** The database as the store reads it: object stores, their keys, values and indexes. */
export interface FormplanDb extends DBSchema {
  packs: { key: [id: string, version: string]; value: PackRecord };
  drafts: { key: FormKey; value: DraftRecord; indexes: { byPeriod: ByPackAnd; byWard: ByPackAnd } };
  submissions: { key: [...FormKey, number]; value: SubmissionRecord; indexes: { byPeriod: ByPackAnd; byWard: ByPackAnd } };
  reviews: { key: number; value: ReviewRecord; indexes: { bySubmission: [...FormKey, number]; byKey: FormKey } };
  assessments: {
    key: [packId: string, packVersion: string, criteriaSetId: string, ward: string, year: number];
    value: AssessmentRecord;
    indexes: { byWard: ByPackAnd };
  };
  planProgress: { key: [packId: string, packVersion: string, taskCode: string]; value: PlanProgressRecord };
  reopens: { key: number; value: ReopenRecord; indexes: { byKey: FormKey; byPeriod: ByPackAnd } };
  packDrafts: { key: [id: string, version: string]; value: PackDraftRecord };
}

/** One schema step. */
export interface IdbMigration {
  /** the database version this step brings the schema to */
  version: number;
  /** what it changes */
  description: string;
  /** runs inside the upgrade (versionchange) transaction, on the plain IndexedDB objects; never awaits */
  migrate(db: IDBDatabase, tx: IDBTransaction): void;
}

const FORM_KEY = ['packId', 'packVersion', 'formId', 'ward', 'period'];

/** Every migration, oldest first. Append new ones; never edit a released one. */
export const IDB_MIGRATIONS: readonly IdbMigration[] = [
  {
    version: 1,
    description: 'object stores for packs, drafts, submissions, reviews, assessments and plan progress',
    migrate(db) {
      db.createObjectStore('packs', { keyPath: ['id', 'version'] });
      db.createObjectStore('drafts', { keyPath: FORM_KEY });
      db.createObjectStore('submissions', { keyPath: [...FORM_KEY, 'revision'] });
      const reviews = db.createObjectStore('reviews', { keyPath: 'seq', autoIncrement: true });
      reviews.createIndex('bySubmission', [...FORM_KEY, 'revision']);
      db.createObjectStore('assessments', { keyPath: ['packId', 'packVersion', 'criteriaSetId', 'ward', 'year'] });
      db.createObjectStore('planProgress', { keyPath: ['packId', 'packVersion', 'taskCode'] });
    },
  },
  {
    version: 2,
    description: 'indexes by period and by ward for the district overview; reviews by form data key',
    migrate(_db, tx) {
      for (const name of ['drafts', 'submissions']) {
        const store = tx.objectStore(name);
        store.createIndex('byPeriod', ['packId', 'packVersion', 'period']);
        store.createIndex('byWard', ['packId', 'packVersion', 'ward']);
      }
      tx.objectStore('reviews').createIndex('byKey', FORM_KEY);
      tx.objectStore('assessments').createIndex('byWard', ['packId', 'packVersion', 'ward']);
    },
  },
  {
    version: 3,
    description: "the district's reopenings of a report (form × ward × period), with their reason",
    migrate(db) {
      const reopens = db.createObjectStore('reopens', { keyPath: 'seq', autoIncrement: true });
      reopens.createIndex('byKey', FORM_KEY);
      reopens.createIndex('byPeriod', ['packId', 'packVersion', 'period']);
    },
  },
  {
    version: 4,
    description: "the administrator's pack drafts (document and undo history), one per pack id and version",
    migrate(db) {
      db.createObjectStore('packDrafts', { keyPath: ['id', 'version'] });
    },
  },
];

/** The schema version the current code opens. */
export const IDB_VERSION: number = IDB_MIGRATIONS[IDB_MIGRATIONS.length - 1].version;

/**
 * Opens (creating or upgrading) the formplan database through a given factory.
 * @param factory the IDBFactory (`globalThis.indexedDB`, or fake-indexeddb's in tests)
 * @param name database name
 * @param version schema version to open at (tests open older versions)
 * @param migrations the migration list
 * @param onClosedForUpgrade called after the connection closed itself because another tab
 *   opened the database at a newer version
 * @returns the idb-wrapped database; it closes itself when another tab upgrades
 */
export async function openFormplanDb<DB extends DBSchema | unknown = FormplanDb>(
  factory: IDBFactory, name: string, version: number = IDB_VERSION, migrations: readonly IdbMigration[] = IDB_MIGRATIONS,
  onClosedForUpgrade?: () => void,
): Promise<IDBPDatabase<DB>> {
  const request = factory.open(name, version);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    for (const m of migrations) {
      if (m.version > event.oldVersion && m.version <= version) m.migrate(request.result, tx);
    }
  });
  // idb's wrap knows no schema (IDBPDatabase<unknown>): the migrations above are what give the
  // database the shape DB describes, so this is the one place the schema type is stated.
  const db = (await wrap(request)) as IDBPDatabase<DB>;
  db.addEventListener('versionchange', () => {
    db.close();
    onClosedForUpgrade?.();
  });
  return db;
}
