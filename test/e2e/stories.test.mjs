// Every story of the static Storybook build renders in chromium: something visible in the story
// root (looking through open shadow roots) and no page error. Builds storybook-static when missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { serveStatic } from '../../bench/lib/static-server.mjs';
import { launchChromium } from '../../bench/lib/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../storybook-static', import.meta.url));

function routesOf(dir) {
  const routes = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else routes[`/${p.slice(dir.length + 1)}`] = p;
    }
  };
  walk(dir);
  return routes;
}

let server;
let browser;
let stories = [];

before(async () => {
  if (!existsSync(join(ROOT, 'index.json'))) {
    const r = spawnSync('npm', ['run', 'storybook:build'], { stdio: 'inherit' });
    assert.equal(r.status, 0, 'npm run storybook:build failed');
  }
  const index = JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8'));
  stories = Object.values(index.entries).filter((e) => e.type === 'story').map((e) => e.id);
  server = await serveStatic(routesOf(ROOT), { cache: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// Text inside the story root, looking through open shadow roots (runs in the page).
function storyText() {
  const deep = (n) => {
    let s = '';
    for (const c of n.childNodes) {
      if (c.nodeType === 3) s += c.textContent;
      else {
        s += deep(c);
        if (c.shadowRoot) s += deep(c.shadowRoot);
      }
    }
    return s;
  };
  const root = window.document.querySelector('#storybook-root');
  return root ? deep(root).replace(/\s+/g, ' ').trim() : '';
}

test('the Storybook build has stories and each one renders without errors', async () => {
  assert.ok(stories.length >= 5, `expected stories, found ${stories.length}`);
  const failures = [];
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // One page; stories are switched through the preview's channel (Storybook's own
  // setCurrentStory / storyRendered events), so the preview bundle loads only once.
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(stories[0])}&viewMode=story`);
  await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    window.__storyEvents = [];
    for (const name of ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing']) {
      channel.on(name, (arg) => window.__storyEvents.push({ name, arg: typeof arg === 'string' ? arg : JSON.stringify(arg ?? null).slice(0, 300) }));
    }
  });
  for (const [i, id] of stories.entries()) {
    errors = [];
    if (i > 0) {
      await page.evaluate((storyId) => {
        window.__storyEvents = [];
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, id);
      await page
        .waitForFunction(() => window.__storyEvents.length > 0, null, { timeout: 20_000 })
        .catch(() => failures.push(`${id}: no render event`));
      const events = await page.evaluate(() => window.__storyEvents);
      for (const e of events) if (e.name !== 'storyRendered') failures.push(`${id}: ${e.name} ${e.arg}`);
    }
    const text = await page
      .waitForFunction(storyText, null, { timeout: 20_000 })
      .then((h) => h.jsonValue())
      .catch(() => '');
    if (!text) failures.push(`${id}: nothing rendered`);
    // Storybook shows its error panel (and marks the body) when a story throws or fails to load.
    if (await page.evaluate(() => window.document.body.classList.contains('sb-show-errordisplay'))) failures.push(`${id}: Storybook shows an error`);
    if (errors.length > 0) failures.push(`${id}: ${errors.join('; ')}`);
  }
  await page.close();
  assert.deepEqual(failures, []);
});

test('a story\'s controls come from custom-elements.json: attributes, properties, events, CSS properties and parts', async () => {
  const id = stories.find((s) => s.startsWith('elements-fp-form-schema-mode--'));
  assert.ok(id, 'the fp-form (schema mode) stories');
  const page = await browser.newPage();
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue !== undefined, null, { timeout: 60_000 });
  const argTypes = await page.evaluate(async (storyId) => {
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
    return Object.fromEntries(Object.entries(story.argTypes).map(([name, t]) => [name, t.table?.category]));
  }, id);
  await page.close();
  for (const [name, category] of [['pack-version', 'attributes'], ['schema', 'properties'], ['fp-submit', 'events'], ['--fp-form-max-width', 'css custom properties'], ['summary', 'css shadow parts']]) {
    assert.equal(argTypes[name], category, `${name} (${category}) in the controls of ${id}`);
  }
});
