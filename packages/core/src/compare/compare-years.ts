/**
 * Year-on-year comparison of figures matched by stable code paths.
 */

/** One side of a comparison: a pack's year and its figures by code path. */
export interface YearValues {
  packId: string;
  year: number;
  values: Record<string, number | null>;
}

/** One compared figure. */
export interface CompareRow {
  code: string;
  /** value in year a; null when empty or absent */
  a: number | null;
  b: number | null;
  /** b − a, when both are numbers */
  delta: number | null;
  /** (b − a) / a × 100, when both are numbers and a ≠ 0 */
  percentChange: number | null;
  /** the code exists in both years (even if a value is empty) */
  inBoth: boolean;
}

/** Result of {@link compareYears}. */
export interface YearComparison {
  a: { packId: string; year: number };
  b: { packId: string; year: number };
  rows: CompareRow[];
}

function own(values: Record<string, number | null>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, key);
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Compares two years' figures by code path: one row per code present in either year,
 * codes of `a` first (in their order), then codes only in `b`.
 * @param input - the two years
 * @returns the rows with delta and percent change
 * @example
 * ```ts
 * compareYears({ a: { packId: 'tay-ho-2018', year: 2018, values: v18 },
 *                b: { packId: 'tay-ho-2019', year: 2019, values: v19 } }).rows
 * ```
 */
export function compareYears(input: { a: YearValues; b: YearValues }): YearComparison {
  const { a, b } = input;
  const rows: CompareRow[] = [];
  const push = (code: string): void => {
    const inA = own(a.values, code);
    const inB = own(b.values, code);
    const va = inA ? num(a.values[code]) : null;
    const vb = inB ? num(b.values[code]) : null;
    const delta = va !== null && vb !== null ? vb - va : null;
    const percentChange = delta !== null && va !== 0 ? (delta / (va as number)) * 100 : null;
    rows.push({ code, a: va, b: vb, delta, percentChange, inBoth: inA && inB });
  };
  for (const code of Object.keys(a.values)) push(code);
  for (const code of Object.keys(b.values)) if (!own(a.values, code)) push(code);
  return { a: { packId: a.packId, year: a.year }, b: { packId: b.packId, year: b.year }, rows };
}
