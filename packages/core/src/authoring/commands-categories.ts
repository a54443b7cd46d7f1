/** Commands on category sets, shared by every form that takes rows or columns from them. */
import type { Bilingual } from '../common/bilingual.js';
import type { CategoryItem, CategorySet, PackSource } from '../pack/types.js';
import { flattenItems } from '../schema/lookup.js';
import { AuthoringError } from './authoring-error.js';
import { command, ID_PATTERN, insertAt, moveItem, notFound, refuseClash, requireCode, writeText } from './draft-access.js';
import type { EditCommand } from './edit-session.js';
import { categorySetUsage } from './usage.js';

function setOf(d: PackSource, id: string): CategorySet {
  const set = d.categorySets.find((s) => s.id === id);
  if (!set) notFound({ vi: `bộ danh mục '${id}'`, en: `category set '${id}'` });
  return set;
}

/** The list holding an item (the set's items or its parent's children) and its index there. */
function itemPlace(set: CategorySet, code: string): { list: CategoryItem[]; index: number } {
  const find = (list: CategoryItem[]): { list: CategoryItem[]; index: number } | undefined => {
    for (let i = 0; i < list.length; i++) {
      if (list[i].code === code) return { list, index: i };
      const inner = find(list[i].children ?? []);
      if (inner) return inner;
    }
    return undefined;
  };
  const place = find(set.items);
  if (!place) notFound({ vi: `mục '${code}' trong bộ danh mục '${set.id}'`, en: `item '${code}' in category set '${set.id}'` });
  return place;
}

/** An emptied `children` list goes (the meta-schema wants at least one child when present). */
function dropEmptyChildren(items: CategoryItem[]): void {
  for (const it of items) {
    if (it.children && it.children.length === 0) delete it.children;
    else if (it.children) dropEmptyChildren(it.children);
  }
}

/** Adds an empty category set. */
export function addCategorySet(id: string, title: Bilingual): EditCommand {
  return command(`Thêm bộ danh mục '${title.vi}'`, `Add category set '${title.en ?? title.vi}'`, (d) => {
    requireCode(id, ID_PATTERN);
    const clash = d.categorySets.find((s) => s.id === id);
    if (clash) refuseClash(id, { vi: `bộ danh mục '${clash.title.vi}'`, en: `category set '${clash.title.en ?? clash.title.vi}'` });
    d.categorySets.push({ id, title: structuredClone(title), exclusive: false, items: [], provenance: { status: 'proposed' } });
  });
}

/** Adds an item to a set (under `parentCode` when given) at `index` (appended when undefined). */
export function addCategoryItem(setId: string, code: string, label: Bilingual, parentCode?: string, index?: number): EditCommand {
  return command(`Thêm mục '${label.vi}' vào bộ danh mục ${setId}`, `Add item '${label.en ?? label.vi}' to category set ${setId}`, (d) => {
    requireCode(code);
    const set = setOf(d, setId);
    const clash = flattenItems(set.items).find((i) => i.code === code);
    if (clash) refuseClash(code, { vi: `mục '${clash.label.vi}' của bộ danh mục ${setId}`, en: `item '${clash.label.en ?? clash.label.vi}' of category set ${setId}` });
    let list = set.items;
    if (parentCode !== undefined) {
      const { list: l, index: i } = itemPlace(set, parentCode);
      list = (l[i].children ??= []);
    }
    insertAt(list, { code, label: structuredClone(label) }, index);
  });
}

/** Relabels an item (its code stays). */
export function setCategoryItemLabel(setId: string, code: string, label: Bilingual): EditCommand {
  return command(`Đổi tên mục '${code}' của bộ danh mục ${setId}`, `Rename item '${code}' of category set ${setId}`, (d) => {
    const { list, index } = itemPlace(setOf(d, setId), code);
    writeText(list[index], 'label', label);
  });
}

/** Moves an item among its siblings. */
export function moveCategoryItem(setId: string, code: string, toIndex: number): EditCommand {
  return command(`Chuyển mục '${code}' của bộ danh mục ${setId}`, `Move item '${code}' of category set ${setId}`, (d) => {
    const { list, index } = itemPlace(setOf(d, setId), code);
    moveItem(list, index, toIndex);
  });
}

/** Retires an item (kept for old data, not offered for entry) or restores it. */
export function retireCategoryItem(setId: string, code: string, retired: boolean): EditCommand {
  const [vi, en] = retired ? ['Ngừng dùng', 'Retire'] : ['Dùng lại', 'Restore'];
  return command(`${vi} mục '${code}' của bộ danh mục ${setId}`, `${en} item '${code}' of category set ${setId}`, (d) => {
    const { list, index } = itemPlace(setOf(d, setId), code);
    if (retired) list[index].retired = true;
    else delete list[index].retired;
  });
}

/**
 * Deletes an item that no form uses.
 * @throws {AuthoringError} `in-use` naming the forms that take rows or columns from the set
 */
export function deleteCategoryItem(setId: string, code: string): EditCommand {
  return command(`Xóa mục '${code}' của bộ danh mục ${setId}`, `Delete item '${code}' of category set ${setId}`, (d) => {
    const set = setOf(d, setId);
    const { list, index } = itemPlace(set, code);
    const uses = categorySetUsage(d, setId);
    if (uses.length > 0) {
      const forms = [...new Set(uses.map((u) => u.formId))].join(', ');
      throw new AuthoringError('in-use', {
        vi: `Không xóa được mục '${code}': bộ danh mục ${setId} đang được dùng trong ${forms}. Hãy ngừng dùng mục này (dữ liệu cũ vẫn đọc được).`,
        en: `Cannot delete item '${code}': category set ${setId} is used by ${forms}. Retire the item instead (old data stays readable).`,
      }, { pointer: uses[0].pointer });
    }
    list.splice(index, 1);
    dropEmptyChildren(set.items);
  });
}
