// End to end: a ward and the district sync through a CouchDB-protocol server (the express-pouchdb
// stand-in on 127.0.0.1, set up by `formplan couch-setup` as a real Apache CouchDB would be) in
// the built host app (host/dist), two browser contexts being two computers. Without a server URL
// no sync code loads. Each logs in on the sync settings page (CouchDB `_session` cookie, across
// origins with CORS). The ward goes offline, submits, sees "1 báo cáo chờ gửi", comes online and
// it syncs; the district's board shows the submission without a reload; the district returns it
// with a comment; the ward's open form shows the comment at once, its calendar "Bị trả lại".
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { newHostPage, serveHostApp } from './support/host-app.mjs';
import { axeViolations } from './support/axe.mjs';
import { startCouchProcess } from './support/couch-process.mjs';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const WARD = 'P00091';
const WARD_NAME = 'Phường Phú Thượng';
const OFFICER = 'Cán bộ Phòng LĐTB&XH';
const COMMENT = 'Số trẻ dưới 6 tuổi chưa khớp với sổ theo dõi, đề nghị kiểm tra lại.';
const PASSWORDS = { 'ward-p00091': 'phu-thuong-pw-1', 'district-d003': 'tay-ho-quan-pw-1' };
const SHOTS = process.env.FORMPLAN_SHOTS;
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

let couch;
let dbUrl;
let server;
let browser;
let ward;
let district;
/** sync chunks (assets/sync-*.js) the ward's page loaded */
const wardSyncChunks = [];

