// The ward file (dist/formplan.js) works on a plain HTML page with nothing else: no import map, no
// other script, no server logic. The district file registers the district's elements on a page
// that hosts its siblings, and loads the XLSX writer only when asked. Builds dist when it is missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_PATH, COMPILE_HINT, DIST, FILES, FORBIDDEN_STRINGS, bundleReport, distReport } from '../../bench/bundle-size.mjs';
import { distSession, watchedPage } from './support/dist-page.mjs';
import { PLAIN_SCHEMA } from './support/plain-schema.mjs';

const EDITOR_PATH = `${DIST}formplan-editor.js`;
const DISTRICT_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>formplan district</title>
<script type="module" src="formplan-district.js"></script>
</head><body></body></html>`;

const SCHEMA = PLAIN_SCHEMA;

const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>formplan bundle</title>
<script type="module" src="formplan.js"></script>
</head><body>
<fp-form></fp-form>
<script type="module">
  const form = document.querySelector('fp-form');
  window.__submits = [];
  form.addEventListener('fp-submit', (e) => window.__submits.push(e.detail));
  form.schema = ${JSON.stringify(SCHEMA)};
</script>
</body></html>`;

let session;
let server;
let browser;

before(async () => {
  session = await distSession({
    '/': { body: PAGE, type: 'text/html; charset=utf-8' },
    '/district.html': { body: DISTRICT_PAGE, type: 'text/html; charset=utf-8' },
  });
  ({ server, browser } = session);
});

after(() => session?.close());

test('fp-form from the bundle alone renders a schema, takes a number and submits', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => window.customElements.get('fp-form') !== undefined, null, { timeout: 10_000 });

  // Rendered: the labelled number input exists inside the form's shadow tree.
  const input = page.locator('fp-form [data-pointer="/so_tre_em"]').first();
  await input.waitFor({ timeout: 10_000 });
  await assert.doesNotReject(page.getByText('Số trẻ em').first().waitFor({ timeout: 5_000 }));

  // Typing a number updates the form value.
  await input.click();
  await input.pressSequentially('1234');
  await input.press('Tab');
  await page.waitForFunction(() => document.querySelector('fp-form').value?.so_tre_em === 1234, null, { timeout: 5_000 });

  // Submitting fires fp-submit with the value.
  const button = page.locator('fp-form button[type="submit"], fp-form [part~="submit"]').first();
  await button.click();
  await page.waitForFunction(() => window.__submits.length > 0, null, { timeout: 5_000 });
  const submits = await page.evaluate(() => window.__submits);
  assert.equal(submits.length, 1);
  assert.equal(submits[0].value.so_tre_em, 1234);

  // Nothing but the page, the bundle and its run-time chunk (the interpreter) was fetched: no parser
  // for a schema without expressions, and nothing went wrong on the page.
  assert.deepEqual([...new Set(server.requests)].filter((p) => p !== '/favicon.ico').sort(), ['/', '/formplan-runtime.js', '/formplan.js']);
  assert.equal(await page.evaluate(() => ['fp-calendar', 'fp-aggregate', 'fp-plan', 'fp-assessment'].filter((n) => window.customElements.get(n)).join()), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the district file registers the district elements, loading its siblings and XLSX only on demand', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/district.html`);
  const names = ['fp-provider', 'fp-form', 'fp-calendar', 'fp-aggregate', 'fp-plan', 'fp-assessment'];
  await page.waitForFunction((n) => n.every((x) => window.customElements.get(x) !== undefined), names, { timeout: 10_000 });
  // (formplan.js also fetches its run-time chunk once the page is idle, for the first form)
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/formplan-runtime.js')), null, { timeout: 10_000 });
  assert.deepEqual(requests.filter((p) => p.endsWith('.js')).sort(), ['/formplan-calendar.js', '/formplan-district.js', '/formplan-parser.js', '/formplan-runtime.js', '/formplan.js']);
  // The XLSX chunk is a module of its own that loads when an export asks for it.
  const exported = await page.evaluate(async () => Object.keys(await import('/formplan-xlsx.js')).length);
  assert.ok(exported > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// Its size limit is checked by `npm run bench:size`.
test('every file imports only its siblings; the ward file holds no other user\'s code', () => {
  for (const r of distReport()) assert.deepEqual(r.problems, [], `${r.spec.name}: ${r.problems.join('; ')}`);
  const ward = readFileSync(BUNDLE_PATH, 'utf8');
  for (const s of FORBIDDEN_STRINGS) assert.equal(ward.includes(s), false, `dist/formplan.js contains '${s}'`);
  assert.equal(ward.includes('process.env'), false, 'dist/formplan.js reads process.env, which a page lacks');
  const editor = readFileSync(EDITOR_PATH, 'utf8');
  assert.ok(editor.includes('fp-schema-editor'), 'dist/formplan-editor.js defines <fp-schema-editor>');
  assert.ok(editor.includes('fp-rollover'), 'dist/formplan-editor.js defines <fp-rollover>');
  assert.equal(editor.includes('process.env'), false, 'dist/formplan-editor.js reads process.env, which a page lacks');
});

// The files a form mounts with are compiled whole when they load (docs/benchmarks.md, "Compile hint").
test('the ward file and its run-time chunk carry V8\'s compile hint, the other files do not', () => {
  const head = (name) => readFileSync(`${DIST}${name}`, 'utf8').split('\n', 3);
  for (const name of ['formplan.js', 'formplan-runtime.js']) assert.ok(head(name).includes(COMPILE_HINT), `${name} starts with ${COMPILE_HINT}`);
  for (const name of ['formplan-district.js', 'formplan-editor.js', 'formplan-xlsx.js']) assert.equal(head(name).includes(COMPILE_HINT), false, name);
  // the check notices a ward file built without it
  const dir = mkdtempSync(join(tmpdir(), 'fp-hint-'));
  try {
    const bare = join(dir, 'formplan.js');
    writeFileSync(bare, readFileSync(BUNDLE_PATH, 'utf8').split('\n').filter((l) => l !== COMPILE_HINT).join('\n'));
    assert.deepEqual(bundleReport(bare, FILES[0]).problems, [`lacks the compile hint '${COMPILE_HINT}' in its first lines`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
