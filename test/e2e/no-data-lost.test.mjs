// End to end: the last keystroke in Biểu 02 survives a reload at 0 ms, a tab closed at 0 ms and
// Tab then an immediate reload (the synchronous draft journal, replayed on the next load); the page
// asks before leaving only when an edit is really unsaved. Built host (host/dist) in chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newHostPage, startHostSession } from './support/host-app.mjs';
import { axeViolations } from './support/axe.mjs';

const WARD_NAME = 'Phường Nhật Tân';
const FORM = '#/form/bieu-02/2018-H1';
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

/** the host app, one browser and its first tab */
let session;
let page;

before(async () => {
  session = await startHostSession();
  page = session.page;
});
after(() => session?.close());

/** Another tab of the same browser (same IndexedDB and localStorage). */
const newPage = () => newHostPage(session.browser, { context: session.context });

/** Opens Biểu 02 for 6 months 2018 on 10/05/2018 (open for entry), choosing the ward's role on first run. */
async function openForm(p = page) {
  await p.goto(`${session.server.url}/?today=2018-05-10${FORM}`);
  await p.locator('formplan-host').waitFor();
  const first = cell('HCDB_01', 'duoi_6__nam');
  const role = p.getByRole('button', { name: WARD_NAME, exact: true });
  await Promise.race([p.locator(first).waitFor(), role.waitFor()]);
  if (await role.count()) {
    await role.click();
    await p.goto(`${session.server.url}/?today=2018-05-10${FORM}`);
  }
  await p.locator(first).waitFor();
}

/** Waits until the cell shows `text` (the draft loads, then the journal replays). */
async function expectCell(p, selector, text) {
  const input = p.locator(selector);
  await input.waitFor();
  await p.waitForFunction(
    ([sel, want]) => {
      const find = (root) => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; }
        return null;
      };
      return find(document)?.value === want;
    },
    [selector, text],
    { timeout: 10_000 },
  ).catch(() => undefined);
  assert.equal(await input.inputValue(), text, `${selector} after reopening`);
}

test('a digit typed and the page reloaded at 0 ms is there after the reload', async () => {
  await openForm();
  const target = cell('HCDB_01', 'duoi_6__nam');
  await page.locator(target).pressSequentially('7');
  await page.reload();
  await expectCell(page, target, '7');
  // the replay went through the store: it is saved, not only shown
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await page.reload();
  await expectCell(page, target, '7');
});

test('reloaded 300 and 600 ms after typing (inside the 800 ms debounce): the digit is there', async () => {
  for (const [ms, col] of [[300, 'tu_6_duoi_11__nam'], [600, 'tu_6_duoi_11__nu']]) {
    const target = cell('HCDB_01', col);
    await page.locator(target).pressSequentially(String(ms / 100));
    await page.waitForTimeout(ms);
    await page.reload();
    await expectCell(page, target, String(ms / 100));
  }
});

test('a digit typed and the tab closed at 0 ms is there when the form is opened again', async () => {
  const target = cell('HCDB_01', 'duoi_6__nu');
  await page.locator(target).pressSequentially('8');
  await page.close({ runBeforeUnload: false });
  page = await newPage();
  await openForm();
  await expectCell(page, target, '8');
});

test('a digit typed, Tab, and an immediate reload: the digit is there', async () => {
  const target = cell('HCDB_02', 'duoi_6__nam');
  await page.locator(target).pressSequentially('5');
  await page.keyboard.press('Tab');
  await page.reload();
  await expectCell(page, target, '5');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `replayed form: axe violations\n${JSON.stringify(violations, null, 2)}`);
});

/** Resolves in the page when the next draft save has committed. */
async function nextSave(p) {
  await p.evaluate(() => {
    window.nextSave = new Promise((resolve) => document.addEventListener('fp-saved', resolve, { once: true }));
  });
  return () => p.evaluate(() => window.nextSave.then(() => true));
}

/** Closes the page the way a user closes the tab (running `beforeunload`); the dialogs it opened. */
async function dialogsOnClose(p) {
  const dialogs = [];
  p.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await p.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 300));
  return dialogs;
}

test('no prompt before leaving after a normal save', async () => {
  const saved = await nextSave(page);
  await page.locator(cell('HCDB_02', 'duoi_6__nu')).pressSequentially('4');
  assert.equal(await saved(), true);
  assert.deepEqual(await dialogsOnClose(page), []);
  page = await newPage();
  await openForm();
  await expectCell(page, cell('HCDB_02', 'duoi_6__nu'), '4');
});

test('the page asks before leaving when an edit is in neither the store nor the journal', async () => {
  // storage full: the journal cannot keep the edit; the store's save is still pending (debounce)
  await page.evaluate(() => {
    window.Storage.prototype.setItem = () => {
      throw new window.DOMException('full', 'QuotaExceededError');
    };
  });
  const saved = await nextSave(page);
  await page.locator(cell('HCDB_03', 'duoi_6__nam')).pressSequentially('6');
  const asked = new Promise((resolve) => {
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  assert.equal(await asked, 'beforeunload');
  // staying on the page: the save goes on and then leaving asks nothing
  assert.equal(await saved(), true);
  assert.deepEqual(await dialogsOnClose(page), []);
});
