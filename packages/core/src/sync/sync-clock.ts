/** Time for sync, injectable so tests neither wait nor depend on the wall clock. */

/** The clock and sleeper sync uses. */
export interface SyncClock {
  /** milliseconds since the epoch */
  now(): number;
  /** resolves after `ms`, or early (without error) when `signal` aborts */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock. */
export const systemSyncClock: SyncClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  }),
};

/** How long to wait between failed attempts. */
export interface BackoffOptions {
  /** first delay, ms (default 1 000) */
  baseMs?: number;
  /** longest delay, ms (default 60 000) */
  maxMs?: number;
}

/**
 * Exponential backoff with full jitter: a random delay in [base·2^(n-1)/2, base·2^(n-1)], capped,
 * so that many wards coming back online at once do not all retry together.
 * @param failures consecutive failures so far (≥ 1)
 * @param random a source in [0, 1)
 * @returns the delay in ms
 * @example
 * ```ts
 * backoffDelay(1, () => 0.5); // 750
 * backoffDelay(10, () => 0.5, { maxMs: 60_000 }); // 45 000
 * ```
 */
export function backoffDelay(failures: number, random: () => number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 60_000;
  const ceiling = Math.min(max, base * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
