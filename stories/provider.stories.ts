// <fp-provider>: gives store, packs, language and renderers to every element inside it. Here one
// provider switches the language of a pack-mode form and a calendar at once.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/components/provider/provider.js';
import '../packages/elements/src/components/form/form.js';
import '../packages/elements/src/components/calendar/calendar.js';
import { storyLang } from './support/lang.js';
import { storyRegistry } from './support/story-registry.js';
import { PHU_THUONG, tayHoRegistry, tayHoStore } from './support/tay-ho-pack.js';

const meta: Meta = {
  title: 'Elements/fp-provider', component: 'fp-provider',
  loaders: [async () => ({ store: await tayHoStore(), packs: tayHoRegistry() })],
};
export default meta;

/** One provider, two elements: the calendar of Phú Thượng and its Biểu 01 for the six months. */
export const ProvidesEverything: StoryObj = {
  render: (_a, { loaded, globals }) => html`<fp-provider .store=${loaded.store} .packs=${loaded.packs} .registry=${storyRegistry()} lang=${storyLang({}, globals)}>
    <fp-calendar pack="tay-ho-2018" ward=${PHU_THUONG} today="2018-05-16"></fp-calendar>
    <fp-form pack="tay-ho-2018" form="bieu-01" ward=${PHU_THUONG} period="2018-H1"></fp-form>
  </fp-provider>`,
};
