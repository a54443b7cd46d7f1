/**
 * Mounts one renderer element over a real FormModel, the way `<fp-field>` does: the renderer
 * gets `model`, `schema`, `pointer`, `lang`, `readonly`, `required`. One helper for every
 * renderer story, so adding a renderer's stories is a few lines.
 */
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import type { StoryObj } from '@storybook/web-components-vite';
import type { Lang } from '../../packages/elements/src/i18n/lang.js';
import { storyLang } from './lang.js';

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

/** The args of a one-control story group: the value and the two flags. */
export interface ControlArgs<V> {
  value?: V;
  readonly: boolean;
  required: boolean;
}

/** A story of a one-control story group. */
export type ControlStoryObj<V> = StoryObj<ControlArgs<V>>;

/**
 * What a one-control story group's meta shares (spread it after the group's `title`): both flags
 * off, and a `value` control of `kind`.
 */
export function controlArgsMeta(kind: 'text' | 'number'): { args: { readonly: boolean; required: boolean }; argTypes: { value: { control: 'text' | 'number' } } } {
  return { args: { readonly: false, required: false }, argTypes: { value: { control: kind } } };
}

/**
 * A story `render` mounting `tagName` over `schema`, driven by the args (value, readonly,
 * required) and the toolbar's language; `extra` sets more (e.g. `touched`).
 */
export function controlRender<V>(tagName: string, schema: SchemaNode, extra: Partial<ControlStoryOptions> = {}) {
  return (a: ControlArgs<V>, { globals }: { globals: { lang?: unknown } }): HTMLElement =>
    controlStory({ tagName, schema, value: a.value, lang: storyLang({}, globals), readonly: a.readonly, required: a.required, ...extra });
}
