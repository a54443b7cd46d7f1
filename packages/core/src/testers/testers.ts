/**
 * Ranked testers (the JSON Forms idea): each renderer says how well it fits a schema node, the
 * best rank wins. Pure functions, no DOM; the elements package holds the registry entries.
 *
 * Rank bands: 1 generic by type; 2–9 built-in specific cases (format, enum, matrix);
 * 10+ an explicit `x-fp-widget`; embedders use {@link withIncreasedRank} over what they replace.
 */

import type { SchemaNode } from '../schema/resolved-form.js';

/** What a tester knows besides the node. */
export interface TesterContext {
  /** the whole resolved form schema */
  rootSchema: SchemaNode;
  /** JSON Pointer of the node's value in the data */
  pointer: string;
}

/** How well a renderer fits a node: {@link NOT_APPLICABLE} or a rank (higher wins). */
export type RankedTester = (node: SchemaNode, ctx: TesterContext) => number;

/** A boolean test on a node. */
export type Tester = (node: SchemaNode, ctx: TesterContext) => boolean;

/** The rank of a renderer that does not apply. */
export const NOT_APPLICABLE = -1;

/** The node's type, ignoring a `null` alternative (`['integer', 'null']` is `integer`). */
export function schemaType(node: SchemaNode): string | undefined {
  const t = node.type;
  if (typeof t === 'string') return t;
  if (Array.isArray(t)) {
    const nonNull = t.filter((x) => x !== 'null');
    return nonNull.length === 1 ? String(nonNull[0]) : undefined;
  }
  if (Array.isArray(node.enum) || 'const' in node) return 'enum';
  if (node.properties && typeof node.properties === 'object') return 'object';
  return undefined;
}

/** True when the node's type is one of `types`. */
export const schemaTypeIs =
  (...types: string[]): Tester =>
  (node) =>
    types.includes(schemaType(node) ?? '');

/** True when the node has `format: <format>`. */
export const formatIs =
  (format: string): Tester =>
  (node) =>
    node.format === format;

/** True when the node asks for a widget with `x-fp-widget`. */
export const optionIs =
  (widget: string): Tester =>
  (node) =>
    node['x-fp-widget'] === widget;

/** True when the node carries the keyword. */
export const hasKeyword =
  (keyword: string): Tester =>
  (node) =>
    Object.prototype.hasOwnProperty.call(node, keyword);

/** True when the node has an `enum` (or `oneOf` of `const`s). */
export const isEnum: Tester = (node) =>
  Array.isArray(node.enum) || (Array.isArray(node.oneOf) && (node.oneOf as SchemaNode[]).every((o) => o && typeof o === 'object' && 'const' in o));

/** All testers hold. */
export const and =
  (...testers: Tester[]): Tester =>
  (node, ctx) =>
    testers.every((t) => t(node, ctx));

/** Any tester holds. */
export const or =
  (...testers: Tester[]): Tester =>
  (node, ctx) =>
    testers.some((t) => t(node, ctx));

/** The tester does not hold. */
export const not =
  (tester: Tester): Tester =>
  (node, ctx) =>
    !tester(node, ctx);

/**
 * A ranked tester that gives `rank` when `tester` holds.
 * @example
 * ```ts
 * const numberTester = rankWith(1, schemaTypeIs('integer', 'number'));
 * ```
 */
export const rankWith =
  (rank: number, tester: Tester): RankedTester =>
  (node, ctx) =>
    tester(node, ctx) ? rank : NOT_APPLICABLE;

/** The same tester, ranked `by` higher where it applies (to replace a built-in renderer). */
export const withIncreasedRank =
  (by: number, tester: RankedTester): RankedTester =>
  (node, ctx) => {
    const r = tester(node, ctx);
    return r === NOT_APPLICABLE ? r : r + by;
  };

/**
 * The entry with the highest rank for the node, or `undefined` when none applies. On a tie
 * the entry registered later wins, so an embedder's entry beats a built-in of the same rank.
 */
export function pickRenderer<E extends { tester: RankedTester }>(
  entries: readonly E[],
  node: SchemaNode,
  ctx: TesterContext,
): E | undefined {
  let best: E | undefined;
  let bestRank = NOT_APPLICABLE;
  for (const e of entries) {
    let r: number;
    try {
      r = e.tester(node, ctx);
    } catch {
      r = NOT_APPLICABLE; // a faulty tester never breaks rendering
    }
    if (r !== NOT_APPLICABLE && r >= bestRank) {
      best = e;
      bestRank = r;
    }
  }
  return best;
}
