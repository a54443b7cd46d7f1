/**
 * What the store suites share: the test-function parameters (so one file runs under vitest and
 * under wtr), the key they write under, and a rejection helper.
 */
import type { FormDataKey } from '../../packages/core/src/storage/records.js';
import type { Store } from '../../packages/core/src/storage/store.js';

/** A chai-style assertion (vitest's and @open-wc/testing's `expect` both fit). */
export interface ChaiLikeAssertion {
  to: { equal(expected: unknown): unknown; deep: { equal(expected: unknown): unknown } };
}

/** The test functions the suite needs. */
export interface SuiteApi {
  describe: (name: string, fn: () => void) => void;
  it: (name: string, fn: () => Promise<void>) => void;
  expect: (actual: unknown) => ChaiLikeAssertion;
}

/** The form data key the suites write under. */
export const KEY: FormDataKey = { packId: 'tay-ho-2018', packVersion: '1.0.0', formId: 'bieu-02', ward: 'PHU_THUONG', period: '2018-Q1' };

/** The error a promise rejects with (fails when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, got a value');
}

/**
 * Wraps a test body: a fresh store from `makeStore`, closed afterwards.
 * @param makeStore makes a fresh, empty store
 * @returns the wrapper giving each test its own store
 */
export function storeTests(makeStore: () => Promise<Store>): (fn: (s: Store) => Promise<void>) => () => Promise<void> {
  return (fn) => async () => {
    const s = await makeStore();
    try {
      await fn(s);
    } finally {
      await s.close();
    }
  };
}
