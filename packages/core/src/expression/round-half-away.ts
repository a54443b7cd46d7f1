/** Decimal rounding, half away from zero, without binary-float surprises such as round(1.005, 2) = 1. */

/** Largest |digits| accepted by `round`. */
export const MAX_ROUND_DIGITS = 15;

function shift(x: number, digits: number): number {
  const text = String(x);
  if (text.includes('e')) return x * 10 ** digits;
  return Number(`${text}e${digits}`);
}

/**
 * Rounds to `digits` decimal places (negative digits round to tens, hundreds, …), halves away
 * from zero as in Vietnamese reports and spreadsheets.
 * @param x - a finite number
 * @param digits - an integer in [-MAX_ROUND_DIGITS, MAX_ROUND_DIGITS]
 * @returns the rounded number (never `-0`)
 */
export function roundHalfAway(x: number, digits: number): number {
  const sign = x < 0 ? -1 : 1;
  const up = Math.round(shift(Math.abs(x), digits));
  const back = shift(up, -digits);
  const result = sign * (Number.isFinite(back) ? back : up / 10 ** digits);
  return result === 0 ? 0 : result;
}
