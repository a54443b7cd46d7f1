// The built host app (host/dist) in chromium for an end-to-end test: a server, one browser
// context (one IndexedDB, shared by the test's steps) and its page, with the steps every test
// takes: open a route on a viewing date, choose a role, check accessibility.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveDir } from './serve-dir.mjs';
import { axeViolations } from './axe.mjs';

const DIST = fileURLToPath(new URL('../../../host/dist/', import.meta.url));

/**
 * Starts the built host app; it builds nothing (run `npm run build` first).
 * @param {{ locale?: string }} [options]
 */
export async function startHostApp({ locale = 'vi-VN' } = {}) {
  assert.ok(existsSync(DIST + 'index.html'), 'host/dist is missing: run `npm run build` first');
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  return {
    page,
    /** Opens a route (`#/…`) on a viewing date. */
    async open(hash, today = '2018-05-16') {
      await page.goto(`${server.url}/?today=${today}${hash}`);
      await page.locator('formplan-host').waitFor();
    },
    /** Chooses a role by its button's name (switching role first when one is chosen). */
    async chooseRole(name) {
      const switcher = page.getByRole('button', { name: /Đổi vai trò|Switch role/ });
      if (await switcher.count()) await switcher.click();
      await page.getByRole('button', { name, exact: true }).click();
    },
    /** Fails with the list of axe violations (WCAG 2 A and AA) on the page. */
    async expectAccessible(label) {
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Builds the host app when it is missing, serves it and launches chromium.
 * @returns {Promise<{ server: { url: string, close: () => Promise<void> }, browser: import('playwright-core').Browser }>}
 */
export async function serveHostApp() {
  if (!existsSync(DIST + 'index.html') || !existsSync(DIST + 'formplan.js')) {
    const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'npm run build failed');
  }
  const server = await serveDir(DIST);
  const browser = await launchChromium();
  return { server, browser };
}

/**
 * {@link startHostApp} for a whole test file: registers the `before`/`after` hooks and returns
 * the steps, opening pages on `today` unless told otherwise.
 * @param {{ today: string }} options - the default viewing date (`?today=`)
 */
export function hostApp({ today }) {
  let app;
  before(async () => {
    app = await startHostApp();
  });
  after(() => app?.close());
  return {
    /** the page (after `before` ran) */
    get page() {
      return app.page;
    },
    open: (hash, on = today) => app.open(hash, on),
    chooseRole: (name) => app.chooseRole(name),
    expectAccessible: (label) => app.expectAccessible(label),
  };
}
