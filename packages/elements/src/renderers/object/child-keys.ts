/** The order of an object's children: `x-fp-order` first, then any other properties. */
import type { SchemaNode } from '@formplan/core';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The property names of an object node in display order: those listed in `x-fp-order` (that
 * exist), then the remaining `properties` in their own order. Prototype-reaching names and
 * retired fields are never returned.
 * @example
 * ```ts
 * childKeys({ properties: { a: {}, b: {} }, 'x-fp-order': ['b'] }); // ['b', 'a']
 * ```
 */
export function childKeys(node: SchemaNode): string[] {
  const props = node.properties && typeof node.properties === 'object' ? (node.properties as Record<string, unknown>) : {};
  // retired fields (`x-fp-retired`) stay in the schema for old data but are not offered for entry
  const own = Object.keys(props).filter((k) => !FORBIDDEN.has(k) && (props[k] as SchemaNode | undefined)?.['x-fp-retired'] !== true);
  const order = Array.isArray(node['x-fp-order']) ? (node['x-fp-order'] as unknown[]).filter((k): k is string => typeof k === 'string') : [];
  const out: string[] = [];
  for (const k of order) if (own.includes(k) && !out.includes(k)) out.push(k);
  for (const k of own) if (!out.includes(k)) out.push(k);
  return out;
}
