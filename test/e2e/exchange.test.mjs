// End to end: file exchange both ways between two computers (two browser contexts, so two
// separate IndexedDBs) in the built host app (host/dist). The ward submits and saves its file;
// the district imports it, returns the report with a comment and saves the ward's review file;
// the ward imports that file and sees the return and the comment on its report, and the locked
// Quý I the district reopened for it, with the reason, editable again.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newHostPage, serveHostApp } from './support/host-app.mjs';
import { axeViolations } from './support/axe.mjs';

const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const OTHER_WARD_NAME = 'Phường Bưởi';
const OFFICER = 'Cán bộ Phòng LĐTB&XH';
const COMMENT = 'Kiểm tra lại số trẻ mồ côi nhóm dưới 6 tuổi.';
const REASON = 'Phường mất điện cuối quý, quận cho nộp bổ sung.';
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

let server;
let browser;
/** the ward's computer and the district's computer */
let ward;
let district;
/** the files carried between them */
let wardFile;
let districtFile;

before(async () => {
  ({ server, browser } = await serveHostApp());
  const computer = async () => {
    const page = await newHostPage(browser, { acceptDownloads: true });
    page.on('dialog', (d) => void d.accept());
    return page;
  };
  ward = await computer();
  district = await computer();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(page, hash, today = '2018-05-16') {
  await page.goto(`${server.url}/?today=${today}${hash}`);
  await page.locator('formplan-host').waitFor();
}

async function chooseRole(page, name) {
  const switcher = page.getByRole('button', { name: /Đổi vai trò|Switch role/ });
  if (await switcher.count()) await switcher.click();
  await page.getByRole('button', { name, exact: true }).click();
}

async function expectAccessible(page, label) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${label}: axe violations\n${JSON.stringify(violations, null, 2)}`);
}

/** Clicks a button that saves a file; returns the file's name and text. */
async function saveFile(page, name) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** Chooses a file in the input labelled `label`. */
async function chooseFile(page, label, file) {
  await page.getByLabel(label).setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

test('the ward submits Biểu 02 and saves its file for the district', async () => {
  await open(ward, '');
  await chooseRole(ward, WARD_NAME);
  await open(ward, '#/form/bieu-02/2018-H1');
  await ward.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill('2018-05-10');
  await ward.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Nguyễn Thị Lan');
  await ward.locator(cell('HCDB_01', 'duoi_6__nam')).fill('3');
  await ward.getByText('Đã lưu', { exact: false }).first().waitFor();
  await ward.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await ward.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await ward.getByText(/Đã gửi báo cáo \(lần 1\)/).first().waitFor();
  await open(ward, '#/export');
  await ward.getByRole('heading', { name: 'Trao đổi tệp với quận' }).waitFor();
  wardFile = await saveFile(ward, 'Lưu tệp gửi quận');
  assert.equal(JSON.parse(wardFile.text).submissions.length, 1);
});

test('the district imports the ward file, returns the report with a comment and saves the ward\'s review file', async () => {
  await open(district, '');
  await chooseRole(district, OFFICER);
  await open(district, '#/import');
  await chooseFile(district, /Tệp của phường/, wardFile);
  await district.locator('formplan-import-section .report').getByText(/Đã nhận: 1; đã có từ trước: 0; bị từ chối: 0/).waitFor();
  await open(district, `#/review/${WARD}/bieu-02/2018-H1`);
  await district.getByLabel('Nhận xét gửi phường').fill(COMMENT);
  await district.getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  await district.getByRole('button', { name: 'Xác nhận' }).click();
  await district.locator('#review-outcome').getByText(/Đã trả lại lần gửi 1 với ý kiến/).waitFor();
  await open(district, `#/review/${WARD}/bieu-02/2018-Q1`);
  await district.getByLabel('Lý do mở lại (phường sẽ thấy)').fill(REASON);
  await district.getByRole('button', { name: 'Mở lại cho phường' }).click();
  await district.getByText(`Đã mở lại cho phường: ${REASON}`).first().waitFor();
  await open(district, '#/import');
  await district.getByRole('heading', { name: 'Gửi tệp nhận xét cho phường' }).waitFor();
  await expectAccessible(district, 'district file exchange');
  districtFile = await saveFile(district, `Lưu tệp gửi ${WARD_NAME}`);
  await district.getByText(/cho Phường Nhật Tân: 1 quyết định, 1 lần mở lại kỳ báo cáo/).waitFor();
  const bundle = JSON.parse(districtFile.text);
  assert.equal(bundle.format, 'formplan-review-bundle');
  assert.deepEqual(bundle.reopens.map((r) => [r.ward, r.period, r.reason, r.afterRevision]), [[WARD, '2018-Q1', REASON, null]]);
  assert.deepEqual(bundle.reviews.map((r) => [r.ward, r.decision, r.comment]), [[WARD, 'return', COMMENT]]);
});

