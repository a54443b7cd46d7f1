// <fp-schema-editor> over a draft of the real Tây Hồ 2018 pack, in Vietnamese and in English:
// the forms tab with Biểu 02's matrix as a grid, undo/redo, the problems list and the preview.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { EditSession } from '@formplan/core';
import type { PackSource } from '@formplan/core';
import type { Lang } from '../packages/elements/src/i18n/lang.js';
import '../packages/elements/src/editor.js';
import { tayHoMetaSchemas, tayHoPack } from './support/tay-ho-pack.js';

const meta: Meta = { title: 'Editor/fp-schema-editor (Tây Hồ 2018 pack)', component: 'fp-schema-editor' };
export default meta;

type Story = StoryObj;

function editor(lang: Lang, formId: string): Story {
  return {
    name: `${formId} (${lang})`,
    render: () => {
      const session = new EditSession(structuredClone(tayHoPack()) as PackSource);
      return html`<fp-schema-editor .session=${session} .metaSchemas=${tayHoMetaSchemas()} lang=${lang} form-id=${formId}></fp-schema-editor>`;
    },
  };
}

export const Bieu02 = editor('vi', 'bieu-02');
export const Bieu02En = editor('en', 'bieu-02');
export const Bieu01 = editor('vi', 'bieu-01');
