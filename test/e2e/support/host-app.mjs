// The built host app (host/dist) in chromium for an end-to-end test file: builds it when missing,
// serves it, opens one browser context (one IndexedDB) shared by the file's steps, and closes
// everything after. Also the steps every host test takes: open a page on a viewing date, choose
// a role, check accessibility.
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
 * Registers the `before`/`after` hooks and returns the session's helpers.
 * @param {{ today: string }} options - the default viewing date (`?today=`)
 */
export function hostApp({ today }) {
  const s = { server: undefined, browser: undefined, page: undefined };
  before(async () => {
    if (!existsSync(DIST + 'index.html') || !existsSync(DIST + 'formplan.js')) {
      const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
      assert.equal(r.status, 0, 'npm run build failed');
    }
    s.server = await serveDir(DIST);
    s.browser = await launchChromium();
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    s.page = await context.newPage();
    s.page.setDefaultTimeout(60_000);
    s.page.on('pageerror', (e) => console.error('pageerror:', e.message));
  });
  after(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return {
    /** the page (after `before` ran) */
    get page() {
      return s.page;
    },
    /** opens a route of the app on a viewing date */
    async open(hash, on = today) {
      await s.page.goto(`${s.server.url}/?today=${on}${hash}`);
      await s.page.locator('formplan-host').waitFor();
    },
    /** chooses a role on the role page (switching first when one is chosen) */
    async chooseRole(name) {
      const switcher = s.page.getByRole('button', { name: /Đổi vai trò|Switch role/ });
      if (await switcher.count()) await switcher.click();
      await s.page.getByRole('button', { name, exact: true }).click();
    },
    /** fails with the axe violations of the page, if any */
    async expectAccessible(label) {
      const violations = await axeViolations(s.page);
      assert.deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
    },
  };
}