before(async () => {
  couch = await startCouchProcess();
  ({ server, browser } = await serveHostApp());
  const dir = await mkdtemp(path.join(os.tmpdir(), 'formplan-sync-e2e-'));
  try {
    const file = path.join(dir, 'passwords.json');
    await writeFile(file, JSON.stringify(PASSWORDS));
    const run = await promisify(execFile)(process.execPath, [
      'packages/cli/bin/formplan.mjs', 'couch-setup', couch.url, '--pack', 'schemas/packs/tay-ho-2018',
      '--admin', `${couch.admin.username}:${couch.admin.password}`, '--passwords', file, '--cors', server.url, '--json',
    ], { cwd: REPO, encoding: 'utf8' });
    dbUrl = JSON.parse(run.stdout).databases[0].url;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  ward = await newHostPage(browser);
  district = await newHostPage(browser);
  ward.on('request', (r) => {
    if (/\/assets\/sync-[^/]*\.js$/.test(r.url())) wardSyncChunks.push(r.url());
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await couch?.close();
});

async function open(page, hash) {
  await page.goto(`${server.url}/?today=2018-05-16${hash}`);
  await page.locator('formplan-host').waitFor();
}

/** Moves within the app without loading the page again (works offline). */
async function go(page, hash) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function chooseRole(page, name) {
  const switcher = page.getByRole('button', { name: /Đổi vai trò|Switch role/ });
  if (await switcher.count()) await switcher.click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function expectAccessible(page, label) {
  assert.deepEqual(await axeViolations(page), [], label);
}

async function shot(page, name) {
  if (!SHOTS) return;
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

const status = (page) => page.locator('.sync-bar [role="status"]');

async function login(page, user) {
  await open(page, '#/sync');
  await page.getByRole('heading', { name: 'Đồng bộ' }).waitFor();
  await page.getByLabel('Địa chỉ cơ sở dữ liệu').fill(dbUrl);
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(PASSWORDS[user]);
  await page.getByRole('button', { name: 'Đăng nhập và bật đồng bộ' }).click();
  await page.getByText(`Đang đồng bộ với ${dbUrl} bằng tài khoản ${user}.`).first().waitFor();
  await status(page).getByText(/Đã đồng bộ lúc \d\d:\d\d/).waitFor();
}

test('without a server URL the ward works as before: no sync status, no sync code loaded', async () => {
  await open(ward, '');
  await chooseRole(ward, WARD_NAME);
  await ward.getByRole('link', { name: 'Đồng bộ' }).waitFor();
  await ward.locator('fp-calendar button[data-status]').first().waitFor();
  assert.equal(await ward.locator('.sync-bar').count(), 0);
  assert.deepEqual(wardSyncChunks, []);
});

test('the settings say what is wrong: an address that is not a database, a wrong password', async () => {
  await open(ward, '#/sync');
  await ward.getByLabel('Địa chỉ cơ sở dữ liệu').fill('couch.example.org');
  await ward.getByLabel('Tên đăng nhập').fill('ward-p00091');
  await ward.getByLabel('Mật khẩu').fill('wrong-password');
  await ward.getByRole('button', { name: 'Đăng nhập và bật đồng bộ' }).click();
  const urlError = ward.locator('#sync-url-error');
  await urlError.getByText(/Địa chỉ phải bắt đầu bằng https:\/\//).waitFor();
  assert.equal(await urlError.getAttribute('role'), 'alert');
  assert.equal(await ward.getByLabel('Địa chỉ cơ sở dữ liệu').getAttribute('aria-invalid'), 'true');
  await expectAccessible(ward, 'sync settings: wrong address');
  await ward.getByLabel('Địa chỉ cơ sở dữ liệu').fill(dbUrl);
  await ward.getByRole('button', { name: 'Đăng nhập và bật đồng bộ' }).click();
  await ward.getByRole('alert').getByText(/sai mật khẩu/).waitFor();
  assert.equal(await ward.locator('.sync-bar').count(), 0, 'a refused login turns nothing on');
});

test('the ward and the district log in with their CouchDB users; the header says when they synced', async () => {
  await login(ward, 'ward-p00091');
  assert.ok(wardSyncChunks.length >= 1, 'the sync code loads once sync is configured');
  await status(ward).getByText('Không có báo cáo chờ gửi').waitFor();
  await expectAccessible(ward, 'sync settings: logged in');
  await shot(ward, 'sync-settings');
  await open(district, '');
  await chooseRole(district, OFFICER);
  await login(district, 'district-d003');
  await open(district, '#/board/2018-H1');
  const row = district.locator('fp-calendar tbody tr', { hasText: 'Phú Thượng' });
  await row.locator('button[data-status]').first().waitFor();
  assert.equal(await row.locator('button[data-status="submitted"]').count(), 0);
  await district.evaluate(() => {
    window.notReloaded = true;
  });
});

test('offline, the ward submits: the header counts 1 report waiting; online again, it syncs', async () => {
  await ward.context().setOffline(true);
  await go(ward, '#/form/bieu-02/2018-H1');
  await ward.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill('10/05/2018');
  await ward.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Trần Văn Minh');
  await ward.locator(cell('HCDB_01', 'duoi_6__nam')).fill('4');
  await ward.getByText('Đã lưu', { exact: false }).first().waitFor();
  await ward.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await ward.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await ward.getByText(/Đã gửi báo cáo \(lần 1\)/).first().waitFor();
  await status(ward).getByText('1 báo cáo chờ gửi').waitFor();
  await status(ward).getByText(/Mất kết nối máy chủ/).waitFor();
  await expectAccessible(ward, 'sync status offline');
  await shot(ward, 'sync-status-offline');
  await ward.context().setOffline(false);
  await status(ward).getByText('Không có báo cáo chờ gửi').waitFor();
  await status(ward).getByText(/Đã đồng bộ lúc \d\d:\d\d/).waitFor();
  assert.equal(await status(ward).getByText(/Mất kết nối/).count(), 0);
});

test('the district\'s board shows the submission without a reload, and the district returns it', async () => {
  const row = district.locator('fp-calendar tbody tr', { hasText: 'Phú Thượng' });
  await row.locator('button[data-status="submitted"]').first().waitFor({ timeout: 40_000 });
  assert.equal(await district.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  await shot(district, 'sync-district-board');
  await go(district, `#/review/${WARD}/bieu-02/2018-H1`);
  await district.getByLabel('Nhận xét gửi phường').fill(COMMENT);
  await district.getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  await district.getByRole('button', { name: 'Xác nhận' }).click();
  await district.locator('#review-outcome').getByText(/Đã trả lại lần gửi 1 với ý kiến/).waitFor();
  await status(district).getByText('Không có báo cáo chờ gửi').waitFor();
  await district.waitForFunction(() => !/bản ghi khác chờ gửi/.test(document.querySelector('formplan-host')?.shadowRoot?.querySelector('.sync-bar')?.textContent ?? 'x'));
  await expectAccessible(district, 'district review with sync status');
});

test('the ward sees the return and the comment after its sync: in the form still open, then in its calendar', async () => {
  // the report sent above is still open on the ward's page: the return reaches it without a reload
  await ward.locator('fp-form').getByText(COMMENT).first().waitFor({ timeout: 40_000 });
  await ward.locator('fp-form').getByRole('button', { name: 'Gửi báo cáo' }).waitFor();
  assert.equal(await ward.locator(cell('HCDB_01', 'duoi_6__nam')).isEditable(), true, 'a returned report is editable');
  assert.equal(await ward.locator(cell('HCDB_01', 'duoi_6__nam')).inputValue(), '4', 'the typed figure stays');
  await go(ward, '#/reports');
  const row = ward.locator('fp-calendar tr', { hasText: 'Biểu 02' });
  await row.locator('button[data-status="returned"]').first().waitFor({ timeout: 40_000 });
  assert.match(await row.locator('button[data-status="returned"]').first().innerText(), /Bị trả lại/);
  await go(ward, '#/form/bieu-02/2018-H1');
  await ward.getByText(COMMENT).first().waitFor();
});

test('the settings say when the login syncs for another ward than the role chosen', async () => {
  await chooseRole(ward, 'Phường Nhật Tân');
  await go(ward, '#/sync');
  await ward.getByText('Lưu ý: tài khoản ward-p00091 đồng bộ báo cáo của Phường Phú Thượng, không phải của vai trò đang chọn.').waitFor();
  await expectAccessible(ward, 'sync settings: another ward');
  await chooseRole(ward, WARD_NAME);
});

test('logging out stops sync and says so; turning sync off removes the status', async () => {
  await go(ward, '#/sync');
  await ward.getByRole('button', { name: 'Đăng xuất' }).click();
  await ward.getByText('Đã đăng xuất. Đăng nhập lại để tiếp tục đồng bộ.').waitFor();
  await ward.locator('.sync-bar').getByText('Chưa đăng nhập máy chủ đồng bộ').waitFor();
  await ward.getByRole('button', { name: 'Tắt đồng bộ' }).click();
  await ward.getByText('Đã tắt đồng bộ. Dữ liệu vẫn ở trên máy này.').waitFor();
  assert.equal(await ward.locator('.sync-bar').count(), 0);
  await open(ward, '#/reports');
  await ward.locator('fp-calendar button[data-status="returned"]').first().waitFor();
  assert.equal(await ward.locator('.sync-bar').count(), 0);
});

test('in English the status reads in English', async () => {
  await district.getByLabel('Ngôn ngữ').selectOption('en');
  await status(district).getByText(/Synced at \d\d:\d\d/).waitFor();
  await status(district).getByText('No reports waiting to be sent').waitFor();
  await district.locator('.sync-bar').getByRole('button', { name: 'Sync now' }).waitFor();
  await shot(district, 'sync-status-en');
  await district.getByLabel('Language').selectOption('vi');
  await status(district).getByText(/Đã đồng bộ lúc/).waitFor();
});

test('when the CouchDB session is gone, the header says so and links to the settings', async () => {
  await district.context().clearCookies();
  await status(district).waitFor();
  await district.locator('.sync-bar').getByRole('button', { name: 'Đồng bộ ngay' }).click();
  const bar = district.locator('.sync-bar');
  await bar.getByText('Chưa đăng nhập máy chủ đồng bộ').waitFor();
  await bar.getByRole('link', { name: 'Cài đặt đồng bộ' }).waitFor();
  await expectAccessible(district, 'sync status: session gone');
});
