import type { CategoryItem, CategorySet, Bilingual, PackSource } from '../pack/types.js';

import { FormplanError } from '../common/formplan-error.js';

/** Thrown by the resolver when a form names something the pack lacks (the loader checks first). */
export class ResolveError extends FormplanError {
  /** JSON Pointer in the authored form */
  declare readonly pointer: string;
  /**
   * @param messages - what is missing, Vietnamese first
   * @param pointer - where in the form
   */
  constructor(messages: Bilingual, pointer: string) {
    super('resolve', messages, { pointer });
    this.name = 'ResolveError';
  }
}

/** Finds a category set by id or throws {@link ResolveError}. */
export function categorySet(pack: PackSource, id: unknown, pointer: string): CategorySet {
  const set = pack.categorySets.find((s) => s.id === id);
  if (!set) throw new ResolveError({ vi: `không có bộ danh mục ${String(id)}`, en: `unknown category set ${String(id)}` }, pointer);
  return set;
}

/** Every item of a category set, depth first (children after their parent). */
export function flattenItems(items: readonly CategoryItem[]): CategoryItem[] {
  const out: CategoryItem[] = [];
  const walk = (list: readonly CategoryItem[]): void => {
    for (const it of list) {
      out.push(it);
      if (it.children) walk(it.children);
    }
  };
  walk(items);
  return out;
}

/** Copies a localized text (so resolved schemas share nothing with the pack). */
export function copyText(t: Bilingual): Bilingual {
  return t.en === undefined ? { vi: t.vi } : { vi: t.vi, en: t.en };
}

/** Deep-copies plain JSON data. */
export function cloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
