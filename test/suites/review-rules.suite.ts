/**
 * The store's review rules, part of the `Store` contract (registered by `runStoreSuite`): only the
 * latest revision is reviewed, an accepted revision is final, a returned revision is not returned
 * again, and two decisions made at once record one.
 */
import type { Store } from '../../packages/core/src/storage/store.js';
import { RecordNotFoundError, ReviewRefusedError } from '../../packages/core/src/storage/storage-errors.js';
import { KEY, rejection, type SuiteApi } from './store-suite-support.js';

const submit = (s: Store, data: unknown) => s.submit({ key: KEY, data, cutOffDate: '2018-03-25', author: 'Nguyễn Văn A' });
const decide = (s: Store, revision: number, decision: 'accept' | 'return', comment = '') =>
  s.review({ key: KEY, revision, decision, comment, reviewer: 'Phòng LĐTB&XH' });

/** Registers the review-rule tests for one store implementation. */
export function runReviewRulesSuite(withStore: (fn: (s: Store) => Promise<void>) => () => Promise<void>, api: SuiteApi): void {
  const { describe, it, expect } = api;
  const refusal = async (p: Promise<unknown>) => {
    const e = await rejection(p);
    expect(e instanceof ReviewRefusedError).to.equal(true);
    return e as ReviewRefusedError;
  };

  describe('review rules', () => {
    it('an accepted revision is final: neither accepted nor returned again', withStore(async (s) => {
      await submit(s, { a: 1 });
      await decide(s, 1, 'accept');
      const again = await refusal(decide(s, 1, 'accept'));
      expect([again.reason, again.revision, again.latestRevision]).to.deep.equal(['already-accepted', 1, 1]);
      expect((await refusal(decide(s, 1, 'return', 'Sai'))).reason).to.equal('already-accepted');
      expect(again.messages.vi).to.equal('Lần gửi 1 đã được chấp nhận; chấp nhận là quyết định cuối cùng trừ khi quận mở lại báo cáo.');
      expect((await s.getReviews(KEY, 1)).map((r) => r.decision)).to.deep.equal(['accept']);
      expect((await s.latestSubmission(KEY))?.status).to.equal('accepted');
    }));

    it('a returned revision is not returned again, but can still be accepted', withStore(async (s) => {
      await submit(s, { a: 1 });
      await decide(s, 1, 'return', 'Thiếu số liệu');
      expect((await refusal(decide(s, 1, 'return', 'Lần nữa'))).reason).to.equal('already-returned');
      await decide(s, 1, 'accept');
      expect((await s.getReviews(KEY, 1)).map((r) => r.decision)).to.deep.equal(['return', 'accept']);
    }));

    it('only the latest revision is reviewed', withStore(async (s) => {
      await submit(s, { a: 1 });
      await submit(s, { a: 2 });
      const old = await refusal(decide(s, 1, 'accept'));
      expect([old.reason, old.revision, old.latestRevision]).to.deep.equal(['superseded', 1, 2]);
      expect((await s.getReviews(KEY)).length).to.equal(0);
      expect((await rejection(decide(s, 3, 'accept'))) instanceof RecordNotFoundError).to.equal(true);
      await decide(s, 2, 'accept');
    }));

    it('two decisions at once (a double click) record one', withStore(async (s) => {
      await submit(s, { a: 1 });
      const results = await Promise.allSettled([decide(s, 1, 'accept'), decide(s, 1, 'accept'), decide(s, 1, 'return', 'x')]);
      expect(results.filter((r) => r.status === 'fulfilled').length).to.equal(1);
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused.every((r) => r.reason instanceof ReviewRefusedError)).to.equal(true);
      expect((await s.getReviews(KEY, 1)).length).to.equal(1);
      expect(s.pendingWrites()).to.deep.equal([]);
    }));
  });
}
