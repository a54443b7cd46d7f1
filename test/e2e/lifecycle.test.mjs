// End to end: periods and states mean what they say, in the built host app (host/dist), chromium.
// On 16/05/2018 Biểu 02 for Quý I is locked (due 15/03/2018 + 15 days): read-only with a notice.
// The district reopens it for one ward with a reason; that ward can then send it (after the
// in-page confirm step), the other wards still cannot; once accepted it shows no submit button.
// The steps share one browser context (one IndexedDB) and run in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostApp } from './support/host-app.mjs';

const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const OTHER_WARD_NAME = 'Phường Bưởi';
const REASON = 'Phường mất điện cuối quý, chưa kịp gửi.';
const Q1_FORM = '#/form/bieu-02/2018-Q1';
const field = (pointer) => `[data-pointer="${pointer}"]`;

const app = hostApp({ today: '2018-05-16' });
const { open, chooseRole, expectAccessible } = app;

/** The Q1 form of the current ward, loaded. */
async function openQ1Form() {
  await open(Q1_FORM);
  await app.page.locator(field('/thong_tin/nguoi_lap')).waitFor();
}

test('on 16/05/2018 Biểu 02 for Quý I is locked: read-only with a notice, no submit button', async () => {
  await open('');
  await chooseRole(WARD_NAME);
  const q1 = app.page.locator('fp-calendar tr', { hasText: 'Biểu 02' }).locator('button').first();
  assert.equal(await q1.getAttribute('data-status'), 'locked');
  await openQ1Form();
  await app.page.locator('fp-form [part~="lifecycle"]').getByText(/Kỳ báo cáo đã khóa: hạn nộp 15\/03\/2018/).waitFor();
  assert.equal(await app.page.locator(field('/thong_tin/nguoi_lap')).isEditable(), false);
  assert.equal(await app.page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0);
  await expectAccessible('locked report');
});

test('the district reopens Quý I of Biểu 02 for one ward, with a reason; the board shows it reopened', async () => {
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open(`#/review/${WARD}/bieu-02/2018-Q1`);
  await app.page.getByLabel('Lý do mở lại (phường sẽ thấy)').fill(REASON);
  await expectAccessible('reopen control');
  await app.page.getByRole('button', { name: 'Mở lại cho phường' }).click();
  await app.page.getByText(`Đã mở lại cho phường: ${REASON}`).first().waitFor();
  await open('#/board/2018-Q1');
  const row = app.page.locator('fp-calendar tr', { hasText: WARD_NAME });
  const cell = row.locator('button[data-status="reopened"]').first();
  await cell.waitFor();
  const text = (await cell.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Đã mở lại/);
  assert.match(text, /Phường mất điện cuối quý/);
  const other = app.page.locator('fp-calendar tr', { hasText: OTHER_WARD_NAME }).locator('button').first();
  assert.equal(await other.getAttribute('data-status'), 'locked');
});

test('the other wards still cannot send it', async () => {
  await chooseRole(OTHER_WARD_NAME);
  await openQ1Form();
  assert.equal(await app.page.locator(field('/thong_tin/nguoi_lap')).isEditable(), false);
  assert.equal(await app.page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0);
});

test('the reopened ward sees why, fills the report and sends it after confirming in the page', async () => {
  await chooseRole(WARD_NAME);
  await openQ1Form();
  await app.page.locator('fp-form [part~="lifecycle"]').getByText(`Quận đã mở lại báo cáo này cho phường: ${REASON}`).waitFor();
  await app.page.locator(field('/thong_tin/ngay_chot_so_lieu')).fill('31/03/2018');
  await app.page.locator(field('/thong_tin/nguoi_lap')).fill('Nguyễn Thị Lan');
  await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).fill('4');
  await app.page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await app.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  const confirm = app.page.getByRole('alertdialog', { name: 'Gửi báo cáo lần 1?' });
  await confirm.waitFor();
  await expectAccessible('confirm before sending');
  await confirm.getByRole('button', { name: 'Hủy', exact: true }).click();
  await confirm.waitFor({ state: 'detached' });
  await app.page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await app.page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await app.page.getByText(/Đã gửi báo cáo \(lần 1\) lúc \d\d:\d\d 16\/05\/2018\./).first().waitFor();
  // the reopening ended with this submission: the period is locked again for revisions
  await app.page.locator('fp-form [part~="lifecycle"]').getByText(/Kỳ báo cáo đã khóa/).waitFor();
  assert.equal(await app.page.locator(field('/thong_tin/nguoi_lap')).isEditable(), false, 'sent: read-only');
  assert.equal(await app.page.getByRole('button', { name: 'Sửa và gửi lại' }).count(), 0);
  assert.equal(await app.page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0);
});

test('once the district accepts it, the ward has no submit or revise button and the form says it is final', async () => {
  // accepted through the page's store: the review page's own buttons are tested in host.test.mjs
  await app.page.evaluate(async (ward) => {
    const host = document.querySelector('formplan-host');
    const key = { packId: 'tay-ho-2018', packVersion: host.pack.manifest.version, formId: 'bieu-02', ward, period: '2018-Q1' };
    await host.store.review({ key, revision: 1, decision: 'accept', comment: '', reviewer: 'Phòng LĐTB&XH' });
  }, WARD);
  await app.page.reload();
  await app.page.locator(field('/thong_tin/nguoi_lap')).waitFor();
  await app.page.locator('fp-form [part~="lifecycle"]').getByText(/Quận đã chấp nhận báo cáo \(lần gửi 1\)/).waitFor();
  assert.equal(await app.page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0);
  assert.equal(await app.page.getByRole('button', { name: 'Sửa và gửi lại' }).count(), 0);
  assert.equal(await app.page.locator(field('/thong_tin/nguoi_lap')).isEditable(), false);
  await expectAccessible('accepted report');
});

test('a period that is not in the plan does not open, and says so in words', async () => {
  await open('#/form/bieu-02/2019-H1');
  const notice = app.page.locator('fp-form [part~="notice"]');
  await notice.waitFor();
  const text = (await notice.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Kỳ báo cáo này không có trong lịch báo cáo của biểu mẫu/);
  assert.doesNotMatch(text, /2019-H1|H1/);
  assert.equal(await app.page.locator(field('/thong_tin/nguoi_lap')).count(), 0);
  assert.equal(await app.page.getByRole('button', { name: 'Gửi báo cáo' }).count(), 0);
});
