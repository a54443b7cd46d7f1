// End to end: years and versions in the built host app (host/dist), chromium. Every role has a
// year switcher listing the years with a published version; the administrator's pack versions
// page lists the bundled 2018 pack as published with its content hash, exports it as a zip that
// core reads back equal, and refuses a garbage pack file with a vi/en error, storing nothing.
// The steps share one browser context (one IndexedDB) and run in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { hostApp } from './support/host-app.mjs';

const core = await tsImport('../../packages/core/src/index.ts', import.meta.url);
const { packObject } = await tsImport('../../host/pack-plugin.ts', import.meta.url);
const metaDir = fileURLToPath(new URL('../../schemas/meta/', import.meta.url));

/** The bundled 2018 pack as the host stores it: checked by loadPack. */
async function pack2018() {
  const { readdirSync } = await import('node:fs');
  const metaSchemas = await Promise.all(readdirSync(metaDir).filter((f) => f.endsWith('.schema.json'))
    .map(async (file) => ({ file, schema: JSON.parse(await readFile(metaDir + file, 'utf8')) })));
  const source = packObject(fileURLToPath(new URL('../../schemas/packs/tay-ho-2018/', import.meta.url)));
  const r = core.loadPack(source, { metaSchemas });
  assert.ok(r.ok, 'the bundled 2018 pack is valid');
  return r.pack;
}

const app = hostApp({ today: '2018-05-16' });
const { open, chooseRole, expectAccessible } = app;
const ROW_2018 = 'tr[data-pack="tay-ho-2018@1.0.0"]';

test('every role has a year switcher listing 2018 and 2019', async () => {
  await open('');
  await chooseRole('Phường Nhật Tân');
  const year = app.page.getByRole('combobox', { name: 'Năm' });
  await year.waitFor();
  assert.equal(await year.locator('option').allTextContents().then((t) => t.join('|')), '2018 (1.0.0)|2019 (1.0.0)');
  await chooseRole('Quản trị quận');
  assert.equal(await year.inputValue(), '2018');
  await expectAccessible('shell with the year switcher');
});

test('the pack versions page lists tay-ho-2018 1.0.0 as published, with its content hash', async () => {
  await open('#/packs');
  const row = app.page.locator(ROW_2018);
  await row.waitFor();
  const hash = await core.contentHash(await pack2018());
  const cells = await row.locator('td').allTextContents();
  assert.deepEqual(cells.slice(0, 4), ['2018', 'tay-ho-2018', '1.0.0', 'Đã công bố']);
  assert.equal(cells[5], hash.slice(0, 12));
  assert.equal(await row.locator('code[title]').getAttribute('title'), hash);
  await expectAccessible('pack versions');
});

test('exporting 2018 downloads tay-ho-2018-1.0.0.zip, which core reads back equal', async () => {
  const download = app.page.waitForEvent('download');
  await app.page.locator(ROW_2018).getByRole('button', { name: /Xuất tệp zip/ }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'tay-ho-2018-1.0.0.zip');
  const bytes = new Uint8Array(await readFile(await file.path()));
  const back = core.packFromZip(bytes, { maxBytes: core.MAX_PACK_BYTES });
  assert.equal(core.canonicalJson(back), core.canonicalJson(await pack2018()));
  await app.page.getByText('Đã lưu tệp tay-ho-2018-1.0.0.zip.').waitFor();
});

test('a garbage pack file is refused with a vi/en error and nothing is stored', async () => {
  const input = app.page.locator('#pack-file');
  await input.setInputFiles({ name: 'rac.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 không phải zip') });
  const alert = app.page.locator('formplan-pack-import [role="alert"]');
  await alert.getByText(/Không nhập được rac\.zip/).waitFor();
  assert.ok((await alert.locator('[lang="en"]').first().textContent()).length > 0, 'the English message follows');
  await input.setInputFiles({ name: 'goi.json', mimeType: 'application/json', buffer: Buffer.from('{"manifest": {"id": 1}}') });
  await alert.getByText(/Không nhập được goi\.json/).waitFor();
  assert.match(await alert.locator('li').first().textContent(), /goi\.json: /, 'each error names its file');
  await expectAccessible('refused pack file');
  await app.page.reload();
  await app.page.locator(ROW_2018).waitFor();
  assert.deepEqual(await app.page.locator('tr[data-pack]').evaluateAll((rows) => rows.map((r) => r.dataset.pack).sort()),
    ['tay-ho-2018@1.0.0', 'tay-ho-2019@1.0.0'], 'nothing was stored: the two bundled packs only');
});

test('"Sửa thành bản mới" opens draft 1.1.0 in the editor, kept across a reload; publishing it makes 2018 (1.1.0) the year\'s version', async () => {
  const { page } = app;
  await page.locator(ROW_2018).getByRole('button', { name: /Sửa thành bản mới/ }).click();
  await page.waitForURL(/#\/editor\/tay-ho-2018\/1\.1\.0$/);
  await page.locator('fp-schema-editor').waitFor();
  await page.reload();
  await page.locator('fp-schema-editor').waitFor();
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  const view = page.locator('formplan-publish-view');
  await view.getByRole('heading', { name: 'Công bố tay-ho-2018 1.1.0' }).waitFor();
  await view.getByText('Thay đổi so với phiên bản 1.0.0').waitFor();
  await view.getByText(/0 bản nháp chuyển được, 0 cần xem lại/).waitFor();
  await expectAccessible('publish view');
  await view.getByLabel('Ghi chú phát hành').fill('Bản sửa thử');
  await view.getByRole('button', { name: 'Công bố phiên bản 1.1.0' }).click();
  await view.getByText(/Đã công bố tay-ho-2018 1\.1\.0/).waitFor();
  const year = page.getByRole('combobox', { name: 'Năm' });
  assert.match((await year.locator('option').allTextContents()).join('|'), /2018 \(1\.1\.0\)/);
  await page.goto(page.url().replace(/#.*$/, '#/packs'));
  const row = page.locator('tr[data-pack="tay-ho-2018@1.1.0"]');
  await row.waitFor();
  assert.equal((await row.locator('td').allTextContents())[3], 'Đã công bố');
});
