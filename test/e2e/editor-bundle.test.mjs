// The administrator's file (dist/formplan-editor.js) on a page that already has the ward file
// (dist/formplan.js): the editor imports formplan.js and the district's file from its folder, so
// every custom element is defined once (a second customElements.define of a name throws) and the
// editor's preview is the page's own <fp-form>. <fp-schema-editor> edits the 2018 pack beside a
// plain-schema <fp-form>; both render, nothing throws, axe finds nothing. Builds dist when missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FILES } from '../../bench/bundle-size.mjs';
import { axeViolations } from './support/axe.mjs';
import { distSession, watchedPage } from './support/dist-page.mjs';
import { editorPreviewShown, editorRoutes } from './support/editor-page.mjs';

let session;
let server;
let browser;

before(async () => {
  session = await distSession(await editorRoutes());
  ({ server, browser } = session);
});

after(() => session?.close());

test('formplan.js then formplan-editor.js: each element defined once, the editor beside an <fp-form>, both render', async () => {
  const { page, errors } = await watchedPage(browser);
  // count every definition before any module runs
  await page.addInitScript(() => {
    window.__defined = {};
    const define = window.customElements.define.bind(window.customElements);
    window.customElements.define = (name, ...rest) => {
      window.__defined[name] = (window.__defined[name] ?? 0) + 1;
      return define(name, ...rest);
    };
  });
  await page.goto(`${server.url}/editor.html`);

  // the plain form renders and takes a number
  const count = page.locator('fp-form#plain').getByLabel('Số trẻ em');
  await count.waitFor({ timeout: 20_000 });
  await count.fill('12');
  await count.press('Tab');
  await page.waitForFunction(() => document.getElementById('plain').value?.so_tre_em === 12, null, { timeout: 5_000 });

  // the editor renders its tabs and its preview of Biểu 02 with the page's own <fp-form>
  await editorPreviewShown(page);
  await page.waitForFunction(() => document.querySelector('fp-schema-editor').currentProblems !== undefined);

  const defined = await page.evaluate(() => window.__defined);
  for (const name of ['fp-form', 'fp-provider', 'fp-field', 'fp-schema-editor', 'fp-rollover', 'fp-editor-preview', 'fp-calendar', 'fp-aggregate']) {
    assert.equal(defined[name], 1, `<${name}> is defined once (${defined[name] ?? 0})`);
  }
  assert.deepEqual(Object.entries(defined).filter(([, n]) => n !== 1), [], 'no element is defined twice');
  // one copy of lit: the editor's elements and the ward file's share the same LitElement
  assert.ok(await page.evaluate(() => {
    const base = (name) => {
      let c = window.customElements.get(name);
      while (c && Object.getPrototypeOf(c).name !== 'HTMLElement') c = Object.getPrototypeOf(c);
      return c;
    };
    return base('fp-schema-editor') === base('fp-form');
  }), 'the editor and the form extend one ReactiveElement');
  const scripts = [...new Set(server.requests)].filter((p) => p.endsWith('.js')).sort();
  assert.deepEqual(scripts.filter((p) => !FILES.some((f) => `/${f.name}` === p) && p !== '/editor-page.js'), [], `only dist files and the page's module: ${scripts.join()}`);

  assert.deepEqual(errors, []);
  assert.deepEqual(await axeViolations(page), [], 'axe on the page with the editor and the form');
  await page.close();
});
