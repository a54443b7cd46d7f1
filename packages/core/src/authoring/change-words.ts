/**
 * Plain words for the common changes of a pack version ("Thêm cột 'Khuyết tật' vào Biểu 02",
 * "Hạn nộp Quý I năm 2019: 15/03/2019 → 10/03/2019"); other changes keep the diff's own message.
 */
import type { Bilingual } from '../common/bilingual.js';
import { getAt, parsePointer } from '../common/json-pointer.js';
import { formatDisplayDate, isIsoDate } from '../calendar/iso-date.js';
import type { PackSource } from '../pack/types.js';
import { diffKeyPointer, type DiffEntry } from '../rollover/diff.js';

type Kind = 'added' | 'removed' | 'retired' | 'changed' | 'moved';

function at(pack: PackSource, key: string): Record<string, unknown> | undefined {
  const v = getAt(pack, parsePointer(diffKeyPointer(pack, key)));
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function text(v: unknown, fallback: string): { vi: string; en: string } {
  const t = v as Bilingual | undefined;
  return t && typeof t.vi === 'string' ? { vi: t.vi, en: t.en ?? t.vi } : { vi: fallback, en: fallback };
}

/** "Biểu 02: Trẻ em …" → "Biểu 02" (the part before a colon). */
function short(t: { vi: string; en: string }): { vi: string; en: string } {
  const cut = (s: string): string => (s.includes(':') ? s.slice(0, s.indexOf(':')) : s);
  return { vi: cut(t.vi), en: cut(t.en) };
}

function date(v: unknown): string {
  return typeof v === 'string' && isIsoDate(v) ? formatDisplayDate(v) : v === null || v === undefined ? '—' : String(v);
}

const VERB: Record<Exclude<Kind, 'changed' | 'moved'>, [string, string]> = {
  added: ['Thêm', 'Add'], removed: ['Bỏ', 'Remove'], retired: ['Ngừng dùng', 'Retire'],
};

function formWords(prev: PackSource, next: PackSource, e: DiffEntry, kind: Kind, segs: string[]): Bilingual | undefined {
  const base = `forms/${segs[1]}`;
  const form = short(text((at(next, base) ?? at(prev, base))?.['x-fp-label'], segs[1]));
  const rest = segs.slice(2);
  const last = rest[rest.length - 1];
  const holder = kind === 'removed' ? prev : next;
  if (rest.length === 0 && (kind === 'added' || kind === 'removed')) {
    const [vi, en] = VERB[kind];
    const label = text(at(holder, base)?.['x-fp-label'], segs[1]);
    return { vi: `${vi} biểu mẫu '${label.vi}'`, en: `${en} form '${label.en}'` };
  }
  if (rest.length === 1 && last === 'x-fp-label') {
    return { vi: `Đổi tên biểu mẫu '${text(e.before, '').vi}' → '${text(e.after, '').vi}'`, en: `Rename form '${text(e.before, '').en}' → '${text(e.after, '').en}'` };
  }
  if (rest.length === 1 && last === 'x-fp-from-criteria') {
    return { vi: `Đổi bộ tiêu chí của ${form.vi}: ${String(e.before)} → ${String(e.after)}`, en: `Swap the criteria set of ${form.en}: ${String(e.before)} → ${String(e.after)}` };
  }
  const col = rest.indexOf('columns');
  const isColumn = col >= 0 && rest[col - 1] === 'x-fp-matrix';
  const thing = isColumn ? ['cột', 'column'] : ['trường', 'field'];
  if (kind === 'moved' || last === 'x-fp-order') {
    return { vi: `Đổi thứ tự ${thing[0]} của ${form.vi}`, en: `Reorder the ${thing[1]}s of ${form.en}` };
  }
  if (rest[rest.length - 2] === 'hiddenRows') {
    const row = String(e.after ?? e.before);
    return kind === 'removed'
      ? { vi: `Hiện lại dòng '${row}' của ${form.vi}`, en: `Show row '${row}' of ${form.en} again` }
      : { vi: `Ẩn dòng '${row}' của ${form.vi}`, en: `Hide row '${row}' of ${form.en}` };
  }
  const ownKey = isColumn ? rest.slice(0, col + 2) : rest.slice(0, rest.length - (kind === 'added' || kind === 'removed' ? 0 : 1));
  const node = at(kind === 'removed' ? prev : next, [base, ...ownKey].join('/'));
  const label = text(node?.[isColumn ? 'label' : 'x-fp-label'], ownKey[ownKey.length - 1] ?? '');
  const whole = isColumn ? rest.length === col + 2 : rest[rest.length - 2] === 'properties';
  if (whole && (kind === 'added' || kind === 'removed')) {
    const [vi, en] = VERB[kind];
    const [to, toEn] = kind === 'added' ? ['vào', 'to'] : ['khỏi', 'from'];
    return { vi: `${vi} ${thing[0]} '${label.vi}' ${to} ${form.vi}`, en: `${en} ${thing[1]} '${label.en}' ${toEn} ${form.en}` };
  }
  if (last === 'x-fp-retired' || kind === 'retired') {
    return kind === 'retired'
      ? { vi: `Ngừng dùng ${thing[0]} '${label.vi}' của ${form.vi}`, en: `Retire ${thing[1]} '${label.en}' of ${form.en}` }
      : { vi: `Dùng lại ${thing[0]} '${label.vi}' của ${form.vi}`, en: `Restore ${thing[1]} '${label.en}' of ${form.en}` };
  }
  if (last === 'label' || last === 'x-fp-label') {
    const [b, a] = [text(e.before, ''), text(e.after, '')];
    return { vi: `Đổi tên ${thing[0]} '${b.vi}' → '${a.vi}' (${form.vi})`, en: `Rename ${thing[1]} '${b.en}' → '${a.en}' (${form.en})` };
  }
  if (kind === 'changed') {
    return { vi: `Đổi ${last} của ${thing[0]} '${label.vi}' (${form.vi}): ${date(e.before)} → ${date(e.after)}`, en: `Change ${last} of ${thing[1]} '${label.en}' (${form.en}): ${date(e.before)} → ${date(e.after)}` };
  }
  return undefined;
}

function calendarWords(next: PackSource, prev: PackSource, e: DiffEntry, segs: string[]): Bilingual | undefined {
  const last = segs[segs.length - 1];
  if (segs[1] === 'graceDays') {
    return { vi: `Số ngày ân hạn mặc định: ${date(e.before)} → ${date(e.after)}`, en: `Default grace days: ${date(e.before)} → ${date(e.after)}` };
  }
  if (segs[1] !== 'periods' || segs.length !== 4) return undefined;
  const period = text((at(next, segs.slice(0, 3).join('/')) ?? at(prev, segs.slice(0, 3).join('/')))?.label, segs[2]);
  if (last === 'due') return { vi: `Hạn nộp ${period.vi}: ${date(e.before)} → ${date(e.after)}`, en: `Due date of ${period.en}: ${date(e.before)} → ${date(e.after)}` };
  if (last === 'graceDays') return { vi: `Số ngày ân hạn ${period.vi}: ${date(e.before)} → ${date(e.after)}`, en: `Grace days of ${period.en}: ${date(e.before)} → ${date(e.after)}` };
  return undefined;
}

function categoryWords(prev: PackSource, next: PackSource, e: DiffEntry, kind: Kind, segs: string[]): Bilingual | undefined {
  const set = text((at(next, `categorySets/${segs[1]}`) ?? at(prev, `categorySets/${segs[1]}`))?.title, segs[1]);
  const last = segs[segs.length - 1];
  if (kind === 'moved') return { vi: `Đổi thứ tự mục của danh mục '${set.vi}'`, en: `Reorder the items of category set '${set.en}'` };
  if (segs.length === 2 && (kind === 'added' || kind === 'removed')) {
    const [vi, en] = VERB[kind];
    return { vi: `${vi} danh mục '${set.vi}'`, en: `${en} category set '${set.en}'` };
  }
  const own = ['retired', 'label'].includes(last) ? segs.slice(0, -1) : segs;
  if (own.length < 3) return undefined;
  const item = text(at(kind === 'removed' ? prev : next, own.join('/'))?.label, own[own.length - 1]);
  if (last === 'retired') {
    return kind === 'retired'
      ? { vi: `Ngừng dùng mục '${item.vi}' của danh mục '${set.vi}'`, en: `Retire item '${item.en}' of category set '${set.en}'` }
      : { vi: `Dùng lại mục '${item.vi}' của danh mục '${set.vi}'`, en: `Restore item '${item.en}' of category set '${set.en}'` };
  }
  if (last === 'label') {
    return { vi: `Đổi tên mục '${text(e.before, '').vi}' → '${text(e.after, '').vi}' (danh mục '${set.vi}')`, en: `Rename item '${text(e.before, '').en}' → '${text(e.after, '').en}' (category set '${set.en}')` };
  }
  if (own === segs && (kind === 'added' || kind === 'removed')) {
    const [vi, en] = VERB[kind];
    const [to, toEn] = kind === 'added' ? ['vào', 'to'] : ['khỏi', 'from'];
    return { vi: `${vi} mục '${item.vi}' ${to} danh mục '${set.vi}'`, en: `${en} item '${item.en}' ${toEn} category set '${set.en}'` };
  }
  return undefined;
}

/** The words for a change, or undefined to keep the diff's message. */
export function describeChange(prev: PackSource, next: PackSource, e: DiffEntry, kind: Kind): Bilingual | undefined {
  const segs = e.key.split('/');
  if (e.area === 'forms' && segs.length >= 2) return formWords(prev, next, e, kind, segs);
  if (e.area === 'calendar') return calendarWords(next, prev, e, segs);
  if (e.area === 'categorySets' && segs.length >= 2) return categoryWords(prev, next, e, kind, segs);
  if (e.area === 'criteria' && segs.length === 2 && (kind === 'added' || kind === 'removed')) {
    const set = text(at(kind === 'removed' ? prev : next, e.key)?.title, segs[1]);
    const [vi, en] = VERB[kind];
    return { vi: `${vi} bộ tiêu chí '${set.vi}'`, en: `${en} criteria set '${set.en}'` };
  }
  return undefined;
}
