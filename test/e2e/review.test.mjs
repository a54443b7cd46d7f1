// End to end: the district's review of a resubmitted report in the built host app (host/dist;
// run `npm run build` first). A ward submits, the district returns with a comment (after a
// confirm step), the ward resubmits with a changed cell, and the district sees the history, the
// change and the earlier comment, accepts after confirming (a double click records one decision),
// and then sees no Accept/Return buttons.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startHostApp } from './support/host-app.mjs';

const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const DISTRICT = 'Cán bộ Phòng LĐTB&XH';
const REVIEW = `#/review/${WARD}/bieu-02/2018-H1`;
const COMMENT = 'Kiểm tra lại số trẻ khuyết tật nhóm 6–11 tuổi.';
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

let app;
let page;
const open = (hash) => app.open(hash);
const chooseRole = (name) => app.chooseRole(name);
const expectAccessible = (label) => app.expectAccessible(label);

before(async () => {
  app = await startHostApp();
  page = app.page;
});

after(async () => {
  await app?.close();
});

const section = () => page.locator('formplan-review-section');
const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** Submits the open form; answers the ward's confirm question when there is one. */
async function submitReport(revision) {
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  const done = page.getByText(new RegExp(`Đã gửi báo cáo \\(lần ${revision}\\)`)).first();
  const confirm = page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true });
  await Promise.race([done.waitFor(), confirm.waitFor()]);
  if (!(await done.isVisible()) && (await confirm.isVisible())) await confirm.click();
  await done.waitFor();
}

test('the ward submits revision 1', async () => {
  await open('');
  await chooseRole(WARD_NAME);
  await open('#/form/bieu-02/2018-H1');
  await page.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill('10/05/2018');
  await page.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Nguyễn Thị Lan');
  await page.locator(cell('HCDB_01', 'duoi_6__nam')).fill('3');
  await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).fill('1.234');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await submitReport(1);
});

test('the district cannot return without a comment: said at the comment field', async () => {
  await chooseRole(DISTRICT);
  await open(REVIEW);
  await page.getByText('Ngày xem: 16/05/2018').waitFor();
  await section().getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  const error = section().getByRole('alert');
  await error.waitFor();
  assert.match(await text(error), /Hãy ghi nhận xét/);
  const field = section().getByLabel('Nhận xét gửi phường');
  assert.equal(await field.getAttribute('aria-describedby'), await error.getAttribute('id'));
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await section().getByRole('button', { name: 'Xác nhận' }).count(), 0, 'no confirm step without a comment');
  await expectAccessible('review: comment required');
});

test('the district returns revision 1 with a comment after confirming', async () => {
  await section().getByLabel('Nhận xét gửi phường').fill(COMMENT);
  assert.equal(await section().getByRole('alert').count(), 0, 'the error goes once a comment is written');
  await section().getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  const question = section().getByRole('group', { name: /Trả lại lần gửi 1 với ý kiến/ });
  await question.waitFor();
  assert.match(await text(question), new RegExp(COMMENT.replace(/[.]/g, '\\.')));
  await expectAccessible('review: return confirm step');
  // Hủy goes back without recording anything
  await question.getByRole('button', { name: 'Hủy' }).click();
  await section().getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  await section().getByRole('button', { name: 'Xác nhận' }).click();
  const status = section().locator('#review-outcome');
  await status.getByText(/Đã trả lại lần gửi 1 với ý kiến/).waitFor();
  assert.match(await text(status), /Kiểm tra lại số trẻ khuyết tật/);
  assert.equal(await section().getByRole('button', { name: 'Trả lại kèm nhận xét' }).count(), 0, 'a returned revision is not returned twice');
  await section().getByText('Lần gửi 1 đã bị trả lại').waitFor();
});

test('the ward resubmits with a changed cell', async () => {
  await chooseRole(WARD_NAME);
  await open('#/form/bieu-02/2018-H1');
  await page.getByText(COMMENT).first().waitFor();
  const changed = page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam'));
  await changed.waitFor();
  await changed.fill('12');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await submitReport(2);
});

