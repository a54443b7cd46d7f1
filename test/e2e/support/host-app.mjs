// The built host app (host/dist, built first when missing) served on 127.0.0.1, and chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveDir } from './serve-dir.mjs';

const DIST = fileURLToPath(new URL('../../../host/dist/', import.meta.url));

/**
 * Serves the built host and launches chromium.
 * @returns {Promise<{ url: string, browser: import('playwright-core').Browser, close: () => Promise<void> }>}
 */
export async function startHostApp() {
  if (!existsSync(DIST + 'index.html') || !existsSync(DIST + 'formplan.js')) {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'npm run build failed');
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
