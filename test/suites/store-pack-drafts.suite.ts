/**
 * The Store contract for pack drafts (the administrator's editor document and its undo history)
 * and for publishing one; plus the IndexedDB upgrade to the schema with pack drafts (data present)
 * and two tabs on one pack draft. Runs under vitest and wtr like the other store suites.
 */
import type { Store } from '../../packages/core/src/storage/store.js';
import type { PackDraftRecord } from '../../packages/core/src/storage/records.js';
import type { PackSource } from '../../packages/core/src/pack/types.js';
import type { PackDraftInput } from '../../packages/core/src/storage/pack-draft-records.js';
import { IdbStore } from '../../packages/core/src/storage/idb-store.js';
import { IDB_VERSION, openFormplanDb } from '../../packages/core/src/storage/idb-migrations.js';
import { PackVersionConflictError } from '../../packages/core/src/storage/storage-errors.js';
import { PackDraftConflictError, PackDraftRefusedError } from '../../packages/core/src/storage/pack-draft-errors.js';
import { CanonicalJsonError } from '../../packages/core/src/storage/canonical-json.js';
import { checkDraftPack } from '../../packages/core/src/authoring/problems.js';
import { KEY, rejection, storeTests, type SuiteApi } from './store-suite-support.js';
import type { IdbTestDatabase } from './idb-store.suite.js';

const prov = { status: 'proposed' as const, note: 'test' };

/** A small pack document (not a valid pack: the suites give their own check). */
export function draftPack(version: string, title = 'Kế hoạch 2019'): PackSource {
  return {
    manifest: {
      id: 'tay-ho-2019', year: 2019, version, title: { vi: title, en: 'Plan 2019' }, issuer: { vi: 'UBND quận Tây Hồ' },
      district: 'TAY_HO', document: { number: null, date: null }, locale: 'vi', provenance: prov,
    },
    orgUnits: [], agencies: [], categorySets: [], criteriaSets: [],
    calendar: { periodKinds: [], graceDays: 15, periods: [] },
    plan: {
      title: { vi: title }, purpose: [], targets: [], contentItems: [], assignments: [], recipients: [],
      signer: { on_behalf: 'TM. UBND', capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: '' }, provenance: prov,
    },
    forms: [],
  };
}

/** A draft input for `draftPack(version)`, with one undo step. */
export function draftInput(version = '1.0.0', title?: string): PackDraftInput {
  const source = draftPack(version, title);
  return {
    id: 'tay-ho-2019', version, basedOn: { id: 'tay-ho-2018', version: '1.0.0' }, origin: 'rollover',
    base: draftPack(version), source,
    history: {
      past: [{
        label: { vi: 'Đổi tên kế hoạch', en: 'Rename the plan' }, at: '2019-01-02T03:00:00.000Z',
        patches: [{ op: 'replace', path: ['plan', 'title', 'vi'], value: source.plan.title.vi }],
        inversePatches: [{ op: 'replace', path: ['plan', 'title', 'vi'], value: 'Kế hoạch 2019' }],
      }],
      future: [],
    },
  };
}

const noErrors = { metaSchemas: [], check: () => [{ severity: 'warning' as const, message: { vi: 'Chú ý' } }] };

/**
 * Registers the pack-draft tests of the Store contract.
 * @param name label of the implementation under test
 * @param makeStore makes a fresh, empty store
 * @param api describe / it / expect of the running test framework
 */
