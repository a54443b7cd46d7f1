// A ward portal under a strict Content-Security-Policy (`default-src 'self'; script-src 'self';
// style-src 'self'`: no 'unsafe-eval', no 'unsafe-inline') embeds Biểu 02 by pack, with the
// validators `formplan build` compiled ahead of time, and a plain-schema form. Both render, a
// negative count shows the Vietnamese error, a draft saves to IndexedDB and is read back after a
// reload, and the browser reports no policy violation. The administrator's editor on such a page
// checks its drafts with the interpreter (no ajv code): an edit shows its problem, again without
// a violation. Builds dist/formplan.js when it is missing; runs `formplan build` into a temporary
// folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_PATH, DIST, FILES } from '../../bench/bundle-size.mjs';
import { serveStatic } from '../../bench/lib/static-server.mjs';
import { launchChromium } from '../../bench/lib/chromium.mjs';
import { editorPage, editorPreviewShown, editorRoutes } from './support/editor-page.mjs';
import { PLAIN_SCHEMA } from './support/plain-schema.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const PACK = 'tay-ho-2018-1.0.0';
const NEGATIVE = 'Phải là số không âm';
const cell = (row, col) => `fp-form#pack [data-pointer="/so_lieu/${row}/${col}"]`;


// No inline script or style anywhere: the page's own code is a same-origin module too.
const PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin phường (CSP)</title>
<script type="module" src="/formplan.js"></script>
<script type="module" src="/page.js"></script>
</head><body><main>
<h1>Báo cáo công tác trẻ em</h1>
<fp-provider pack-src="/packs/${PACK}.pack.json" validators-src="/packs/${PACK}.validators.js">
  <fp-form id="pack" pack="tay-ho-2018" form="bieu-02" ward="P00091" period="2018-H1"></fp-form>
</fp-provider>
<h2>Biểu tự do</h2>
<fp-form id="plain"></fp-form>
</main></body></html>`;
const PAGE_JS = `document.getElementById('plain').schema = ${JSON.stringify(PLAIN_SCHEMA)};\n`;
// A ward page with only the pack form: its expressions come parsed in the validators module.
const PACK_PAGE = PAGE.replace(/<script type="module" src="\/page.js"><\/script>\n/, '').replace(/<h2>Biểu tự do[\s\S]*?<\/fp-form>\n/, '');

let out;
let editor;
let server;
let browser;

before(async () => {
  if (!existsSync(BUNDLE_PATH)) {
    const r = spawnSync('npm', ['run', 'build', '-w', '@formplan/elements'], { cwd: ROOT, stdio: 'inherit' });
    assert.equal(r.status, 0, 'building dist/formplan.js failed');
  }
  out = mkdtempSync(join(tmpdir(), 'fp-csp-'));
  const built = spawnSync('node', ['packages/cli/bin/formplan.mjs', 'build', 'schemas/packs/tay-ho-2018', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(built.status, 0, `formplan build failed: ${built.stderr}`);
  server = await serveStatic({
    '/': { body: PAGE, type: 'text/html; charset=utf-8' },
    '/page.js': { body: PAGE_JS, type: 'text/javascript; charset=utf-8' },
    '/pack.html': { body: PACK_PAGE, type: 'text/html; charset=utf-8' },
    // the ward file and its siblings (the interpreter chunk it imports on demand): same origin, 'self'
    ...Object.fromEntries(FILES.map((f) => [`/${f.name}`, `${DIST}${f.name}`])),
    '/favicon.ico': { body: '', type: 'image/x-icon' },
    [`/packs/${PACK}.pack.json`]: join(out, `${PACK}.pack.json`),
    [`/packs/${PACK}.validators.js`]: join(out, `${PACK}.validators.js`),
    ...(editor = await editorRoutes({ interpret: true })),
    '/editor-ajv.html': { body: editorPage({ interpret: false }), type: 'text/html; charset=utf-8' },
  }, { headers: { 'content-security-policy': CSP } });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** A page that records every policy violation (from before any page script runs) and every console message. */
async function cspPage() {
  const page = await browser.newPage();
  const problems = [];
  const console = [];
  page.on('console', (m) => {
    console.push(m.text());
    if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  // 10/05/2018: the six-month period of 2018 is open for entry
  await page.clock.setFixedTime(new Date('2018-05-10T09:00:00+07:00'));
  return { page, problems, console };
}

/** Whatever the page reported about the policy: none is allowed. */
async function assertNoViolations(page, problems) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'securitypolicyviolation events');
  assert.deepEqual(problems, [], 'console errors / page errors');
}

test('under script-src \'self\' without unsafe-eval: Biểu 02 by pack and a plain schema render, validate in Vietnamese and save a draft', async () => {
  const { page, problems, console } = await cspPage();
  const response = await page.goto(server.url);
  assert.equal(response?.headers()['content-security-policy'], CSP);

  // both forms render
  const first = page.locator(cell('HCDB_01', 'duoi_6__nam'));
  await first.waitFor({ timeout: 20_000 });
  await page.locator('fp-form#plain').getByLabel('Số trẻ em').waitFor();
  assert.ok(server.requests.includes(`/packs/${PACK}.validators.js`), 'the validators module was loaded');

  // a negative count: the Vietnamese message, from the precompiled validator (no fallback said)
  await first.fill('-3');
  await first.press('Tab');
  await page.locator('fp-form#pack').getByText(NEGATIVE).first().waitFor();
  await page.locator('fp-form#plain').getByLabel('Số trẻ em').fill('-1');
  await page.locator('fp-form#plain').getByLabel('Số trẻ em').press('Tab');
  await page.locator('fp-form#plain').getByText(NEGATIVE).first().waitFor();
  assert.deepEqual(console.filter((t) => t.includes('bộ thông dịch')), [], 'Biểu 02 is judged by its precompiled validator');

  // a draft saves to IndexedDB and is read back after a reload
  await first.fill('7');
  const saved = page.evaluate(() => new Promise((resolve) => document.addEventListener('fp-saved', () => resolve(true), { once: true })));
  await first.press('Tab');
  assert.equal(await saved, true);
  await assertNoViolations(page, problems);

  await page.reload();
  await first.waitFor({ timeout: 20_000 });
  for (let i = 0; i < 50 && (await first.inputValue()) !== '7'; i++) await page.waitForTimeout(200);
  assert.equal(await first.inputValue(), '7', 'the saved draft after a reload');
  const stored = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = globalThis.indexedDB.open('formplan');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => resolve(all.result.map((d) => ({ formId: d.formId, ward: d.ward, value: d.data?.so_lieu?.HCDB_01?.duoi_6__nam })));
      all.onerror = () => reject(all.error);
    };
  }));
  assert.deepEqual(stored, [{ formId: 'bieu-02', ward: 'P00091', value: 7 }]);
  await page.locator('fp-form#plain').getByLabel('Số trẻ em').waitFor();
  await assertNoViolations(page, problems);

  // axe, injected through the devtools protocol (a script tag would itself break the policy)
  const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'], resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help}`);
  });
  assert.deepEqual(violations, [], 'axe on the CSP page');
  await page.close();
});

