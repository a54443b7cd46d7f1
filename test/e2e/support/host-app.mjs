// The built host app (host/dist) served locally with a headless chromium: what the host
// end-to-end tests share. Builds the app when host/dist is missing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveDir } from './serve-dir.mjs';

/** The built host app's folder. */
export const DIST = fileURLToPath(new URL('../../../host/dist/', import.meta.url));

/**
 * Builds the host app when it is missing, serves it and launches chromium.
 * @returns {Promise<{ server: { url: string, close: () => Promise<void> }, browser: import('playwright-core').Browser }>}
 */
export async function startHostApp() {
  if (!existsSync(DIST + 'index.html') || !existsSync(DIST + 'formplan.js')) {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'npm run build failed');
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  return { server, browser };
}
