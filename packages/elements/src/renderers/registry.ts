/**
 * The renderer registry: entries `{ tester, tagName }`; the best-ranked entry for a schema node
 * renders it. Embedders add entries (they do not replace the list).
 */
import { pickRenderer } from '@formplan/core';
import type { RankedTester, SchemaNode, TesterContext } from '@formplan/core';

/** One renderer: the custom element `tagName` renders nodes its tester ranks. */
export interface RendererEntry {
  tester: RankedTester;
  tagName: string;
}

/**
 * An ordered list of renderer entries.
 * @example
 * ```ts
 * const registry = defaultRegistry().with({ tester: rankWith(20, optionIs('stars')), tagName: 'my-stars' });
 * ```
 */
export class RendererRegistry {
  readonly entries: readonly RendererEntry[];

  constructor(entries: readonly RendererEntry[] = []) {
    this.entries = entries;
  }

  /** A new registry with `entries` added after these (later entries win ties). */
  with(...entries: RendererEntry[]): RendererRegistry {
    return new RendererRegistry([...this.entries, ...entries]);
  }

  /** The best entry for a node, or undefined when none applies. */
  pick(node: SchemaNode, ctx: TesterContext): RendererEntry | undefined {
    return pickRenderer(this.entries, node, ctx);
  }
}
