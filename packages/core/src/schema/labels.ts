/**
 * Labels and schema lookups derived from a resolved schema, one rule for every element and the
 * host: `x-fp-label` in the language, else its Vietnamese, else `title`, else the code.
 */
import type { Bilingual } from '../pack/types.js';
import { parsePointer } from '../common/json-pointer.js';
import type { SchemaNode } from './resolved-form.js';

function isText(v: unknown): v is Bilingual {
  return v !== null && typeof v === 'object' && typeof (v as { vi?: unknown }).vi === 'string';
}

/**
 * The label of a schema node in both languages: a copy of `x-fp-label`, else `title`, else `code`.
 * @param node - a schema node (`undefined` gives the code)
 * @param code - the node's property name, the label of last resort
 */
export function labelText(node: SchemaNode | undefined, code: string): Bilingual {
  const l = node?.['x-fp-label'];
  if (isText(l) && l.vi) return typeof l.en === 'string' ? { vi: l.vi, en: l.en } : { vi: l.vi };
  const title = typeof node?.title === 'string' && node.title ? node.title : code;
  return { vi: title, en: title };
}

/**
 * The label of a schema node in one language: `x-fp-label[lang]`, else `x-fp-label.vi`, else
 * `title`, else `code`.
 * @example
 * ```ts
 * fieldLabel({ 'x-fp-label': { vi: 'Nam', en: 'Male' } }, 'nam', 'en'); // 'Male'
 * fieldLabel({}, 'nam', 'vi'); // 'nam'
 * ```
 */
export function fieldLabel(node: SchemaNode | undefined, code: string, lang: 'vi' | 'en'): string {
  const l = node?.['x-fp-label'];
  if (isText(l)) {
    const own = lang === 'en' && typeof l.en === 'string' ? l.en : '';
    if (own || l.vi) return own || l.vi;
  }
  return typeof node?.title === 'string' && node.title ? node.title : code;
}

/**
 * The schema node of the value at `pointer` (or path segments): `properties` are followed, and
 * an array's `items` stands for every index.
 * @returns the node, or `undefined` when the schema does not describe that place
 */
export function schemaAt(schema: SchemaNode, pointer: string | readonly string[]): SchemaNode | undefined {
  const path = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  let node: SchemaNode | undefined = schema;
  for (const seg of path) {
    if (!node) return undefined;
    const props = node.properties as Record<string, SchemaNode> | undefined;
    if (props && Object.prototype.hasOwnProperty.call(props, seg)) node = props[seg];
    else if (node.items && typeof node.items === 'object') node = node.items as SchemaNode;
    else return undefined;
  }
  return node;
}

/**
 * The labels of the schema nodes along `pointer`, one per segment, in one language (a segment the
 * schema does not describe is labelled by itself).
 */
export function labelPath(schema: SchemaNode, pointer: string, lang: 'vi' | 'en'): string[] {
  const labels: string[] = [];
  let node: SchemaNode | undefined = schema;
  for (const seg of parsePointer(pointer)) {
    node = node ? schemaAt(node, [seg]) : undefined;
    labels.push(fieldLabel(node, seg, lang));
  }
  return labels;
}
