// Sync in the real browser: two contexts (a ward's computer and the district's), formplan's
// IndexedDB store and the sync client against the CouchDB stand-in on another port (CORS and the
// `_session` cookie as a portal would use them). The ward submits offline, reloads, comes online;
// the district sees the submission live and returns it; the ward sees the return.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchChromium } from '../../bench/lib/chromium.mjs';
import { startCouchStandIn } from '../support/couch-standin.mjs';
import { serveDir } from './support/serve-dir.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let couch;
let site;
let browser;
let dbUrl;
const passwords = { 'ward-p00091': 'pw-ward-p00091', 'district-d003': 'pw-district-d003' };

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'fp-sync-e2e-'));
  await build({ entryPoints: [join(ROOT, 'test/e2e/support/sync-page.ts')], bundle: true, format: 'esm', platform: 'browser', outfile: join(dir, 'page.js'), logLevel: 'error' });
  await build({ entryPoints: [join(ROOT, 'packages/core/src/sync/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'sync-node.mjs'), logLevel: 'error' });
  await writeFile(join(dir, 'index.html'), '<!doctype html><html lang="vi"><title>sync</title><script type="module" src="/page.js"></script>');
  couch = await startCouchStandIn();
  const { couchSetup } = await import(join(dir, 'sync-node.mjs'));
  const orgUnits = JSON.parse(await (await import('node:fs/promises')).readFile(join(ROOT, 'schemas/packs/tay-ho-2018/org-units.json'), 'utf8'));
  dbUrl = (await couchSetup({ serverUrl: couch.url, admin: couch.admin, orgUnits, passwords })).databases[0].url;
  site = await serveDir(dir);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await couch?.close();
});

async function computer() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(site.url);
  await page.waitForFunction(() => window.fp !== undefined);
  return { context, page };
}

/** Evaluates the async `check` in the page until it holds (waitForFunction would take its promise as true). */
async function until(page, check, arg, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await page.evaluate(check, arg))) {
    assert.ok(Date.now() < end, 'condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('a ward submits offline, comes online; the district sees it live and returns it; the ward sees the return', { timeout: 90_000 }, async () => {
  const key = { packId: 'tay-ho', packVersion: '2018.1.0', formId: 'bieu-02', ward: 'P00091', period: '2018-H1' };
  const ward = await computer();
  const district = await computer();

  // the district logs in with its cookie session and syncs live
  await district.page.evaluate(async ({ dbUrl, password }) => {
    const c = window.fp.open(dbUrl, { role: 'district' });
    await c.login('district-d003', password);
    c.start();
  }, { dbUrl, password: passwords['district-d003'] });

  // the ward logs in, then loses the network and submits
  await ward.page.evaluate(async ({ dbUrl, password }) => {
    await window.fp.open(dbUrl, { role: 'ward', ward: 'P00091' }).login('ward-p00091', password);
  }, { dbUrl, password: passwords['ward-p00091'] });
  await ward.context.setOffline(true);
  const offline = await ward.page.evaluate(async (key) => {
    await window.fp.store.submit({ key, data: { soHo: 12 }, cutOffDate: '2018-06-30', author: 'Cán bộ phường Phú Thượng' });
    await window.fp.client.syncOnce().catch(() => undefined);
    return { status: window.fp.client.status, messages: window.fp.messages() };
  }, key);
  assert.equal(offline.status.online, false);
  assert.deepEqual(offline.messages.slice(0, 2), ['Mất kết nối máy chủ', '1 báo cáo chờ gửi']);

  // online again, a reload (the page's memory gone) keeps the outbox, which is the store; it is sent
  await ward.context.setOffline(false);
  await ward.page.reload();
  await ward.page.waitForFunction(() => window.fp !== undefined);
  const sent = await ward.page.evaluate(async (dbUrl) => {
    const c = window.fp.open(dbUrl, { role: 'ward', ward: 'P00091' });
    const pendingBefore = await c.refreshPending();
    const report = await c.syncOnce();
    return { pendingBefore, report, messages: window.fp.messages() };
  }, dbUrl);
  assert.equal(sent.pendingBefore, 1);
  assert.deepEqual(sent.report.push, { sent: 1, alreadyThere: 0, refused: 0 });
  assert.match(sent.messages[1], /^Đã đồng bộ lúc \d\d:\d\d$/);

  // the district sees it without reloading, and returns it
  await until(district.page, async (key) => (await window.fp.store.latestSubmission(key)) !== undefined, key);
  await district.page.evaluate(async (key) => {
    await window.fp.store.review({ key, revision: 1, decision: 'return', comment: 'Thiếu số hộ nghèo', reviewer: 'Quận Tây Hồ' });
    window.fp.client.notifyLocalChange();
  }, key);

  // the ward sees the return
  await until(ward.page, async (key) => {
    await window.fp.client.syncOnce().catch(() => undefined);
    return (await window.fp.store.latestSubmission(key))?.status === 'returned';
  }, key);
  await district.page.evaluate(() => window.fp.client.stop());
});
