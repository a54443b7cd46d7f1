// <fp-field>: picks the renderer for a node from the registry; <fp-unsupported> when none applies.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { AjvValidator, FormModel } from '@formplan/core';
import type { SchemaNode } from '@formplan/core';
import '../packages/elements/src/renderers/field/field.js';
import '../packages/elements/src/renderers/unsupported/unsupported.js';
import { storyRegistry } from './support/story-registry.js';
import { storyLang } from './support/lang.js';

const meta: Meta = { title: 'Elements/fp-field', component: 'fp-field' };
export default meta;

const schema: SchemaNode = {
  $id: 'urn:formplan:story:fp-field',
  type: 'object',
  properties: {
    so_tre: { type: 'integer', minimum: 0, 'x-fp-label': { vi: 'Số trẻ em', en: 'Number of children' } },
    ghi_chu: { type: 'string', 'x-fp-label': { vi: 'Ghi chú', en: 'Note' } },
    toa_do: { type: 'null', 'x-fp-label': { vi: 'Không hiển thị được', en: 'Cannot be shown' } },
  },
};

function fields(lang: 'vi' | 'en'): HTMLElement {
  const model = new FormModel({ schema, validator: new AjvValidator(), value: { so_tre: 12 } });
  const registry = storyRegistry();
  const wrap = document.createElement('div');
  for (const [code, node] of Object.entries(schema.properties as Record<string, SchemaNode>)) {
    const f = document.createElement('fp-field');
    Object.assign(f, { model, schema: node, pointer: `/${code}`, lang, registry });
    wrap.append(f);
  }
  return wrap;
}

/** A number, a text and a node no renderer takes (shown as a notice naming its path). */
export const Dispatch: StoryObj = {
  render: (_a, { globals }) => fields(storyLang({}, globals)),
};
