/**
 * Commands on the texts the first command files left read-only: the plan's content items (add,
 * edit vi/en, reorder), the names of periods and period kinds, and the titles of category sets
 * and criteria sets. Codes never change.
 */
import type { Bilingual } from '../common/bilingual.js';
import type { ContentItem, PackSource } from '../pack/types.js';
import { command, insertAt, moveItem, notFound, refuseClash, requireCode, writeText } from './draft-access.js';
import type { EditCommand } from './edit-session.js';

/** The list holding a content item (the plan's or its parent's children) and its index there. */
function contentPlace(list: ContentItem[], code: string): { list: ContentItem[]; index: number } | undefined {
  for (let i = 0; i < list.length; i++) {
    if (list[i].code === code) return { list, index: i };
    const inner = contentPlace(list[i].children ?? [], code);
    if (inner) return inner;
  }
  return undefined;
}

function contentOf(d: PackSource, code: string): { list: ContentItem[]; index: number } {
  const place = contentPlace(d.plan.contentItems, code);
  if (!place) notFound({ vi: `nội dung kế hoạch '${code}'`, en: `plan content item '${code}'` });
  return place;
}

/** Writes `text` (NFC) into `holder[key]` unless it already says the same (no empty undo step). */
function putText<K extends string>(holder: { [k in K]: Bilingual }, key: K, text: Bilingual): void {
  writeText(holder, key, nfc(text));
}

function nfc(text: Bilingual): Bilingual {
  return text.en === undefined ? { vi: text.vi.normalize('NFC') } : { vi: text.vi.normalize('NFC'), en: text.en.normalize('NFC') };
}

/**
 * Adds a content item to the plan (section II), under `parentCode` or at the top level.
 * @param index - position among its siblings; appended when undefined
 * @throws {AuthoringError} `code-clash` when the code is taken anywhere in the content tree
 */
export function addContentItem(item: { code: string; text: Bilingual }, parentCode?: string, index?: number): EditCommand {
  return command(`Thêm nội dung kế hoạch '${item.text.vi}'`, `Add plan content item '${item.text.en ?? item.text.vi}'`, (d) => {
    requireCode(item.code);
    const clash = contentPlace(d.plan.contentItems, item.code);
    if (clash) {
      const other = clash.list[clash.index].text;
      refuseClash(item.code, { vi: `nội dung kế hoạch '${other.vi}'`, en: `plan content item '${other.en ?? other.vi}'` });
    }
    let list = d.plan.contentItems;
    if (parentCode !== undefined) {
      const { list: l, index: i } = contentOf(d, parentCode);
      list = l[i].children ??= [];
    }
    insertAt(list, { code: item.code, text: nfc(item.text) }, index);
  });
}

/** Changes the text (vi/en) of a content item; its code and legal references stay. */
export function setContentItemText(code: string, text: Bilingual): EditCommand {
  return command(`Sửa nội dung kế hoạch ${code}`, `Edit plan content item ${code}`, (d) => {
    const { list, index } = contentOf(d, code);
    putText(list[index], 'text', text);
  });
}

/** Moves a content item to `toIndex` among its siblings. */
export function moveContentItem(code: string, toIndex: number): EditCommand {
  return command(`Chuyển nội dung kế hoạch ${code}`, `Move plan content item ${code}`, (d) => {
    const { list, index } = contentOf(d, code);
    moveItem(list, index, toIndex);
  });
}

/** Renames a reporting period ("Quý I/2019"); its id stays. */
export function setPeriodLabel(periodId: string, label: Bilingual): EditCommand {
  return command(`Đổi tên kỳ báo cáo ${periodId}`, `Rename period ${periodId}`, (d) => {
    const p = d.calendar.periods.find((x) => x.id === periodId);
    if (!p) notFound({ vi: `kỳ báo cáo '${periodId}'`, en: `period '${periodId}'` });
    putText(p, 'label', label);
  });
}

/** Renames a period kind ("6 tháng"); its code stays. */
export function setPeriodKindLabel(kindCode: string, label: Bilingual): EditCommand {
  return command(`Đổi tên loại kỳ ${kindCode}`, `Rename period kind ${kindCode}`, (d) => {
    const k = d.calendar.periodKinds.find((x) => x.code === kindCode);
    if (!k) notFound({ vi: `loại kỳ báo cáo '${kindCode}'`, en: `period kind '${kindCode}'` });
    putText(k, 'label', label);
  });
}

/** Renames a category set; its id stays. */
export function setCategorySetTitle(setId: string, title: Bilingual): EditCommand {
  return command(`Đổi tên bộ danh mục ${setId}`, `Rename category set ${setId}`, (d) => {
    const set = d.categorySets.find((s) => s.id === setId);
    if (!set) notFound({ vi: `bộ danh mục '${setId}'`, en: `category set '${setId}'` });
    putText(set, 'title', title);
  });
}

/** Renames a criteria set; its id stays. */
export function setCriteriaSetTitle(setId: string, title: Bilingual): EditCommand {
  return command(`Đổi tên bộ tiêu chí ${setId}`, `Rename criteria set ${setId}`, (d) => {
    const set = d.criteriaSets.find((s) => s.id === setId);
    if (!set) notFound({ vi: `bộ tiêu chí '${setId}'`, en: `criteria set '${setId}'` });
    putText(set, 'title', title);
  });
}