export function runStorePackDraftSuite(name: string, makeStore: () => Promise<Store>, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const withStore = storeTests(makeStore);

  describe(`Store contract, pack drafts: ${name}`, () => {
    it('saves with increasing revisions, keeps createdAt, lists and deletes; texts in NFC; copies out', withStore(async (s) => {
      const d1 = await s.putPackDraft(draftInput('1.0.0', 'Ke\u0302\u0301 hoạch'));
      expect([d1.revision, d1.origin, d1.basedOn?.version]).to.deep.equal([1, 'rollover', '1.0.0']);
      expect(d1.source.manifest.title.vi).to.equal('Kế hoạch');
      const d2 = await s.putPackDraft(draftInput('1.0.0', 'Kế hoạch mới'), d1.revision);
      expect([d2.revision, d2.createdAt]).to.deep.equal([2, d1.createdAt]);
      await s.putPackDraft(draftInput('1.1.0'));
      const got = await s.getPackDraft('tay-ho-2019', '1.0.0');
      expect(got?.source.plan.title.vi).to.equal('Kế hoạch mới');
      expect(got?.history.past[0].patches).to.deep.equal([{ op: 'replace', path: ['plan', 'title', 'vi'], value: 'Kế hoạch mới' }]);
      if (got) got.source.plan.title.vi = 'changed outside';
      expect((await s.getPackDraft('tay-ho-2019', '1.0.0'))?.source.plan.title.vi).to.equal('Kế hoạch mới');
      expect((await s.listPackDrafts()).map((d) => `${d.version}@${d.revision}`)).to.deep.equal(['1.0.0@2', '1.1.0@1']);
      await s.deletePackDraft('tay-ho-2019', '1.1.0', 1);
      expect(await s.getPackDraft('tay-ho-2019', '1.1.0')).to.equal(undefined);
      await s.deletePackDraft('tay-ho-2019', '9.9.9');
    }));

    it('a writer with an older revision gets a conflict (vi/en), never a silent overwrite', withStore(async (s) => {
      const seen = await s.putPackDraft(draftInput('1.0.0', 'Tab A'));
      await s.putPackDraft(draftInput('1.0.0', 'Tab A again'), seen.revision);
      const e = await rejection(s.putPackDraft(draftInput('1.0.0', 'Tab B'), seen.revision));
      expect(e instanceof PackDraftConflictError).to.equal(true);
      const conflict = e as PackDraftConflictError;
      expect([conflict.stored?.revision, conflict.expectedRevision]).to.deep.equal([2, 1]);
      expect(conflict.messages.vi.startsWith('Bản nháp gói tay-ho-2019 1.0.0 đã được lưu ở nơi khác')).to.equal(true);
      expect((conflict.messages.en ?? '').includes('perhaps in another tab')).to.equal(true);
      expect((await rejection(s.putPackDraft(draftInput('1.0.0', 'New')))) instanceof PackDraftConflictError).to.equal(true);
      expect((await rejection(s.deletePackDraft('tay-ho-2019', '1.0.0', 1))) instanceof PackDraftConflictError).to.equal(true);
      expect((await s.getPackDraft('tay-ho-2019', '1.0.0'))?.source.plan.title.vi).to.equal('Tab A again');
    }));

    it('refuses a draft over 5 MB, a forbidden key and an id that is not its pack.json, keeping the stored one', withStore(async (s) => {
      await s.putPackDraft(draftInput());
      const big = draftInput();
      big.source.plan.purpose = [{ vi: 'x'.repeat(6 * 1024 * 1024) }];
      const e = await rejection(s.putPackDraft(big, 1));
      expect((e as PackDraftRefusedError).reason).to.equal('too-large');
      expect((e as PackDraftRefusedError).messages.vi.startsWith('Bản nháp gói quá lớn để lưu')).to.equal(true);
      const evil = draftInput();
      evil.source.plan.purpose = [JSON.parse('{"vi": "a", "__proto__": {"polluted": true}}') as { vi: string }];
      expect((await rejection(s.putPackDraft(evil, 1))) instanceof CanonicalJsonError).to.equal(true);
      const other = { ...draftInput(), version: '2.0.0' };
      expect(((await rejection(s.putPackDraft(other))) as PackDraftRefusedError).reason).to.equal('mismatch');
      expect((await s.getPackDraft('tay-ho-2019', '1.0.0'))?.revision).to.equal(1);
    }));

    it('publishes: immutable record with status, time, notes, change count, basedOn; the draft is gone', withStore(async (s) => {
      await s.putPack({ id: 'tay-ho-2018', version: '1.0.0', source: { old: true } });
      const draft = await s.putPackDraft(draftInput('1.0.0'));
      let seenPrevious: unknown;
      const record = await s.publishPackDraft('tay-ho-2019', '1.0.0', {
        ...noErrors, notes: '  Bộ tiêu chí mới  ',
        changeLog: (previous) => { seenPrevious = previous; return [1, 2, 3]; },
      });
      expect(seenPrevious).to.deep.equal({ old: true });
      expect([record.status, record.notes, record.changeCount, record.basedOn]).to.deep.equal(
        ['published', 'Bộ tiêu chí mới', 3, { id: 'tay-ho-2018', version: '1.0.0' }]);
      expect(record.publishedAt).to.equal(record.savedAt);
      expect((await s.getPack('tay-ho-2019', '1.0.0'))?.source).to.deep.equal(draft.source);
      expect(await s.getPackDraft('tay-ho-2019', '1.0.0')).to.equal(undefined);
      const again = await rejection(s.putPackDraft(draftInput('1.0.0')));
      expect((again as PackDraftRefusedError).reason).to.equal('already-published');
      const legacy = await s.getPack('tay-ho-2018', '1.0.0');
      expect([legacy?.status, legacy?.changeCount]).to.deep.equal([undefined, undefined]);
      await s.putPackDraft(draftInput('1.1.0'));
      expect((await s.publishPackDraft('tay-ho-2019', '1.1.0', noErrors)).changeCount).to.equal(1);
    }));

    it('refuses to publish a pack with errors (vi/en, listed), a missing draft, or a version taken by other content', withStore(async (s) => {
      await s.putPackDraft(draftInput('1.0.0'));
      const problem = { severity: 'error' as const, message: { vi: 'Thiếu hạn nộp', en: 'Missing due date' }, pointer: '/calendar' };
      const e = await rejection(s.publishPackDraft('tay-ho-2019', '1.0.0', { metaSchemas: [], check: () => [problem] }));
      expect((e as PackDraftRefusedError).reason).to.equal('has-errors');
      expect((e as PackDraftRefusedError).problems).to.deep.equal([problem]);
      expect((e as PackDraftRefusedError).messages.vi.includes('còn 1 lỗi')).to.equal(true);
      const loader = await rejection(s.publishPackDraft('tay-ho-2019', '1.0.0', { metaSchemas: [], check: checkDraftPack }));
      expect((loader as PackDraftRefusedError).reason).to.equal('has-errors');
      const missing = await rejection(s.publishPackDraft('tay-ho-2019', '7.0.0', noErrors));
      expect((missing as PackDraftRefusedError).reason).to.equal('not-found');
      await s.putPack({ id: 'tay-ho-2019', version: '1.0.0', source: { other: 'content' } });
      const taken = await rejection(s.publishPackDraft('tay-ho-2019', '1.0.0', noErrors));
      expect(taken instanceof PackVersionConflictError).to.equal(true);
      expect((await s.getPackDraft('tay-ho-2019', '1.0.0'))?.revision).to.equal(1);
      expect((await s.getPack('tay-ho-2019', '1.0.0'))?.source).to.deep.equal({ other: 'content' });
    }));
  });
}

