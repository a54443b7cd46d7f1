/**
 * The texts of a Vietnamese administrative document's header (Nghị định 30/2020/NĐ-CP): the
 * issuing body on two lines, the number line and the place-and-date line, all from pack data.
 */
import type { Bilingual, PackManifest } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';
import { term } from '../../i18n/term.js';

const COMMITTEE = /^(ủy|uỷ) ban nhân dân\s+/iu;

/** Vietnamese upper case (NFC). */
function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi').normalize('NFC');
}

/**
 * The issuing body as printed top left: "ỦY BAN NHÂN DÂN" over "QUẬN TÂY HỒ".
 * @param issuer - the manifest's issuer
 * @param lang - language
 * @returns one or two upper-case lines
 */
export function issuerLines(issuer: Bilingual, lang: Lang): string[] {
  const name = pick(issuer, lang).normalize('NFC').trim();
  const m = COMMITTEE.exec(name);
  if (m) return [upper(name.slice(0, m[0].trimEnd().length)), upper(name.slice(m[0].length))];
  return [upper(name)];
}

/**
 * The abbreviation of the issuing body used in document numbers: `UBND` for a People's Committee,
 * else the initials.
 * @param issuer - the manifest's issuer
 * @returns e.g. `UBND`
 */
export function issuerAbbreviation(issuer: Bilingual): string {
  const name = issuer.vi.normalize('NFC').trim();
  if (COMMITTEE.test(name)) return 'UBND';
  return upper(name.split(/\s+/u).map((w) => w.charAt(0)).join('')).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/Đ/g, 'D');
}

/**
 * The number line: "Số: 89/KH-UBND"; while the plan is not signed (number null) the number is
 * left blank for the clerk: "Số:    /KH-UBND".
 * @param doc - the manifest's document
 * @param issuer - the manifest's issuer (for the blank form's suffix)
 * @param lang - language
 * @returns the line (non-breaking spaces keep the blank visible)
 */
export function numberLine(doc: PackManifest['document'], issuer: Bilingual, lang: Lang): string {
  const number = doc.number ?? `\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-${issuerAbbreviation(issuer)}`;
  return `${term(lang, 'plan', 'number')} ${number}`;
}

/**
 * The place-and-date line: "Tây Hồ, ngày 19 tháng 3 năm 2018". Days 1–9 and months 1–2 get a
 * leading zero (NĐ 30/2020). A null date leaves day and month blank: "ngày … tháng … năm 2018".
 * @param manifest - the manifest (document date and place, year, issuer)
 * @param lang - language
 * @returns the line
 */
export function dateLine(manifest: PackManifest, lang: Lang): string {
  const place = manifest.document.place ?? pick(manifest.issuer, lang).replace(COMMITTEE, '').replace(/^(quận|huyện|phường|xã|thị xã|thành phố|tỉnh)\s+/iu, '');
  const date = manifest.document.date;
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return term(lang, 'plan', 'dateLine', { place, day: '…', month: '…', year: String(manifest.year) });
  const day = Number(m[3]);
  const month = Number(m[2]);
  return term(lang, 'plan', 'dateLine', {
    place,
    day: day < 10 ? `0${day}` : String(day),
    month: month < 3 ? `0${month}` : String(month),
    year: m[1],
  });
}

/**
 * The plan's subtitle under "KẾ HOẠCH": its title without a leading "Kế hoạch", first letter up.
 * @param title - the plan's title text
 * @returns e.g. "Thực hiện công tác trẻ em năm 2018"
 */
export function planSubtitle(title: string): string {
  const rest = title.normalize('NFC').replace(/^kế hoạch\s+/iu, '').replace(/^plan\s+(for\s+)?/iu, '');
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/**
 * A bullet's text without the bullet the source already carries ("+ Báo cáo…" → "Báo cáo…").
 * @param text - a task or item text
 * @returns the text without a leading `-`, `+` or `•`
 */
export function stripBullet(text: string): string {
  return text.replace(/^\s*[-+•]\s+/u, '');
}
