// Global story settings: a toolbar switch between Vietnamese (default) and English, read by
// every story through `context.globals.lang`. The docs pages (a story's `component: 'fp-…'`) read
// the elements' attributes, properties, events, slots, parts and CSS properties from the same
// custom-elements.json the package publishes (regenerate with `npm run analyze -w @formplan/elements`).
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '@formplan/elements/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    lang: {
      description: 'Ngôn ngữ giao diện / Interface language',
      toolbar: {
        title: 'Ngôn ngữ / Language',
        icon: 'globe',
        items: [
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'vi' },
};

export default preview;
