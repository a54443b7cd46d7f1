// Serving the built files of packages/elements/dist and watching a page that loads them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DIST, FILES } from '../../../bench/bundle-size.mjs';
import { launchChromium } from '../../../bench/lib/chromium.mjs';
import { serveStatic } from '../../../bench/lib/static-server.mjs';

/** Routes for serveStatic: every file of dist at its name, and an empty favicon. */
export function distRoutes() {
  return {
    ...Object.fromEntries(FILES.map((f) => [`/${f.name}`, `${DIST}${f.name}`])),
    '/favicon.ico': { body: '', type: 'image/x-icon' },
  };
}

/**
 * A new page that collects its uncaught errors and console errors.
 * @param {import('playwright-core').Browser} browser
 * @returns {Promise<{ page: import('playwright-core').Page, errors: string[] }>}
 */
export async function watchedPage(browser) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { page, errors };
}

/**
 * Builds dist when a file of it is missing, serves it (with `routes`) and launches chromium.
 * @param {Record<string, string | { type?: string, body: string | Buffer }>} [routes] - more routes for serveStatic
 * @returns {Promise<{ server: Awaited<ReturnType<typeof serveStatic>>, browser: import('playwright-core').Browser, close: () => Promise<void> }>}
 */
export async function distSession(routes = {}) {
  if (FILES.some((f) => !existsSync(`${DIST}${f.name}`))) {
    const r = spawnSync('npm', ['run', 'build', '-w', '@formplan/elements'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'building dist failed');
  }
  const server = await serveStatic({ ...routes, ...distRoutes() });
  const browser = await launchChromium();
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
