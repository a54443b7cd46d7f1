/**
 * Mounts one renderer element over a real FormModel, the way `<fp-field>` does: the renderer
 * gets `model`, `schema`, `pointer`, `lang`, `readonly`, `required`. One helper for every
 * renderer story, so adding a renderer's stories is a few lines.
 */
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import type { Lang } from '../../packages/elements/src/i18n/lang.js';

/** What a control story shows. */
export interface ControlStoryOptions {
  /** the renderer's tag, e.g. `fp-number-renderer` */
  tagName: string;
  /** the schema node of the one field */
  schema: SchemaNode;
  /** the field's starting value (missing when undefined) */
  value?: unknown;
  lang: Lang;
  readonly?: boolean;
  required?: boolean;
  /** mark the field touched so its errors show at once */
  touched?: boolean;
  /** other properties to give the element (e.g. a registry) */
  props?: Record<string, unknown>;
}

let counter = 0;

/**
 * Builds a one-field form model and the renderer element bound to it at `/f`.
 * @returns the element, with the model on `element.model`
 */
export function controlStory(o: ControlStoryOptions): HTMLElement {
  const root: SchemaNode = {
    $id: `urn:formplan:story:${o.tagName}:${++counter}`,
    type: 'object',
    properties: { f: o.schema },
    ...(o.required ? { required: ['f'] } : {}),
  };
  const model = new FormModel({ schema: root, validator: new AjvValidator(), value: o.value === undefined ? {} : { f: o.value } });
  if (o.touched) model.touch('/f');
  const el = document.createElement(o.tagName);
  Object.assign(el, { model, schema: o.schema, pointer: '/f', lang: o.lang, readonly: !!o.readonly, required: !!o.required, ...o.props });
  return el;
}
