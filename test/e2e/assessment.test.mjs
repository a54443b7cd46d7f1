// End to end: the self-assessment is a report too (issue 10), in the built host app (host/dist).
// The ward fills and submits it; the calendar says "Đã gửi"; the district verifies an indicator
// at a lower score and rejects another; after a reload the verdict persists and the overview
// shows the same verified total as <fp-assessment>; the district accepts it, and it is final.
// The steps share one browser context (one IndexedDB) and run in order.
import { Buffer } from 'node:buffer';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostApp } from './support/host-app.mjs';

const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const app = hostApp({ today: '2018-11-10' });
const { open, chooseRole, expectAccessible } = app;

const assessment = () => app.page.locator('fp-assessment');
const total = async (locator) => Number(await locator.getAttribute('data-total'));

/** Saves what waits in the debounce (the element's own flush), then sees it said so. */
async function saved() {
  await assessment().evaluate((el) => el.save());
  await assessment().locator('.save-state', { hasText: 'Đã lưu' }).waitFor();
}

test('the ward fills its self-assessment; an out-of-range score is an error at the field', async () => {
  await open('');
  await chooseRole(WARD_NAME);
  await open('#/assessment');
  await assessment().locator('.summary [data-total]').waitFor();
  await assessment().locator('input[name="TC01_1-answer"]').first().check();
  await assessment().locator('#TC07_2-answer').fill('99');
  await assessment().locator('#TC07_2-error', { hasText: 'Điểm 99 nằm ngoài khoảng 0–35' }).waitFor();
  assert.equal((await assessment().locator('[data-points="TC07_2"]').textContent()).trim(), 'Điểm: 0/35');
  await assessment().getByRole('button', { name: 'Gửi bản tự đánh giá' }).click();
  await assessment().getByRole('alert').filter({ hasText: 'không hợp lệ' }).waitFor();
  await assessment().locator('#TC07_2-answer').fill('30');
  await assessment().locator('#TC13_2-answer').fill('20');
  await saved();
  assert.equal((await assessment().locator('[data-points="TC07_2"]').textContent()).trim(), 'Điểm: 30/35');
});

test('the ward submits it after the confirm step; it becomes read-only', async () => {
  await assessment().getByRole('button', { name: 'Gửi bản tự đánh giá' }).click();
  await assessment().getByLabel('Người lập biểu').fill('Trần Văn Bình');
  await expectAccessible('assessment confirm step');
  await assessment().getByRole('button', { name: 'Xác nhận gửi' }).click();
  await assessment().getByText('Đã gửi bản tự đánh giá cho quận (lần 1).').waitFor();
  assert.equal(await assessment().locator('#TC07_2-answer').getAttribute('readonly'), '');
  await assessment().getByRole('button', { name: 'Sửa và gửi lại' }).waitFor();
});

test('the calendar shows the self-assessment submitted', async () => {
  await open('#/reports');
  const row = app.page.locator('fp-calendar tr', { hasText: 'Tự đánh giá' });
  const cellButton = row.locator('button[data-status]').first();
  await row.locator('button[data-status="submitted"]').waitFor();
  assert.match(await cellButton.textContent(), /Đã gửi/);
});

test('the ward\'s file for the district carries the submitted self-assessment', async () => {
  await open('#/export');
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: 'Lưu tệp gửi quận' }).click();
  const file = await download;
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  const bundle = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const sent = bundle.submissions.find((x) => x.formId === 'tu-danh-gia');
  assert.ok(sent, 'the file holds the self-assessment');
  assert.equal(sent.period, '2018-CFW');
  assert.equal(sent.data.TC07.TC07_2.answer, 30);
  assert.equal(typeof sent.data.ket_qua.tong_diem, 'number');
});

test('the district verifies one indicator at 1 point and rejects another; the choice persists after reload', async () => {
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open(`#/assessments/${WARD}`);
  await assessment().locator('.summary [data-total]').waitFor();
  const selfTotal = await total(assessment().locator('.summary [data-total]'));
  await assessment().locator('#TC07_2-verified-points').fill('1');
  await assessment().locator('input[name="TC13_2-verify"][data-verify="reject"]').check();
  await saved();
  assert.equal(await total(assessment().locator('.summary [data-total]')), selfTotal - 29 - 20);
  await app.page.reload();
  await assessment().locator('.summary [data-total]').waitFor();
  assert.equal(await assessment().locator('input[name="TC13_2-verify"][data-verify="reject"]').isChecked(), true);
  assert.equal(await assessment().locator('#TC07_2-verified-points').inputValue(), '1');
  const elementTotal = await total(assessment().locator('.summary [data-total]'));
  assert.equal(elementTotal, selfTotal - 49);
  const overview = app.page.locator(`formplan-scores-table tr[data-ward="${WARD}"] td[data-total]`);
  await overview.waitFor();
  assert.equal(await total(overview), elementTotal, 'the overview shows the verified total of <fp-assessment>');
  assert.match(await app.page.locator(`formplan-scores-table tr[data-ward="${WARD}"] td[data-verdict]`).textContent(), /1 không chấp nhận/);
  await expectAccessible('district assessments');
});

test('the district accepts the submitted self-assessment; the ward can no longer change it', async () => {
  await app.page.getByRole('link', { name: /chấp nhận hoặc trả lại/ }).click();
  await app.page.getByRole('button', { name: 'Chấp nhận', exact: true }).click();
  await app.page.getByRole('button', { name: 'Xác nhận' }).click();
  await app.page.locator('#review-outcome').getByText(/Đã chấp nhận lần gửi 1/).waitFor();
  await chooseRole(WARD_NAME);
  await open('#/reports');
  await app.page.locator('fp-calendar tr', { hasText: 'Tự đánh giá' }).locator('button[data-status="accepted"]').waitFor();
  await open('#/assessment');
  await assessment().locator('[data-report-status="accepted"]').waitFor();
  assert.equal(await assessment().getByRole('button', { name: 'Gửi bản tự đánh giá' }).count(), 0);
  assert.equal(await assessment().getByRole('button', { name: 'Sửa và gửi lại' }).count(), 0);
});
