// End to end: the administrator's tools under rough handling, in the built host app (host/dist),
// chromium: a reload at once after an edit (typed and not yet left, or left and not yet saved)
// loses nothing; the editor URL of a published version refuses to edit it and offers a new draft.
// The steps share one browser context (one IndexedDB) and run in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostApp } from './support/host-app.mjs';

const app = hostApp({ today: '2018-12-01' });
const editor = () => app.page.locator('fp-schema-editor');
const FORM_NAME = 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt';

/** The Vietnamese name of Biểu 02 in the opened draft. */
function formLabel() {
  return editor().evaluate((ed) => ed.session.doc.forms.find((f) => f['x-fp-id'] === 'bieu-02')['x-fp-label'].vi);
}

/** The Vietnamese name box of Biểu 02 (the form opened in the forms tab). */
function nameBox() {
  return app.page.getByRole('group', { name: 'Tên biểu mẫu bieu-02' }).getByLabel('Tên (tiếng Việt)');
}

test('"Sửa thành bản mới" opens draft tay-ho-2018 1.1.0', async () => {
  const { page } = app;
  await app.open('');
  await app.chooseRole('Quản trị quận');
  await app.open('#/packs');
  await page.locator('tr[data-pack="tay-ho-2018@1.0.0"]').getByRole('button', { name: /Sửa thành bản mới/ }).click();
  await page.waitForURL(/#\/editor\/tay-ho-2018\/1\.1\.0$/);
  await editor().getByRole('button', { name: FORM_NAME, exact: true }).click();
  await nameBox().waitFor();
});

test('a name typed and reloaded at once (the box never left) is kept, and so is an edit reloaded before its save', async () => {
  const { page } = app;
  await nameBox().fill('Biểu 02 (gõ rồi tải lại ngay)');
  await page.reload();
  await editor().waitFor();
  assert.equal(await formLabel(), 'Biểu 02 (gõ rồi tải lại ngay)', 'the keystrokes in the focused box survive the reload');
  await editor().getByRole('button', { name: /^Biểu 02 \(gõ/ }).first().click();
  await nameBox().fill('Biểu 02 (rời ô rồi tải lại ngay)');
  await nameBox().press('Tab');
  await page.reload();
  await editor().waitFor();
  assert.equal(await formLabel(), 'Biểu 02 (rời ô rồi tải lại ngay)', 'the edit survives a reload before its save commits');
  // the journaled edit is saved to the store on opening: it is there after one more reload too
  await page.locator('formplan-pack-editor').getByText(/Đã lưu bản nháp/).waitFor();
  await page.reload();
  await editor().waitFor();
  assert.equal(await formLabel(), 'Biểu 02 (rời ô rồi tải lại ngay)');
  assert.ok(await editor().evaluate((ed) => ed.session.history().past.length) >= 2, 'both edits are undo steps');
});

test('in English, the editor URL of a published version refuses to edit it and offers a new version instead', async () => {
  const { page } = app;
  await page.getByLabel('Ngôn ngữ').selectOption('en');
  await app.open('#/editor/tay-ho-2018/1.0.0');
  const alert = page.locator('formplan-pack-editor [role="alert"]');
  await alert.getByText('tay-ho-2018 1.0.0 is published and cannot be edited: a published version never changes.', { exact: false }).waitFor();
  assert.equal(await editor().count(), 0, 'no editor over a published version');
  await app.expectAccessible('published version refused');
  await page.getByRole('button', { name: 'Edit tay-ho-2018 1.0.0 as a new version' }).click();
  await page.waitForURL(/#\/editor\/tay-ho-2018\/1\.2\.0$/);
  await editor().waitFor();
  const stored = await page.evaluate(async () => (await document.querySelector('formplan-host').store.getPack('tay-ho-2018', '1.0.0')).hash);
  assert.ok(stored, '1.0.0 is still published');
  await page.getByLabel('Language').selectOption('vi');
});
