// Global story settings: a toolbar switch between Vietnamese (default) and English, read by
// every story through `context.globals.lang`.
import type { Preview } from '@storybook/web-components-vite';

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
