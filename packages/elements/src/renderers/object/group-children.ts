/**
 * The children of an object group, planned once per schema/registry/model (which renderer, light
 * cell, light group or element), and what the group shows of them as of the last model change:
 * one model subscription per group element, not one per field.
 */
import { formatPointer, getAt } from '@formplan/core';
import type { FieldError, FormModel, SchemaNode } from '@formplan/core';
import { errorsKey, sameFieldView } from '../../controllers/model-controller.js';
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
  /**
   * A light group: an object child the built-in group renders whose own children are all light
   * cells is painted in this group's shadow root (a `<fieldset>`), not as an element of its own.
   */
  group?: readonly GroupChild[];
}

/** The built-in group renderer: its object children whose children are all light cells are painted inline. */
const GROUP_TAG = 'fp-object-renderer';

/**
 * The children of an object node below `pointer`, in display order.
 * @param inline - planning a light group's children (whose own object children stay elements)
 */
export function planChildren(schema: SchemaNode, pointer: string, model: FormModel | undefined, registry: RendererRegistry | undefined, inline = false): GroupChild[] {
  const props = (schema.properties ?? {}) as Record<string, SchemaNode>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as unknown[]) : []);
  return childKeys(schema).map((key) => {
    const node = props[key];
    const ptr = pointer + formatPointer([key]);
    const entry = model && registry?.pick(node, { rootSchema: model.schema, pointer: ptr });
    const child: GroupChild = { key, node, pointer: ptr, required: required.has(key), leaf: lightLeafOf(entry?.tagName), tag: entry?.tagName };
    if (!inline && entry?.tagName === GROUP_TAG) {
      const inner = planChildren(node, ptr, model, registry, true);
      if (inner.length > 0 && inner.every((g) => g.leaf)) child.group = inner;
    }
    return child;
  });
}

/** What a light group shows: its own errors, and its children's hidden flags and cell views. */
export interface GroupView {
  errors: readonly FieldError[];
  /** one flag per child of the group, `1` hidden */
  hidden: string;
  views: readonly ChildView[];
}

/** The view of one child: a light cell's, a light group's, or none (an element child). */
export type ChildView = LeafView | GroupView | undefined;

/** Whether a child's view is a light group's. */
export const isGroupView = (v: ChildView): v is GroupView => v !== undefined && 'views' in v;

/** Whether a child's view is a light cell's. */
export const isLeafView = (v: ChildView): v is LeafView => v !== undefined && !('views' in v);

/** What a group shows of its children: which are hidden, and each light cell's or light group's view. */
export interface ChildrenView {
  plan: readonly GroupChild[];
  /** one flag per child, `1` hidden */
  hidden: string;
  /** per child, the view of a light cell or light group (undefined for element children) */
  views: readonly ChildView[];
}

/** The cells' views of `plan` (children of the value `value`), each kept from `old` when it shows the same. */
function cellViews(model: FormModel, value: unknown, plan: readonly GroupChild[], old: readonly ChildView[] | undefined) {
  let hidden = '';
  const views: ChildView[] = [];
  plan.forEach((c, i) => {
    const h = model.isHidden(c.pointer);
    hidden += h ? '1' : '0';
    const was = old?.[i];
    if (c.group) return views.push(groupView(model, getAt(value, [c.key]), c, isGroupView(was) ? was : undefined));
    if (!c.leaf) return views.push(undefined);
    const view: LeafView = { value: getAt(value, [c.key]), errors: model.visibleErrorsAt(c.pointer), hidden: h };
    if (c.leaf.kind === 'computed') view.computed = computedKey(model, c.pointer);
    views.push(isLeafView(was) && was.computed === view.computed && sameFieldView(was, view) ? was : view);
  });
  return { hidden, views };
}

function groupView(model: FormModel, value: unknown, c: GroupChild, was: GroupView | undefined): GroupView {
  const inner = cellViews(model, value, c.group ?? [], was?.views);
  const view: GroupView = { errors: model.visibleErrorsAt(c.pointer), ...inner };
  const same = was && was.hidden === view.hidden && was.views.every((v, i) => v === view.views[i]) && errorsKey(was.errors) === errorsKey(view.errors);
  return same ? was : view;
}

/**
 * The children's view now (`pointer`: the group's). A light cell's (or light group's) view object
 * is kept from `prev` when it shows the same, so a repaint skips unchanged cells (they are guarded
 * by their view).
 */
export function childrenView(model: FormModel, pointer: string, plan: readonly GroupChild[], prev: ChildrenView | undefined): ChildrenView {
  // the group's value once, not one pointer parse per child
  const { hidden, views } = cellViews(model, model.get(pointer), plan, prev?.plan === plan ? prev.views : undefined);
  return { plan, hidden, views };
}

/** Whether two children views show the same (same plan, hidden flags and cell views). */
export function sameChildrenView(a: ChildrenView, b: ChildrenView): boolean {
  return a.plan === b.plan && a.hidden === b.hidden && a.views.every((v, i) => v === b.views[i]);
}
