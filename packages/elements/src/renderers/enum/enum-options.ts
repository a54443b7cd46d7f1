/**
 * The choices of an enum node with their labels, from (in order of preference) the category
 * items the resolver inlines (`x-fp-category.items[{code, label}]`), `oneOf` entries of
 * `const` + `title`/`x-fp-label`, or the raw values. Values keep their JSON type.
 */
import type { SchemaNode } from '@formplan/core';
import { fieldLabel } from '@formplan/core';
import type { Bilingual } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import { pick } from '../../i18n/lang.js';

/** One choice: the stored value and the text shown for it. */
export interface EnumOption {
  value: unknown;
  label: string;
}

/** Most choices an enum control shows (a larger list is cut, never rendered whole). */
export const MAX_ENUM_OPTIONS = 2000;

function isText(v: unknown): v is Bilingual {
  return !!v && typeof v === 'object' && typeof (v as Bilingual).vi === 'string';
}

/** A value as plain text: strings as they are, other JSON as JSON, missing as empty. */
export function valueText(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Whether two JSON values are the same choice (primitives by identity, others by JSON). */
export function sameChoice(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') return valueText(a) === valueText(b);
  return false;
}

function categoryLabels(node: SchemaNode, lang: Lang): Map<unknown, string> {
  const out = new Map<unknown, string>();
  const cat = node['x-fp-category'] as { items?: unknown } | undefined;
  if (cat && Array.isArray(cat.items)) {
    for (const item of cat.items as { code?: unknown; label?: unknown }[]) {
      if (item && typeof item === 'object' && isText(item.label)) out.set(item.code, pick(item.label, lang));
    }
  }
  return out;
}

/**
 * The choices of an enum node in `lang`.
 * @example
 * ```ts
 * enumOptions({ oneOf: [{ const: 1, title: 'Nam' }, { const: 2, title: 'Nữ' }] }, 'vi');
 * // [{ value: 1, label: 'Nam' }, { value: 2, label: 'Nữ' }]
 * ```
 */
export function enumOptions(node: SchemaNode, lang: Lang): EnumOption[] {
  const labels = categoryLabels(node, lang);
  const labelOf = (value: unknown, own?: string) => own || labels.get(value) || valueText(value);
  if (Array.isArray(node.enum)) {
    return (node.enum as unknown[]).slice(0, MAX_ENUM_OPTIONS).map((value) => ({ value, label: labelOf(value) }));
  }
  if (Array.isArray(node.oneOf)) {
    const out: EnumOption[] = [];
    for (const entry of (node.oneOf as unknown[]).slice(0, MAX_ENUM_OPTIONS)) {
      if (!entry || typeof entry !== 'object' || !('const' in entry)) continue;
      const e = entry as SchemaNode;
      const own = fieldLabel(e, '', lang);
      out.push({ value: e.const, label: labelOf(e.const, own) });
    }
    return out;
  }
  if ('const' in node) return [{ value: node.const, label: labelOf(node.const) }];
  return [];
}