test('the district sees both revisions, the change, the earlier comment, and accepts once after confirming', async () => {
  await chooseRole(DISTRICT);
  await open(REVIEW);
  const history = section().locator('table.review-history');
  await history.waitFor();
  assert.equal(await history.locator('tbody tr').count(), 2);
  const first = await text(history.locator('tbody tr[data-revision="1"]'));
  assert.match(first, /16\/05\/2018 \d\d:\d\d/);
  assert.match(first, /Nguyễn Thị Lan/);
  assert.match(first, /10\/05\/2018/);
  assert.match(first, /Bị trả lại lúc 16\/05\/2018 \d\d:\d\d, Phòng LĐTB&XH/);
  assert.match(await text(history.locator('tbody tr[data-revision="2"]')), /Chưa xem xét/);

  const changes = section().locator('section.review-changes');
  assert.match(await text(changes.getByRole('heading')), /Thay đổi so với lần gửi 1/);
  const rows = changes.locator('tbody tr');
  assert.equal(await rows.count(), 1, 'only the changed cell is listed');
  const row = rows.first();
  assert.equal(await row.getAttribute('data-pointer-changed'), '/so_lieu/HCDB_04/tu_6_duoi_11__nam');
  assert.deepEqual(await row.locator('td').allInnerTexts(), ['1.234', '12']);
  assert.match(await text(row.locator('th')), / › /, 'the label path names the row and the column');

  const comments = section().locator('section.review-comments');
  assert.match(await text(comments), /Lần gửi 1, 16\/05\/2018 \d\d:\d\d, Phòng LĐTB&XH:/);
  assert.match(await text(comments), /Kiểm tra lại số trẻ khuyết tật/);
  await expectAccessible('review: history and changes');

  await section().getByRole('button', { name: 'Chấp nhận', exact: true }).click();
  const question = section().getByRole('group', { name: 'Chấp nhận lần gửi 2?' });
  await question.waitFor();
  await expectAccessible('review: accept confirm step');
  await question.getByRole('button', { name: 'Xác nhận' }).dblclick();
  await section().locator('#review-outcome').getByText(/Đã chấp nhận lần gửi 2 lúc 16\/05\/2018 \d\d:\d\d\./).waitFor();
  await section().getByText(/Lần gửi 2 đã được chấp nhận lúc/).waitFor();
  assert.equal(await section().getByRole('button', { name: 'Chấp nhận', exact: true }).count(), 0);
  assert.equal(await section().getByRole('button', { name: 'Trả lại kèm nhận xét' }).count(), 0);
  assert.equal(await section().getByRole('alert').count(), 0, 'the double click did not try a second decision');
  const decisions = await text(history.locator('tbody tr[data-revision="2"] td').last());
  assert.equal(decisions.match(/Đã chấp nhận/g)?.length, 1, `one decision recorded: ${decisions}`);
  await expectAccessible('review: accepted');
});

test('after a reload the accepted report still shows a notice, not the buttons', async () => {
  await page.reload();
  await section().getByText(/Lần gửi 2 đã được chấp nhận lúc/).waitFor();
  assert.match(await text(section().locator('p', { hasText: 'Lần gửi 2 ·' }).first()), /Đã chấp nhận/);
  assert.equal(await section().getByRole('button', { name: 'Chấp nhận', exact: true }).count(), 0);
  assert.equal(await section().locator('.review-reopen-slot').count(), 1);
});

test('in English the review page says the same, in English', async () => {
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await section().getByRole('heading', { name: 'Changes since revision 1' }).waitFor();
  await section().getByText(/Revision 2 was accepted at 16\/05\/2018 \d\d:\d\d\./).waitFor();
  assert.equal(await section().locator('table.review-history caption').innerText(), 'Revisions');
  assert.deepEqual(await section().locator('section.review-changes tbody td').allInnerTexts(), ['1,234', '12']);
  await page.getByText('Viewing date: 16/05/2018').waitFor();
  await expectAccessible('review in English');
  await page.getByLabel('Language').selectOption('vi');
});
