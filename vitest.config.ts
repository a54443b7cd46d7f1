import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Pure logic in node; anything named *.browser.test.ts runs in chromium through wtr instead.
export default defineConfig({
  // @formplan/* from their sources (the "@formplan/source" export condition; see tsconfig.base.json).
  ssr: { resolve: { conditions: ['@formplan/source', ...defaultServerConditions] } },
  test: {
    include: ['packages/core/src/**/*.test.ts', 'packages/cli/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
