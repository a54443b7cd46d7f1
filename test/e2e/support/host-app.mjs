// The built host app (host/dist) in chromium for the end-to-end tests: one way to serve it
// (building it when missing), to open a page on it, and the steps every test takes: open a route
// on a viewing date, choose a role, check accessibility.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveDir } from './serve-dir.mjs';
import { axeViolations } from './axe.mjs';

const DIST = fileURLToPath(new URL('../../../host/dist/', import.meta.url));

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
 * A new page in a context of its own (one "computer": its own IndexedDB and localStorage), or in
 * `context` when given; page errors are printed.
 * @param {import('playwright-core').Browser} browser
 * @param {{ context?: import('playwright-core').BrowserContext, locale?: string, acceptDownloads?: boolean }} [options]
 */
export async function newHostPage(browser, { context, locale = 'vi-VN', acceptDownloads = true } = {}) {
  const ctx = context ?? await browser.newContext({ viewport: { width: 1366, height: 900 }, locale, acceptDownloads });
  const page = await ctx.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  return page;
}

/**
 * The server, the browser and one page in a vi-VN context; call `close()` after the tests.
 * @param {{ locale?: string }} [options]
 */
export async function startHostSession({ locale = 'vi-VN' } = {}) {
  const { server, browser } = await serveHostApp();
  const page = await newHostPage(browser, { locale });
  return {
    server, browser, context: page.context(), page,
    async close() {
      await browser.close();
      await server.close();
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

/**
 * {@link startHostSession} with its steps bound to its page, opening routes on `today` (default
 * 16/05/2018) unless told otherwise.
 * @param {{ locale?: string, today?: string }} [options]
 */
export async function startHostApp({ locale = 'vi-VN', today = '2018-05-16' } = {}) {
  const s = await startHostSession({ locale });
  return {
    page: s.page,
    open: (hash, on = today) => openAt(s.page, s.server.url, hash, on),
    chooseRole: (name) => chooseRoleOn(s.page, name),
    expectAccessible: (label) => assertAccessible(s.page, label),
    close: () => s.close(),
  };
}

/**
 * {@link startHostApp} for a whole test file: registers the `before`/`after` hooks.
 * @param {{ today: string }} options - the default viewing date (`?today=`)
 */
export function hostApp({ today }) {
  let app;
  before(async () => {
    app = await startHostApp({ today });
  });
  after(() => app?.close());
  return {
    /** the page (after `before` ran) */
    get page() {
      return app.page;
    },
    open: (hash, on) => app.open(hash, on),
    chooseRole: (name) => app.chooseRole(name),
    expectAccessible: (label) => app.expectAccessible(label),
  };
}
