/** The order of an object's children: `x-fp-order` first, then any other properties. */
import type { SchemaNode } from '@formplan/core';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The property names of an object node in display order: those listed in `x-fp-order` (that
 * exist), then the remaining `properties` that are not retired, in their own order. Prototype-reaching names are
 * never returned.
 * @example
 * ```ts
 * childKeys({ properties: { a: {}, b: {} }, 'x-fp-order': ['b'] }); // ['b', 'a']
 * ```
 */
export function childKeys(node: SchemaNode): string[] {
  const props = node.properties && typeof node.properties === 'object' ? (node.properties as Record<string, unknown>) : {};
  const own = Object.keys(props).filter((k) => !FORBIDDEN.has(k));
  const ownSet = new Set(own);
  const order = Array.isArray(node['x-fp-order']) ? (node['x-fp-order'] as unknown[]).filter((k): k is string => typeof k === 'string') : [];
  const out = new Set<string>();
  for (const k of order) if (ownSet.has(k)) out.add(k);
  // A retired field (`x-fp-retired`, left out of the order by core) is not offered for entry.
  for (const k of own) if (!out.has(k) && (props[k] as SchemaNode | undefined)?.['x-fp-retired'] !== true) out.add(k);
  return [...out];
}