/**
 * Registers the IndexedDB tests of pack drafts: two tabs on one draft, and the upgrade of a
 * version 3 database (data present) to the schema with pack drafts.
 * @param name label of the environment
 * @param database gives a fresh (factory, unique name) for each test
 * @param api describe / it / expect of the running test framework
 */
export function runIdbPackDraftSuite(name: string, database: () => IdbTestDatabase, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const drop = (db: IdbTestDatabase): Promise<void> => new Promise((resolve) => {
    const r = db.indexedDB.deleteDatabase(db.name);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });

  describe(`IdbStore pack drafts: ${name}`, () => {
    it('two tabs on one pack draft: the stale one gets a conflict; publish in one is seen by the other', async () => {
      const db = database();
      const tabA = new IdbStore(db);
      const tabB = new IdbStore(db);
      try {
        const a1 = await tabA.putPackDraft(draftInput('1.0.0', 'A1'));
        const seenByB = await tabB.getPackDraft('tay-ho-2019', '1.0.0');
        await tabA.putPackDraft(draftInput('1.0.0', 'A2'), a1.revision);
        const e = await rejection(tabB.putPackDraft(draftInput('1.0.0', 'B'), seenByB?.revision));
        expect((e as PackDraftConflictError).stored?.source.plan.title.vi).to.equal('A2');
        await tabA.publishPackDraft('tay-ho-2019', '1.0.0', noErrors);
        expect((await tabB.getPack('tay-ho-2019', '1.0.0'))?.status).to.equal('published');
        expect(await tabB.listPackDrafts()).to.deep.equal([]);
      } finally {
        await tabA.close();
        await tabB.close();
        await drop(db);
      }
    });

    it('upgrades a version 3 database with data present: nothing lost, pack drafts stored', async () => {
      const db = database();
      const v3 = await openFormplanDb(db.indexedDB, db.name, 3);
      expect(v3.objectStoreNames.contains('packDrafts')).to.equal(false);
      await v3.put('drafts', { ...KEY, data: { b: 2 }, revision: 3, updatedAt: '2018-03-09T00:00:00.000Z' });
      await v3.put('packs', { id: KEY.packId, version: KEY.packVersion, source: { s: 1 }, hash: 'h', savedAt: '2018-01-01T00:00:00.000Z' });
      await v3.add('reopens', { ...KEY, reason: 'Sửa', by: 'Quận', at: '2018-05-01T00:00:00.000Z', afterRevision: null });
      v3.close();
      const store = new IdbStore(db);
      try {
        expect((await store.getDraft(KEY))?.revision).to.equal(3);
        const pack = await store.getPack(KEY.packId, KEY.packVersion);
        expect([pack?.source, pack?.status]).to.deep.equal([{ s: 1 }, undefined]);
        expect((await store.listReopens()).length).to.equal(1);
        expect(await store.listPackDrafts()).to.deep.equal([]);
        const saved: PackDraftRecord = await store.putPackDraft(draftInput());
        expect((await store.getPackDraft('tay-ho-2019', '1.0.0'))?.revision).to.equal(saved.revision);
      } finally {
        await store.close();
      }
      const v4 = await openFormplanDb(db.indexedDB, db.name);
      try {
        expect([v4.version, IDB_VERSION]).to.deep.equal([4, 4]);
        expect(await v4.count('packDrafts')).to.equal(1);
      } finally {
        v4.close();
        await drop(db);
      }
    });
  });
}
