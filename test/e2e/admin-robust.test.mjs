// End to end: the administrator's tools under rough handling, in the built host app (host/dist),
// chromium: a reload at once after an edit (typed and not yet left, or left and not yet saved)
// loses nothing; two tabs on one draft keep both tabs' edits ("Giữ thay đổi của tôi"); the editor
// URL of a published version refuses to edit it and offers a new draft; "Công bố" is refused while
// the draft has errors, with the way to them.
// The steps share one browser context (one IndexedDB) and run in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, hostApp } from './support/host-app.mjs';

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
  // the journaled edit is saved to the store on opening (whether or not its own save had committed
  // before the reload): wait until IndexedDB holds it, then it is there after one more reload too
  await page.waitForFunction((label) => new Promise((resolve) => {
    const open = globalThis.indexedDB.open('formplan');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const get = open.result.transaction('packDrafts').objectStore('packDrafts').get(['tay-ho-2018', '1.1.0']);
      get.onerror = () => { open.result.close(); resolve(false); };
      get.onsuccess = () => {
        open.result.close();
        resolve(get.result?.source.forms.find((f) => f['x-fp-id'] === 'bieu-02')?.['x-fp-label'].vi === label);
      };
    };
  }), 'Biểu 02 (rời ô rồi tải lại ngay)', { polling: 200 });
  await page.reload();
  await editor().waitFor();
  assert.equal(await formLabel(), 'Biểu 02 (rời ô rồi tải lại ngay)');
  assert.ok(await editor().evaluate((ed) => ed.session.history().past.length) >= 2, 'both edits are undo steps');
});

/** The labels of Biểu 02 in the draft opened in a page. */
function bieu02Label(ed) {
  return ed.evaluate((el) => el.session.doc.forms.find((f) => f['x-fp-id'] === 'bieu-02')['x-fp-label']);
}

/**
 * Two tabs on one draft: a second page opens it, the first saves the vi name `vi`, then the second
 * types the en name `en`; its save is refused. Runs `then` with the second page and its alert.
 */
async function conflictInSecondTab(vi, en, then) {
  const { page } = app;
  const second = await page.context().newPage();
  second.setDefaultTimeout(60_000);
  second.on('pageerror', (e) => console.error('pageerror:', e.message));
  try {
    await second.goto(page.url());
    const ed2 = second.locator('fp-schema-editor');
    await ed2.getByRole('button', { name: /^Biểu 02/ }).first().click();
    const enBox = second.getByRole('group', { name: 'Tên biểu mẫu bieu-02' }).getByLabel('Tên (tiếng Anh)');
    await enBox.waitFor();
    // the first tab saves an edit: the second tab's revision is now stale
    await editor().getByRole('button', { name: /^Biểu 02/ }).first().click();
    await nameBox().fill(vi);
    await nameBox().press('Tab');
    await page.locator('formplan-pack-editor').getByText(/Đã lưu bản nháp/).waitFor();
    await enBox.fill(en);
    await enBox.press('Tab');
    const alert = second.locator('formplan-pack-editor [role="alert"]').filter({ hasText: 'vừa được lưu ở một thẻ khác' });
    await alert.waitFor();
    await then(second, alert);
  } finally {
    await second.close();
  }
}

test('two tabs on one draft: the second tab\'s save is refused, "Giữ thay đổi của tôi" keeps both tabs\' edits', async () => {
  const { page } = app;
  await conflictInSecondTab('Biểu 02 (thẻ thứ nhất)', 'Form 02 (second tab)', async (second, alert) => {
    await assertAccessible(second, 'the conflict and its two choices');
    await alert.getByRole('button', { name: 'Giữ thay đổi của tôi' }).click();
    await second.locator('formplan-pack-editor').getByText(/Đã lưu bản nháp/).waitFor();
    assert.equal(await alert.count(), 0, 'the conflict is resolved');
  });
  await page.reload();
  await editor().waitFor();
  const labels = await bieu02Label(editor());
  assert.deepEqual([labels.vi, labels.en], ['Biểu 02 (thẻ thứ nhất)', 'Form 02 (second tab)'], 'both tabs\' edits are in the draft');
});

test('two tabs on one draft: "Tải bản mới nhất" discards the second tab\'s edit and shows the first tab\'s', async () => {
  await conflictInSecondTab('Biểu 02 (bản mới nhất)', 'Form 02 (discarded)', async (second, alert) => {
    await alert.getByRole('button', { name: 'Tải bản mới nhất' }).click();
    await alert.waitFor({ state: 'detached' });
    const labels = await bieu02Label(second.locator('fp-schema-editor'));
    assert.deepEqual([labels.vi, labels.en], ['Biểu 02 (bản mới nhất)', 'Form 02 (second tab)']);
  });
});

test('"Công bố" is refused while the draft has an error; its reason opens the problems tab', async () => {
  const { page } = app;
  const field = (code) => editor().locator(`li.field[data-code="${code}"]`);
  await editor().getByRole('button', { name: /^Biểu 02/ }).first().click();
  await field('tre_em_hcdb_duoc_tro_giup').locator('button.disclosure').click();
  const input = field('tre_em_hcdb_duoc_tro_giup').locator('fp-expression-input').filter({ hasText: 'Chỉ hiện khi' }).locator('input#expr');
  await input.fill('tre_em_hcdb_cu > 0');
  await input.press('Enter');
  const publish = page.getByRole('button', { name: 'Công bố', exact: true });
  const reason = page.locator('formplan-pack-editor #publish-blocked');
  await reason.getByText(/^Còn [1-9]\d* lỗi — xem Vấn đề$/).waitFor();
  assert.equal(await publish.getAttribute('aria-disabled'), 'true');
  assert.equal(await publish.getAttribute('aria-describedby'), 'publish-blocked', 'the reason describes the refused button');
  await publish.click({ force: true }); // aria-disabled: playwright, as assistive technology, takes it as not enabled
  assert.equal(await page.locator('formplan-publish-view').count(), 0, 'no publish view while the draft has errors');
  await app.expectAccessible('publish refused, with its reason');
  await reason.click();
  const problemsTab = editor().getByRole('tab', { name: /^Vấn đề/ });
  assert.equal(await problemsTab.getAttribute('aria-selected'), 'true', 'the reason opens the problems tab');
  assert.ok(await editor().evaluate((ed) => ed.shadowRoot.activeElement?.id === 'tab-problems'), 'and moves focus to it');
  await editor().locator('button[data-action="undo"]').click();
  await reason.waitFor({ state: 'detached' });
  assert.equal(await publish.getAttribute('aria-disabled'), 'false', 'publishing is offered again once the error is gone');
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
