// Order statistics for benchmark samples (nearest-rank percentiles).
/** @param {number[]} xs @param {number} p - 0..100 */
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

/** @param {number[]} xs */
export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Rounds for tables: 3 significant-ish decimals below 10, 1 decimal above. */
export const fmt = (x) => (Number.isNaN(x) ? '—' : x < 10 ? x.toFixed(3) : x < 1000 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US'));
