// The reference host app. `npm start` serves it; `npm run build:host` builds it into host/dist.
import { defaultClientConditions, defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { packJsonPlugin } from './pack-plugin.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // @formplan/* from their sources (the "@formplan/source" export condition; see tsconfig.base.json).
  resolve: { conditions: ['@formplan/source', ...defaultClientConditions] },
  // The one-file bundle (packages/elements/dist/formplan.js) is served as /formplan.js, as a
  // foreign portal would host it; `npm start` builds it first.
  publicDir: fileURLToPath(new URL('../packages/elements/dist', import.meta.url)),
  plugins: [packJsonPlugin(fileURLToPath(new URL('../schemas/packs', import.meta.url)))],
  server: { port: 5173, strictPort: false, host: '127.0.0.1', fs: { allow: [repo] } },
  preview: { port: 4173, host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The embed page must load nothing but formplan.js: no polyfill script (every supported browser has modulepreload).
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        embed: fileURLToPath(new URL('./embed.html', import.meta.url)),
      },
    },
  },
});