test('a ward page with only pack forms and validators-src never loads the expression parser', async () => {
  assert.ok(!PACK_PAGE.includes('page.js') && !PACK_PAGE.includes('id="plain"'), 'the page holds the pack form only');
  const { page, problems } = await cspPage();
  const from = server.requests.length;
  await page.goto(`${server.url}/pack.html`);
  const first = page.locator(cell('HCDB_01', 'duoi_6__nam'));
  await first.waitFor({ timeout: 20_000 });
  await first.fill('-3');
  await first.press('Tab');
  await page.locator('fp-form#pack').getByText(NEGATIVE).first().waitFor();
  const scripts = server.requests.slice(from).filter((p) => p.endsWith('.js'));
  assert.ok(scripts.includes('/formplan.js') && scripts.includes(`/packs/${PACK}.validators.js`), scripts.join());
  assert.ok(!scripts.includes('/formplan-parser.js'), `the parser chunk was loaded: ${scripts.join()}`);
  await assertNoViolations(page, problems);
  await page.close();
});

/** Makes an edit the form meta-schema refuses (a column type it does not know); resolves to the problems' places. */
async function badColumnType(page) {
  await page.evaluate(async () => {
    const { setMatrixColumn } = await import('/formplan-editor.js');
    window.__session.apply(setMatrixColumn('bieu-02', '/so_lieu', 'duoc_tro_giup', { type: 'khong-co-kieu-nay' }));
  });
  await page.waitForFunction(() => document.querySelector('fp-schema-editor').currentProblems.length > 0, null, { timeout: 10_000 });
  const found = await page.evaluate(() => document.querySelector('fp-schema-editor').currentProblems.map((p) => [p.area, p.pointer, p.severity]));
  assert.ok(found.some(([area, pointer, severity]) => area === 'forms' && pointer.includes('/x-fp-matrix/columns/') && severity === 'error'), JSON.stringify(found));
}

/** Resolves once the editor has checked the draft and found no problem (the 2018 pack has none). */
async function noProblems(page) {
  await page.waitForFunction(() => window.__session !== undefined && document.querySelector('fp-schema-editor').currentProblems.length === 0, null, { timeout: 10_000 });
}

test('the administrator\'s editor with `interpret` under the same policy: it opens, an edit is checked by the interpreter and its problem shows, a criteria-set file is taken in, no violation', async () => {
  const { page, problems } = await cspPage();
  await page.goto(`${server.url}/editor.html`);
  await editorPreviewShown(page);
  await noProblems(page);
  await badColumnType(page);
  await page.locator('fp-schema-editor').getByRole('tab', { name: /Vấn đề/ }).click();
  await page.locator('fp-schema-editor li.error').first().waitFor();
  assert.ok(server.requests.includes('/formplan-runtime.js'), 'the interpreter came from the run-time chunk');

  // a criteria-set file is judged by the interpreter too, and taken in
  const set = { ...JSON.parse(editor['/editor-pack.json'].body).criteriaSets[0], id: 'qd-thu' };
  await page.locator('fp-schema-editor').getByRole('tab', { name: /Tiêu chí/ }).click();
  await page.locator('fp-schema-editor input[data-import-file]').setInputFiles({ name: 'qd-thu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(set)) });
  await page.waitForFunction(() => window.__session.doc.criteriaSets.some((c) => c.id === 'qd-thu'), null, { timeout: 10_000 });
  await assertNoViolations(page, problems);
  await page.close();
});

test('without `interpret`, the editor switches to the interpreter after the browser refuses ajv\'s code once', async () => {
  const { page } = await cspPage();
  await page.goto(`${server.url}/editor-ajv.html`);
  await editorPreviewShown(page);
  // the refused compile's bogus problem gives way to the interpreter's verdict: none
  await noProblems(page);
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(violations.length > 0 && violations.every((v) => v.startsWith('script-src eval ')), violations.join('; '));
  await badColumnType(page);
  assert.deepEqual((await page.evaluate(() => window.__violations)).length, violations.length, 'no further violation after the switch');
  await page.close();
});