test('the ward has not seen the return before importing the district\'s file', async () => {
  await open(ward, '#/form/bieu-02/2018-H1');
  await ward.getByText(/đang chờ quận xem xét/).first().waitFor();
  assert.equal(await ward.getByText(COMMENT).count(), 0);
});

test('another ward\'s computer refuses the file whole', async () => {
  const other = await browser.newContext({ locale: 'vi-VN' });
  const page = await other.newPage();
  page.setDefaultTimeout(60_000);
  try {
    await open(page, '');
    await chooseRole(page, OTHER_WARD_NAME);
    await open(page, '#/export');
    await chooseFile(page, /Tệp nhận xét của quận/, districtFile);
    const report = page.locator('formplan-review-import-section .report');
    await report.getByText(/Từ chối cả tệp: Tệp này dành cho một phường khác/).waitFor();
    await report.getByText(/Đã nhận: 0; đã có từ trước: 0; bị từ chối: 0/).waitFor();
  } finally {
    await other.close();
  }
});

test('the ward imports the district\'s file and sees the return with the comment on its report', async () => {
  await open(ward, '#/export');
  await ward.getByRole('heading', { name: 'Nhận tệp nhận xét của quận' }).waitFor();
  await chooseFile(ward, /Tệp nhận xét của quận/, districtFile);
  const report = ward.locator('formplan-review-import-section .report');
  await report.getByText(/Đã nhận: 2; đã có từ trước: 0; bị từ chối: 0/).waitFor();
  await expectAccessible(ward, 'ward file exchange');
  await chooseFile(ward, /Tệp nhận xét của quận/, districtFile);
  await report.getByText(/Đã nhận: 0; đã có từ trước: 2; bị từ chối: 0/).waitFor();
  await open(ward, '#/reports');
  const row = ward.locator('fp-calendar tr', { hasText: 'Biểu 02' });
  await row.locator('button[data-status="returned"]').first().waitFor();
  assert.match(await row.locator('button[data-status="returned"]').first().innerText(), /Bị trả lại/);
  await open(ward, '#/form/bieu-02/2018-H1');
  await ward.getByText(COMMENT).first().waitFor();
  await ward.getByText(/Quận đã trả lại lần gửi 1/).first().waitFor();
});

test('the ward sees the locked Quý I reopened by the district, with the reason, and can edit and send it', async () => {
  await open(ward, '#/reports');
  const q1 = ward.locator('fp-calendar tr', { hasText: 'Biểu 02' }).locator('button[data-status="reopened"]').first();
  await q1.waitFor();
  const text = (await q1.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Đã mở lại/);
  assert.match(text, /Phường mất điện cuối quý/);
  await open(ward, '#/form/bieu-02/2018-Q1');
  await ward.locator('fp-form [part~="lifecycle"]').getByText(`Quận đã mở lại báo cáo này cho phường: ${REASON}`).waitFor();
  assert.equal(await ward.locator('[data-pointer="/thong_tin/nguoi_lap"]').isEditable(), true);
  assert.equal(await ward.getByRole('button', { name: 'Gửi báo cáo' }).count(), 1);
});

test('a tampered district file is reported item by item and stores nothing', async () => {
  const bundle = JSON.parse(districtFile.text);
  bundle.reviews[0].comment = 'Đã chấp nhận.';
  await open(ward, '#/export');
  await chooseFile(ward, /Tệp nhận xét của quận/, { name: 'sua.json', text: JSON.stringify(bundle) });
  const report = ward.locator('formplan-review-import-section .report');
  await report.getByText(/bị từ chối: 1/).waitFor();
  await report.getByText(/Mã băm không khớp/).waitFor();
  assert.equal(await ward.getByText('Đã chấp nhận.').count(), 0);
});
