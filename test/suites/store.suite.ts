/**
 * The `Store` contract suite: every store implementation must pass it.
 * Run it from vitest (MemoryStore, IdbStore over fake-indexeddb) and from wtr in chromium
 * (MemoryStore, IdbStore over the real IndexedDB). The test functions come in as parameters so
 * the same file works under both runners. The IndexedDB-only tests are in idb-store.suite.ts.
 */
import type { Store } from '../../packages/core/src/storage/store.js';
import type { FormDataKey, SubmissionRecord } from '../../packages/core/src/storage/records.js';
import {
  AssessmentConflictError, DraftConflictError, PackVersionConflictError, RecordNotFoundError, StoreError,
  SubmissionConflictError,
} from '../../packages/core/src/storage/storage-errors.js';
import { CanonicalJsonError } from '../../packages/core/src/storage/canonical-json.js';
import { submissionHash } from '../../packages/core/src/storage/submission-hash.js';
import { KEY, rejection, storeTests, type SuiteApi } from './store-suite-support.js';
import { runReviewRulesSuite } from './review-rules.suite.js';

/**
 * Registers the Store contract tests.
 * @param name label of the implementation under test
 * @param makeStore makes a fresh, empty store for each test
 * @param api describe / it / expect of the running test framework
 */
export function runStoreSuite(name: string, makeStore: () => Promise<Store>, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const withStore = storeTests(makeStore);

  describe(`Store contract: ${name}`, () => {
    describe('packs', () => {
      it('stores versions, returns the latest by semver, lists in order', withStore(async (s) => {
        for (const version of ['1.2.0', '1.10.0', '1.0.0', '1.10.0-rc.1']) {
          await s.putPack({ id: 'tay-ho-2018', version, source: { v: version } });
        }
        await s.putPack({ id: 'ba-dinh-2018', version: '1.0.0', source: {} });
        expect((await s.getPack('tay-ho-2018'))?.version).to.equal('1.10.0');
        expect((await s.getPack('tay-ho-2018', '1.2.0'))?.source).to.deep.equal({ v: '1.2.0' });
        expect(await s.getPack('tay-ho-2018', '9.9.9')).to.equal(undefined);
        expect(await s.getPack('nope')).to.equal(undefined);
        expect((await s.listPacks()).map((p) => `${p.id}@${p.version}`)).to.deep.equal([
          'ba-dinh-2018@1.0.0', 'tay-ho-2018@1.0.0', 'tay-ho-2018@1.2.0', 'tay-ho-2018@1.10.0-rc.1', 'tay-ho-2018@1.10.0',
        ]);
      }));

      it('a published version is immutable: same content is a no-op, different content throws', withStore(async (s) => {
        const first = await s.putPack({ id: 'p', version: '1.0.0', source: { a: 1, b: [1, 2] } });
        const again = await s.putPack({ id: 'p', version: '1.0.0', source: { b: [1, 2], a: 1 } });
        expect(again.savedAt).to.equal(first.savedAt);
        expect(again.hash).to.equal(first.hash);
        const e = await rejection(s.putPack({ id: 'p', version: '1.0.0', source: { a: 2, b: [1, 2] } }));
        expect(e instanceof PackVersionConflictError).to.equal(true);
        expect((await s.getPack('p', '1.0.0'))?.source).to.deep.equal({ a: 1, b: [1, 2] });
      }));
    });

    describe('drafts', () => {
      it('saves with increasing revisions and returns copies', withStore(async (s) => {
        const d1 = await s.saveDraft(KEY, { so_lieu: { a: 1 } }, 0, { author: 'Lan' });
        expect(d1.revision).to.equal(1);
        expect(d1.author).to.equal('Lan');
        const d2 = await s.saveDraft(KEY, { so_lieu: { a: 2 } }, 1);
        expect(d2.revision).to.equal(2);
        const got = await s.getDraft(KEY);
        expect(got?.data).to.deep.equal({ so_lieu: { a: 2 } });
        (got!.data as { so_lieu: { a: number } }).so_lieu.a = 99;
        expect((await s.getDraft(KEY))?.data).to.deep.equal({ so_lieu: { a: 2 } });
      }));

      it('a stale writer gets DraftConflictError with both versions, nothing overwritten', withStore(async (s) => {
        await s.saveDraft(KEY, { v: 'tab A' }, 0);
        await s.saveDraft(KEY, { v: 'tab A again' }, 1);
        const e = await rejection(s.saveDraft(KEY, { v: 'tab B' }, 1));
        expect(e instanceof DraftConflictError).to.equal(true);
        const c = e as DraftConflictError;
        expect(c.stored?.revision).to.equal(2);
        expect(c.stored?.data).to.deep.equal({ v: 'tab A again' });
        expect(c.attempted).to.deep.equal({ v: 'tab B' });
        expect(c.messages.vi.length > 0 && (c.messages.en ?? '').length > 0).to.equal(true);
        expect((await s.getDraft(KEY))?.data).to.deep.equal({ v: 'tab A again' });
        const e2 = await rejection(s.saveDraft({ ...KEY, ward: 'NHAT_TAN' }, {}, 3));
        expect(e2 instanceof DraftConflictError && e2.stored === undefined).to.equal(true);
      }));

      it('two writers racing on one revision: exactly one wins', withStore(async (s) => {
        await s.saveDraft(KEY, { n: 0 }, 0);
        const results = await Promise.allSettled([1, 2, 3].map((n) => s.saveDraft(KEY, { n }, 1)));
        expect(results.filter((r) => r.status === 'fulfilled').length).to.equal(1);
        expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof DraftConflictError).length).to.equal(2);
        expect((await s.getDraft(KEY))?.revision).to.equal(2);
      }));

      it('deletes (guarded by revision when given) and lists by filter', withStore(async (s) => {
        await s.saveDraft(KEY, {}, 0);
        await s.saveDraft({ ...KEY, period: '2018-Q2' }, {}, 0);
        await s.saveDraft({ ...KEY, ward: 'NHAT_TAN' }, {}, 0);
        await s.saveDraft({ ...KEY, packVersion: '2.0.0' }, {}, 0);
        expect((await s.listDrafts()).length).to.equal(4);
        expect((await s.listDrafts({ packId: KEY.packId, packVersion: '1.0.0', period: '2018-Q1' })).length).to.equal(2);
        expect((await s.listDrafts({ packId: KEY.packId, packVersion: '1.0.0', ward: 'NHAT_TAN' })).length).to.equal(1);
        expect((await s.listDrafts({ formId: 'other' })).length).to.equal(0);
        expect((await rejection(s.deleteDraft(KEY, 7))) instanceof DraftConflictError).to.equal(true);
        await s.deleteDraft(KEY, 1);
        expect(await s.getDraft(KEY)).to.equal(undefined);
        await s.deleteDraft({ ...KEY, period: '2018-Q2' });
        expect((await s.listDrafts()).length).to.equal(2);
      }));

      it('normalises text to NFC and refuses __proto__ keys', withStore(async (s) => {
        const nfd = 'Tây Hồ'.normalize('NFD');
        await s.saveDraft(KEY, { ten: nfd }, 0);
        expect((await s.getDraft(KEY))?.data).to.deep.equal({ ten: 'Tây Hồ'.normalize('NFC') });
        const e = await rejection(s.saveDraft(KEY, JSON.parse('{"a":{"__proto__":{"x":1}}}'), 1));
        expect(e instanceof CanonicalJsonError).to.equal(true);
        expect((e as CanonicalJsonError).pointer).to.equal('/a/__proto__');
        expect((await s.getDraft(KEY))?.revision).to.equal(1);
      }));
    });

    describe('submissions and reviews', () => {
      const submit = (s: Store, key: FormDataKey, data: unknown) => s.submit({ key, data, cutOffDate: '2018-03-31', author: 'Nguyễn Thị Lan' });

      it('appends revisions 1, 2, 3 with a verifiable hash; never overwrites', withStore(async (s) => {
        const r1 = await submit(s, KEY, { a: 1 });
        const r2 = await submit(s, KEY, { a: 2 });
        expect([r1.revision, r2.revision]).to.deep.equal([1, 2]);
        expect(/^[0-9a-f]{64}$/.test(r1.hash)).to.equal(true);
        expect(r1.hash === r2.hash).to.equal(false);
        expect(await submissionHash(r1)).to.equal(r1.hash);
        const all = await s.getSubmissions(KEY);
        expect(all.map((r) => [r.revision, r.data, r.status])).to.deep.equal([[1, { a: 1 }, 'submitted'], [2, { a: 2 }, 'submitted']]);
        expect((await s.latestSubmission(KEY))?.revision).to.equal(2);
        expect(await s.latestSubmission({ ...KEY, ward: 'X' })).to.equal(undefined);
      }));

      it('concurrent submits get distinct consecutive revisions', withStore(async (s) => {
        const recs = await Promise.all([1, 2, 3, 4].map((n) => submit(s, KEY, { n })));
        expect(recs.map((r) => r.revision).sort()).to.deep.equal([1, 2, 3, 4]);
        expect((await s.getSubmissions(KEY)).length).to.equal(4);
      }));

      it('lists by pack, form, period and ward; latestOnly keeps one per key', withStore(async (s) => {
        await submit(s, KEY, { a: 1 });
        await submit(s, KEY, { a: 2 });
        await submit(s, { ...KEY, ward: 'NHAT_TAN' }, { a: 3 });
        await submit(s, { ...KEY, period: '2018-Q2' }, { a: 4 });
        await submit(s, { ...KEY, formId: 'bieu-03' }, { a: 5 });
        const base = { packId: KEY.packId, packVersion: KEY.packVersion };
        expect((await s.listSubmissions(base)).length).to.equal(5);
        expect((await s.listSubmissions({ ...base, period: '2018-Q1' })).length).to.equal(4);
        expect((await s.listSubmissions({ ...base, period: '2018-Q1', latestOnly: true })).length).to.equal(3);
        expect((await s.listSubmissions({ ...base, ward: 'NHAT_TAN' })).map((r) => r.data)).to.deep.equal([{ a: 3 }]);
        expect((await s.listSubmissions({ formId: 'bieu-03' })).length).to.equal(1);
        expect((await s.listSubmissions({ ...base, formId: 'bieu-02', ward: 'PHU_THUONG', period: '2018-Q1', latestOnly: true }))
          .map((r) => r.revision)).to.deep.equal([2]);
      }));

      it('status derives from the latest review; the submission is not rewritten', withStore(async (s) => {
        const r1 = await submit(s, KEY, { a: 1 });
        await submit(s, KEY, { a: 2 });
        await s.review({ key: KEY, revision: 2, decision: 'return', comment: 'Thiếu số liệu', reviewer: 'Phòng LĐTB&XH' });
        expect((await s.latestSubmission(KEY))?.status).to.equal('returned');
        await s.review({ key: KEY, revision: 2, decision: 'accept', comment: '', reviewer: 'Phòng LĐTB&XH' });
        const all = await s.getSubmissions(KEY);
        expect(all.map((r) => r.status)).to.deep.equal(['submitted', 'accepted']);
        expect(all[0].hash).to.equal(r1.hash);
        expect((await s.listSubmissions({ packId: KEY.packId, latestOnly: true }))[0].status).to.equal('accepted');
        const reviews = await s.getReviews(KEY, 2);
        expect(reviews.map((r) => r.decision)).to.deep.equal(['return', 'accept']);
        expect((await s.getReviews(KEY, 1)).length).to.equal(0);
        expect((await s.getReviews(KEY)).length).to.equal(2);
        const e = await rejection(s.review({ key: KEY, revision: 3, decision: 'accept', comment: '', reviewer: 'x' }));
        expect(e instanceof RecordNotFoundError).to.equal(true);
      }));

      it('imports a revision made elsewhere: added, then present; conflicts and tampering refused', withStore(async (s) => {
        const other = await makeStore();
        let theirs: SubmissionRecord;
        try {
          await submit(other, KEY, { a: 1 });
          theirs = await submit(other, KEY, { a: 2 });
        } finally {
          await other.close();
        }
        expect(await s.importSubmission(theirs)).to.equal('added');
        expect(await s.importSubmission(theirs)).to.equal('present');
        expect((await s.getSubmissions(KEY)).map((r) => r.revision)).to.deep.equal([2]);
        expect((await submit(s, KEY, { a: 3 })).revision).to.equal(3);
        const tampered = await rejection(s.importSubmission({ ...theirs, revision: 3, data: { a: 666 } }));
        expect(tampered instanceof StoreError && !(tampered instanceof SubmissionConflictError)).to.equal(true);
        const mine = (await s.latestSubmission(KEY))!;
        const clash: SubmissionRecord = { ...theirs, revision: 3, data: { a: 'different' } };
        clash.hash = await submissionHash(clash);
        const e = await rejection(s.importSubmission(clash));
        expect(e instanceof SubmissionConflictError).to.equal(true);
        expect((e as SubmissionConflictError).stored.hash).to.equal(mine.hash);
      }));
    });

    describe('assessments and plan progress', () => {
      const input = { packId: 'tay-ho-2018', packVersion: '1.0.0', criteriaSetId: 'qd-34-2014', ward: 'PHU_THUONG', year: 2018 };

      it('saves assessments with revision guard and lists them', withStore(async (s) => {
        const a1 = await s.saveAssessment({ ...input, answers: { TC1_1: true }, evidence: { TC1_1: 'Biên bản' } }, 0);
        expect(a1.revision).to.equal(1);
        const e = await rejection(s.saveAssessment({ ...input, answers: {}, evidence: {} }, 0));
        expect(e instanceof AssessmentConflictError && e.stored?.revision === 1).to.equal(true);
        await s.saveAssessment({ ...input, answers: { TC1_1: false }, evidence: {} }, 1);
        expect((await s.getAssessment(input))?.answers).to.deep.equal({ TC1_1: false });
        await s.saveAssessment({ ...input, ward: 'NHAT_TAN', answers: {}, evidence: {} }, 0);
        expect((await s.listAssessments({ packId: 'tay-ho-2018', packVersion: '1.0.0', ward: 'NHAT_TAN' })).length).to.equal(1);
        expect((await s.listAssessments({ year: 2018 })).length).to.equal(2);
        expect((await s.listAssessments({ year: 2019 })).length).to.equal(0);
      }));

      it('keeps the last plan progress per task', withStore(async (s) => {
        await s.putPlanProgress({ packId: 'p', packVersion: '1.0.0', taskCode: 'T2', status: 'in-progress', note: '' });
        await s.putPlanProgress({ packId: 'p', packVersion: '1.0.0', taskCode: 'T1', status: 'not-started', note: '' });
        await s.putPlanProgress({ packId: 'p', packVersion: '1.0.0', taskCode: 'T2', status: 'done', note: 'Xong' });
        await s.putPlanProgress({ packId: 'p', packVersion: '2.0.0', taskCode: 'T1', status: 'done', note: '' });
        expect((await s.getPlanProgress('p', '1.0.0', 'T2'))?.status).to.equal('done');
        expect((await s.listPlanProgress('p', '1.0.0')).map((r) => `${r.taskCode}:${r.status}`)).to.deep.equal(['T1:not-started', 'T2:done']);
        expect(await s.getPlanProgress('p', '1.0.0', 'T9')).to.equal(undefined);
        expect(s.pendingWrites()).to.deep.equal([]);
      }));
    });

    runReviewRulesSuite(withStore, api);
  });
}
