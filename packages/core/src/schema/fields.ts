import type { Bilingual } from '../pack/types.js';
import type { FieldInfo, SchemaNode } from './resolved-form.js';
import { labelText } from './labels.js';
import { formatPointer } from '../common/json-pointer.js';

function join(a: Bilingual[]): Bilingual {
  const vi = a.map((l) => l.vi).join(' › ');
  const en = a.every((l) => l.en !== undefined) ? a.map((l) => l.en).join(' › ') : undefined;
  return en === undefined ? { vi } : { vi, en };
}

/** Keys in display order; retired fields and hidden matrix rows (`x-fp-retired`) are not offered for entry. */
function orderedKeys(node: SchemaNode): string[] {
  const all = (node.properties ?? {}) as Record<string, SchemaNode>;
  const props = Object.keys(all).filter((k) => all[k]?.['x-fp-retired'] !== true);
  const order = Array.isArray(node['x-fp-order']) ? (node['x-fp-order'] as string[]) : [];
  return [...order.filter((k) => props.includes(k)), ...props.filter((k) => !order.includes(k))];
}

/**
 * Lists the leaf fields of a resolved schema in display order (`x-fp-order`, then the rest).
 * Objects with properties are walked; anything else (including arrays) is a leaf.
 * @param schema - a resolved form schema
 */
export function collectFields(schema: SchemaNode): FieldInfo[] {
  const out: FieldInfo[] = [];
  const walk = (node: SchemaNode, path: string[], labels: Bilingual[], required: boolean): void => {
    if (node.properties !== undefined && typeof node.properties === 'object') {
      const req = (node.required as string[] | undefined) ?? [];
      const props = node.properties as Record<string, SchemaNode>;
      for (const k of orderedKeys(node)) {
        const child = props[k];
        walk(child, [...path, k], [...labels, labelText(child, k)], req.includes(k));
      }
      return;
    }
    const code = path[path.length - 1] ?? '';
    const f: FieldInfo = {
      pointer: formatPointer(path),
      path,
      type: Array.isArray(node.type) ? (node.type as string[]).join('|') : String(node.type ?? 'unknown'),
      label: labelText(node, code),
      fullLabel: join(labels),
      readOnly: node.readOnly === true || typeof node['x-fp-computed'] === 'string',
      required,
    };
    if (typeof node['x-fp-computed'] === 'string') f.computed = node['x-fp-computed'] as string;
    out.push(f);
  };
  walk(schema, [], [], false);
  return out;
}
