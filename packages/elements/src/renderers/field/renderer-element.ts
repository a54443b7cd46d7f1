/**
 * The renderer element of one schema node: the tag the registry picks (never a tag from schema
 * text), created with `document.createElement` and given the node's properties. `<fp-field>`
 * uses it, and an object group uses it for its element children directly, so a group of groups
 * does not pay one wrapper element per child.
 */
import type { FormModel, SchemaNode } from '@formplan/core';
import type { Lang } from '../../i18n/lang.js';
import type { RendererRegistry } from '../registry.js';

/** Properties every renderer element accepts. */
export interface RendererProps {
  model?: FormModel;
  schema: SchemaNode;
  pointer: string;
  lang: Lang;
  readonly: boolean;
  required: boolean;
  registry?: RendererRegistry;
}

/** A renderer element (any custom element taking {@link RendererProps}). */
export type RendererElement = HTMLElement & Partial<RendererProps>;

/** The tag to render a node with: the registry's pick when it is defined, else `fp-unsupported`. */
export function rendererTagOf(props: Pick<RendererProps, 'model' | 'registry' | 'schema' | 'pointer'>): string {
  const entry = props.model && props.registry?.pick(props.schema, { rootSchema: props.model.schema, pointer: props.pointer });
  return definedTag(entry?.tagName);
}

/** `tag` when it is a defined element, else `fp-unsupported`. */
export function definedTag(tag: string | undefined): string {
  return tag !== undefined && customElements.get(tag) ? tag : 'fp-unsupported';
}

/**
 * The element `tag` with `props`: `prev` when it already is one (its properties updated; Lit
 * elements repaint only for changed values), else a new one.
 */
export function rendererElement(prev: RendererElement | undefined, tag: string, props: RendererProps): RendererElement {
  const el = prev && prev.localName === tag ? prev : (document.createElement(tag) as RendererElement);
  el.model = props.model;
  el.schema = props.schema;
  el.pointer = props.pointer;
  el.lang = props.lang;
  el.readonly = props.readonly;
  el.required = props.required;
  el.registry = props.registry;
  return el;
}
