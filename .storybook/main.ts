// Storybook for the formplan elements (web components on Vite). Stories live in stories/,
// one file per element or renderer; stories/support/ holds the shared helpers (models, the pack).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The pack JSON and ajv make the preview chunk large; that is expected for a catalogue.
  viteFinal: async (config) => ({
    ...config,
    build: { ...config.build, chunkSizeWarningLimit: 4096 },
    // @formplan/* from their sources (the "@formplan/source" export condition; see tsconfig.base.json).
    resolve: { ...config.resolve, conditions: ['@formplan/source', ...(config.resolve?.conditions ?? defaultClientConditions)] },
  }),
};

export default config;
