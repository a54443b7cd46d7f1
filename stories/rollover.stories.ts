// <fp-rollover>: the new-year wizard on the real Tây Hồ 2018 pack, in Vietnamese and in English,
// with a MemoryStore holding a ward's 2018 draft of Biểu 01 for the preview step. The story logs
// `fp-rollover-create` to the console.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Store } from '@formplan/core';
import type { Lang } from '../packages/elements/src/i18n/lang.js';
import '../packages/elements/src/components/rollover/rollover.js';
import type { FpRolloverCreateEvent } from '../packages/elements/src/components/rollover/rollover.js';
import { PHU_THUONG, tayHoMetaSchemas, tayHoPack, tayHoStore } from './support/tay-ho-pack.js';

async function storeWithLastYear(): Promise<Store> {
  const store = await tayHoStore();
  const pack = tayHoPack();
  await store.saveDraft({ packId: pack.manifest.id, packVersion: pack.manifest.version, formId: 'bieu-01', ward: PHU_THUONG, period: '2018-H1' },
    { thong_tin: { nguoi_lap: 'Nguyễn Thị Lan' } }, 0);
  return store;
}

const meta: Meta = {
  title: 'Editor/fp-rollover (Tây Hồ 2018 → 2019)', component: 'fp-rollover',
  loaders: [async () => ({ store: await storeWithLastYear() })],
};
export default meta;

type Story = StoryObj;

function wizard(lang: Lang): Story {
  return {
    name: lang === 'vi' ? 'Tiếng Việt' : 'English',
    render: (_a, { loaded }) => html`<fp-rollover lang=${lang} .packs=${[tayHoPack()]} .metaSchemas=${tayHoMetaSchemas()} .store=${loaded.store}
      @fp-rollover-create=${(e: FpRolloverCreateEvent) => console.info('fp-rollover-create', e.detail)}></fp-rollover>`,
  };
}

export const Vietnamese = wizard('vi');
export const English = wizard('en');
