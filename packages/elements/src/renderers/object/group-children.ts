/**
 * The children of an object group, planned once per schema/registry/model (which renderer, light
 * cell or element), and what the group shows of them as of the last model change: one model
 * subscription per group, not one per field.
 */
import { formatPointer, getAt } from '@formplan/core';
import type { FormModel, SchemaNode } from '@formplan/core';
import { sameFieldView } from '../../controllers/model-controller.js';
import type { RendererRegistry } from '../registry.js';
import { childKeys } from './child-keys.js';
import { lightLeafOf } from './light-leaf.js';
import type { LeafView, LightLeaf } from './light-leaf.js';
import { computedKey } from './light-computed.js';

/** One child of a group. */
export interface GroupChild {
  key: string;
  node: SchemaNode;
  pointer: string;
  required: boolean;
  /** the light cell kind; undefined: the child gets its renderer element */
  leaf?: LightLeaf;
  /** the tag the registry picked for the node (an element child is rendered with it, if defined) */
  tag?: string;
}

/** The children of an object node below `pointer`, in display order. */
export function planChildren(schema: SchemaNode, pointer: string, model: FormModel | undefined, registry: RendererRegistry | undefined): GroupChild[] {
  const props = (schema.properties ?? {}) as Record<string, SchemaNode>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as unknown[]) : []);
  return childKeys(schema).map((key) => {
    const node = props[key];
    const ptr = pointer + formatPointer([key]);
    const entry = model && registry?.pick(node, { rootSchema: model.schema, pointer: ptr });
    return { key, node, pointer: ptr, required: required.has(key), leaf: lightLeafOf(entry?.tagName), tag: entry?.tagName };
  });
}

/** What a group shows of its children: which are hidden, and each light cell's view. */
export interface ChildrenView {
  plan: readonly GroupChild[];
  /** one flag per child, `1` hidden */
  hidden: string;
  /** per child, the view of a light cell (undefined for element children) */
  views: readonly (LeafView | undefined)[];
}

/**
 * The children's view now (`pointer`: the group's). A light cell's view object is kept from `prev` when it shows the same,
 * so a repaint skips unchanged cells (they are guarded by their view).
 */
export function childrenView(model: FormModel, pointer: string, plan: readonly GroupChild[], prev: ChildrenView | undefined): ChildrenView {
  // the group's value once, not one pointer parse per child
  const group = model.get(pointer);
  let hidden = '';
  const views: (LeafView | undefined)[] = [];
  const old = prev?.plan === plan ? prev.views : undefined;
  plan.forEach((c, i) => {
    const h = model.isHidden(c.pointer);
    hidden += h ? '1' : '0';
    if (!c.leaf) return views.push(undefined);
    const view: LeafView = { value: getAt(group, [c.key]), errors: model.visibleErrorsAt(c.pointer), hidden: h };
    if (c.leaf.kind === 'computed') view.computed = computedKey(model, c.pointer);
    const was = old?.[i];
    views.push(was && was.computed === view.computed && sameFieldView(was, view) ? was : view);
  });
  return { plan, hidden, views };
}

/** Whether two children views show the same (same plan, hidden flags and cell views). */
export function sameChildrenView(a: ChildrenView, b: ChildrenView): boolean {
  return a.plan === b.plan && a.hidden === b.hidden && a.views.every((v, i) => v === b.views[i]);
}
