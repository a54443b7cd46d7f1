/** A1 references: `D7` is row 7, column 4. */

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The A1 reference of a 1-based row and column. */
export function cellRef(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `D7` → [7, 4]. */
export function parseRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}
