// Serving the built files of packages/elements/dist and watching a page that loads them.
import { DIST, FILES } from '../../../bench/bundle-size.mjs';

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
