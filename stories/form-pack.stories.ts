// <fp-form> in pack mode: the eight appendix forms (Biểu 01–08) of the real Tây Hồ 2018 pack,
// in Vietnamese and in English, for Phường Phú Thượng, inside an <fp-provider> with a
// MemoryStore (drafts autosave to it) and a StaticPackRegistry.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Lang } from '../packages/elements/src/i18n/lang.js';
import '../packages/elements/src/components/provider/provider.js';
import '../packages/elements/src/components/form/form.js';
import './support/story-registry.js';
import { PHU_THUONG, periodFor, tayHoPack, tayHoRegistry, tayHoStore } from './support/tay-ho-pack.js';

const meta: Meta = {
  title: 'Elements/fp-form (Tây Hồ 2018 pack)',
  loaders: [async () => ({ store: await tayHoStore(), packs: tayHoRegistry() })],
};
export default meta;

type Story = StoryObj;

function bieu(formId: string, lang: Lang): Story {
  return {
    name: `${formId} (${lang})`,
    render: (_a, { loaded }) => {
      const pack = tayHoPack();
      return html`<fp-provider .store=${loaded.store} .packs=${loaded.packs} lang=${lang}>
        <fp-form pack=${pack.manifest.id} form=${formId} ward=${PHU_THUONG} period=${periodFor(formId)}></fp-form>
      </fp-provider>`;
    },
  };
}

export const Bieu01 = bieu('bieu-01', 'vi');
export const Bieu01En = bieu('bieu-01', 'en');
export const Bieu02 = bieu('bieu-02', 'vi');
export const Bieu02En = bieu('bieu-02', 'en');
export const Bieu03 = bieu('bieu-03', 'vi');
export const Bieu03En = bieu('bieu-03', 'en');
export const Bieu04 = bieu('bieu-04', 'vi');
export const Bieu04En = bieu('bieu-04', 'en');
export const Bieu05 = bieu('bieu-05', 'vi');
export const Bieu05En = bieu('bieu-05', 'en');
export const Bieu06 = bieu('bieu-06', 'vi');
export const Bieu06En = bieu('bieu-06', 'en');
export const Bieu07 = bieu('bieu-07', 'vi');
export const Bieu07En = bieu('bieu-07', 'en');
export const Bieu08 = bieu('bieu-08', 'vi');
export const Bieu08En = bieu('bieu-08', 'en');
