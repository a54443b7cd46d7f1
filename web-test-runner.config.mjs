// Browser tests in Debian chromium (headless). CHROME_PATH overrides /usr/bin/chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { chromePath } from './test/chrome-path.mjs';
import { cjsToEsmPlugin } from './test/wtr-cjs-plugin.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));

/** Packages such as immer read `process.env.NODE_ENV`, which a browser lacks: fix it as a bundler would. */
const nodeEnvPlugin = {
  name: 'node-env',
  transform(context) {
    if (context.path.includes('/node_modules/') && typeof context.body === 'string' && context.body.includes('process.env.NODE_ENV')) {
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"production"') };
    }
    return undefined;
  },
};

export default {
  files: [
    'packages/**/src/**/*.browser.test.ts',
    'packages/elements/src/**/*.test.ts',
    'test/browser/**/*.test.ts',
    '!**/node_modules/**',
  ],
  // "@formplan/source": @formplan/* from their sources (see tsconfig.base.json).
  nodeResolve: { exportConditions: ['@formplan/source', 'browser', 'import', 'default'] },
  rootDir,
  plugins: [
    nodeEnvPlugin,
    cjsToEsmPlugin({ rootDir, from: fileURLToPath(new URL('./packages/core/package.json', import.meta.url)), specifiers: ['ajv/dist/2020.js', 'ajv-formats'] }),
    // esbuild does not follow `extends`: point it at the file that sets the decorator mode.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--no-first-run', '--disable-sync'],
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
};
