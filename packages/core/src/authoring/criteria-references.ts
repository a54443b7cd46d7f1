/**
 * Rewrites what points at a criteria set when the pack swaps it for another: the self-assessment
 * form generated from it, and expressions naming its criteria through that form
 * (`tu_danh_gia.TC01.…` or `forms.tu_danh_gia.TC01.…`).
 */
import type { PackSource } from '../pack/types.js';
import { AuthoringError } from './authoring-error.js';
import { packExpressions } from './pack-expressions.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Points the forms generated from `oldId` at `newId` and renames criterion codes in expressions
 * through those forms by `mapping`.
 * @throws {AuthoringError} `in-use` when an expression names a criterion with no successor
 */
export function rewriteCriteriaReferences(d: PackSource, oldId: string, newId: string, mapping: Record<string, string | null>): void {
  const generated = d.forms.filter((f) => f['x-fp-from-criteria'] === oldId);
  const newSet = d.criteriaSets.find((s) => s.id === newId);
  for (const f of generated) {
    f['x-fp-from-criteria'] = newId;
    // The generated form says which set it comes from: name the new one, not the old.
    if (newSet) {
      f['x-fp-help'] = {
        vi: `Biểu tự đánh giá được sinh từ bộ tiêu chí "${newSet.title.vi}"; số liệu lấy sẵn từ các biểu báo cáo nơi chỉ tiêu có liên kết.`,
        en: `Generated from the criteria set "${newSet.title.en ?? newSet.title.vi}"; prefilled from the report forms where an indicator is bound.`,
      };
    }
  }
  const newCodes = new Set(d.criteriaSets.find((s) => s.id === newId)?.criteria.map((c) => c.code) ?? []);
  const oldCodes = new Set(d.criteriaSets.find((s) => s.id === oldId)?.criteria.map((c) => c.code) ?? []);
  const names = generated.flatMap((f) => [f['x-fp-id'], f['x-fp-id'].replace(/-/g, '_')]).map(escapeRegExp);
  if (names.length === 0) return;
  const re = new RegExp(`(?<![A-Za-z0-9_$.])((?:forms\\.)?(?:${[...new Set(names)].join('|')})\\.)([A-Za-z][A-Za-z0-9_]*)`, 'g');
  const dangling: string[] = [];
  for (const e of packExpressions(d)) {
    const text = e.text.replace(re, (whole, head: string, code: string) => {
      if (!oldCodes.has(code)) return whole;
      const to = Object.prototype.hasOwnProperty.call(mapping, code) ? mapping[code] : (newCodes.has(code) ? code : null);
      if (to === null) {
        dangling.push(`${code} (${e.pointer})`);
        return whole;
      }
      return head + to;
    });
    if (text !== e.text) e.set(text);
  }
  if (dangling.length > 0) {
    throw new AuthoringError('in-use', {
      vi: `Chưa đổi được bộ tiêu chí: các biểu thức sau vẫn dùng tiêu chí cũ không có tiêu chí tương ứng: ${dangling.join('; ')}.`,
      en: `Cannot swap the criteria set: these expressions still name old criteria with no successor: ${dangling.join('; ')}.`,
    }, { pointer: dangling[0].slice(dangling[0].indexOf('(') + 1, -1) });
  }
}
