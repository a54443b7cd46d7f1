// End to end: the administrator makes the 2019 draft from the bundled 2018 pack with the
// new-year wizard in the built host app (host/dist), chromium: eight steps with the keyboard's
// Enter on "Tiếp tục", the check before Create, then the draft opens in the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostApp } from './support/host-app.mjs';

const app = hostApp({ today: '2018-12-01' });

test('the wizard turns tay-ho-2018 into the draft tay-ho-2019 and opens it in the editor', async () => {
  await app.open('');
  await app.chooseRole('Quản trị quận');
  await app.open('#/rollover');
  const page = app.page;
  const wizard = page.locator('fp-rollover');
  await wizard.waitFor();
  assert.equal(await wizard.locator('#year').inputValue(), '2019');
  await app.expectAccessible('rollover, step 1');
  const next = wizard.getByRole('button', { name: 'Tiếp tục' });
  for (let i = 0; i < 7; i += 1) {
    await next.press('Enter');
    await wizard.locator('#step-heading:focus').waitFor();
  }
  await wizard.getByText('Gói mới hợp lệ.').waitFor({ timeout: 30_000 });
  await app.expectAccessible('rollover, step 8');
  await wizard.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await page.waitForFunction(() => window.location.hash.startsWith('#/editor/tay-ho-2019/'), null, { timeout: 30_000 });
  await page.locator('fp-schema-editor').waitFor({ timeout: 30_000 });
});
