/**
 * Years and versions: the host offers every year that has a published pack version; a ward and
 * the district work with the newest published version of the chosen year. The year chosen is
 * remembered per tab (sessionStorage), like the viewing date.
 */
import { compareSemver } from '@formplan/core';
import type { PackRecord, PackSource } from '@formplan/core';

/** One year of the switcher: its newest published version. */
export interface YearChoice {
  year: number;
  record: PackRecord;
  pack: PackSource;
}

const KEY = 'formplan.year';

function packOf(r: PackRecord): PackSource {
  return r.source as PackSource;
}

/** Newer first: by version, then by when it was published (two pack ids for one year). */
function newer(a: PackRecord, b: PackRecord): number {
  return compareSemver(b.version, a.version) || b.savedAt.localeCompare(a.savedAt);
}

/** The years with a published version (every stored pack record is a published, immutable version), oldest first, each with its newest version. */
export function publishedYears(records: readonly PackRecord[]): YearChoice[] {
  const byYear = new Map<number, PackRecord>();
  for (const r of records) {
    const year = packOf(r).manifest?.year;
    if (typeof year !== 'number') continue;
    const best = byYear.get(year);
    if (!best || newer(r, best) < 0) byYear.set(year, r);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, record]) => ({ year, record, pack: packOf(record) }));
}

/**
 * The year to show: the one this tab chose, else the year of a viewing date given in the address
 * or this tab, else the newest year.
 */
export function chooseYear(years: readonly YearChoice[], remembered: number | undefined, viewingDate: string | undefined): YearChoice | undefined {
  const find = (y: number | undefined) => years.find((c) => c.year === y);
  return find(remembered) ?? find(viewingDate ? Number(viewingDate.slice(0, 4)) : undefined) ?? years[years.length - 1];
}

/** The year this tab chose, if any. */
export function savedYear(): number | undefined {
  const y = Number(sessionStorage.getItem(KEY));
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

/** Remembers the year for this tab. */
export function saveYear(year: number): void {
  sessionStorage.setItem(KEY, String(year));
}

/** The versions of one pack id that are stored, newest first. */
export function versionsOf(records: readonly PackRecord[], packId: string): PackRecord[] {
  return records.filter((r) => r.id === packId).sort(newer);
}
