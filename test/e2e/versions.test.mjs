// End to end: a report outlives a new version of its year's pack, in the built host app
// (host/dist), chromium. On 10/05/2018 Phường Nhật Tân submits Biểu 02 for 6 tháng đầu năm 2018
// under 2018 version 1.0.0; the administrator then renames Biểu 02 in the editor and publishes
// 2018 version 1.1.0. The district's board still shows the report submitted, its totals still
// count it, its review page (and the ward's form) open it under 1.0.0's form, and the district's
// acceptance of that 1.0.0 revision is what the board and the ward see under 1.1.0.
// The steps share one browser context (one IndexedDB) and run in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostApp } from './support/host-app.mjs';

const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const OLD_LABEL = 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt';
const NEW_LABEL = 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt (bản sửa 1.1.0)';
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

const app = hostApp({ today: '2018-05-10' });
const { open, chooseRole, expectAccessible } = app;

test('the ward submits Biểu 02 for 6 tháng đầu năm 2018 under 2018 version 1.0.0', async () => {
  const { page } = app;
  await open('');
  await chooseRole(WARD_NAME);
  await open('#/form/bieu-02/2018-H1');
  await page.locator(cell('HCDB_01', 'duoi_6__nam')).waitFor();
  await page.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill('2018-05-10');
  await page.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Nguyễn Thị Lan');
  await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).fill('1.234');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText(/Đã gửi báo cáo \(lần 1\)/).first().waitFor();
  const stored = await page.evaluate(async (ward) => {
    const host = document.querySelector('formplan-host');
    return (await host.store.listSubmissions({ packId: 'tay-ho-2018', ward })).map((s) => s.packVersion);
  }, WARD);
  assert.deepEqual(stored, ['1.0.0']);
});

test('the administrator renames Biểu 02 in the editor and publishes 2018 version 1.1.0', async () => {
  const { page } = app;
  await chooseRole('Quản trị quận');
  await open('#/packs');
  await page.locator('tr[data-pack="tay-ho-2018@1.0.0"]').getByRole('button', { name: /Sửa thành bản mới/ }).click();
  await page.waitForURL(/#\/editor\/tay-ho-2018\/1\.1\.0$/);
  await page.locator('fp-schema-editor').waitFor();
  await page.locator('fp-schema-editor').getByRole('button', { name: OLD_LABEL, exact: true }).click();
  const name = page.getByRole('group', { name: 'Tên biểu mẫu bieu-02' }).getByLabel('Tên (tiếng Việt)');
  await name.fill(NEW_LABEL);
  await name.press('Tab');
  await page.getByRole('heading', { name: new RegExp(`${NEW_LABEL.replace(/[()]/g, '\\$&')}`) }).first().waitFor();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  const view = page.locator('formplan-publish-view');
  await view.getByRole('heading', { name: 'Công bố tay-ho-2018 1.1.0' }).waitFor();
  await view.getByText(NEW_LABEL).first().waitFor();
  // the ward's draft was sent as it is: nothing to carry to 1.1.0, so the report stays under 1.0.0
  await view.getByText(/0 bản nháp chuyển được, 0 cần xem lại/).waitFor();
  await view.getByRole('button', { name: 'Công bố phiên bản 1.1.0' }).click();
  await view.getByText(/Đã công bố tay-ho-2018 1\.1\.0/).waitFor();
});

test('under 1.1.0 the district\'s board still shows the ward\'s report submitted', async () => {
  const { page } = app;
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open('#/board/2018-H1');
  assert.match(await page.getByRole('combobox', { name: 'Năm' }).locator('option:checked').textContent(), /2018 \(1\.1\.0\)/);
  const row = page.locator('fp-calendar tr', { hasText: WARD_NAME });
  await row.locator('button[data-status="submitted"]').first().waitFor();
  assert.equal(await row.locator('button[data-status="submitted"]').count(), 1);
  await page.locator('fp-calendar').getByText(/1\/8/).first().waitFor();
  await page.locator('fp-calendar').getByText(NEW_LABEL).first().waitFor();
  await expectAccessible('board under 1.1.0');
});

test('under 1.1.0 the district\'s totals still count it', async () => {
  const { page } = app;
  await open('#/totals/bieu-02/2018-H1');
  await page.locator('fp-aggregate').getByText('1.234').first().waitFor();
  await page.locator('fp-aggregate').getByText(/1\/8/).first().waitFor();
  await expectAccessible('totals under 1.1.0');
});

test('the district\'s review page opens it under 1.0.0\'s form', async () => {
  const { page } = app;
  await open(`#/review/${WARD}/bieu-02/2018-H1`);
  await page.getByRole('note').getByText(/phiên bản 1\.0\.0 .*phiên bản hiện hành: 1\.1\.0/).waitFor();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${OLD_LABEL} — ${WARD_NAME}`) }).waitFor();
  await expectAccessible('review under 1.0.0');
  // the decision is recorded on the 1.0.0 revision; the board under 1.1.0 reads it
  await page.getByRole('button', { name: 'Chấp nhận' }).click();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByText(/Đã chấp nhận lần gửi 1 lúc/).waitFor();
  await open('#/board/2018-H1');
  await page.locator('fp-calendar tr', { hasText: WARD_NAME }).locator('button[data-status="accepted"]').first().waitFor();
});

test('the ward sees it accepted and opens it under 1.0.0\'s form', async () => {
  const { page } = app;
  await chooseRole(WARD_NAME);
  const h1 = page.locator('fp-calendar tr', { hasText: 'Biểu 02' }).locator('button').nth(1);
  await h1.waitFor();
  assert.equal(await h1.getAttribute('data-status'), 'accepted');
  await h1.click();
  await page.getByRole('note').getByText(/phiên bản 1\.0\.0/).waitFor();
  await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).waitFor();
  assert.equal(await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).inputValue(), '1.234');
});
