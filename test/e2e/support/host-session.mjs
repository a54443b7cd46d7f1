// One browser session over the built host app (host/dist, built when missing) for the end-to-end
// tests: the server, a chromium page in a vi-VN context, and the steps every test uses.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveDir } from './serve-dir.mjs';
import { axeViolations } from './axe.mjs';

const DIST = fileURLToPath(new URL('../../../host/dist/', import.meta.url));

/**
 * Starts the server and the browser; call `close()` after the tests.
 * @returns {Promise<{ server: { url: string, close(): Promise<void> }, browser: any, context: any, page: any, close(): Promise<void> }>}
 */
export async function startHostSession() {
  if (!existsSync(DIST + 'index.html') || !existsSync(DIST + 'formplan.js')) {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'npm run build failed');
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  return {
    server, browser, context, page,
    async close() {
      await browser?.close();
      await server?.close();
    },
  };
}

/** Opens the host at a hash on a viewing date (`?today=`). */
export async function openAt(page, serverUrl, hash, today = '2018-05-16') {
  await page.goto(`${serverUrl}/?today=${today}${hash}`);
  await page.locator('formplan-host').waitFor();
}

/** Chooses a role by its button's name (switching role first when one is chosen). */
export async function chooseRoleOn(page, name) {
  const switcher = page.getByRole('button', { name: /Đổi vai trò|Switch role/ });
  if (await switcher.count()) await switcher.click();
  await page.getByRole('button', { name, exact: true }).click();
}

/** Fails with the axe violations (WCAG 2 A/AA) of the page, if any. */
export async function assertAccessible(page, label) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
}
