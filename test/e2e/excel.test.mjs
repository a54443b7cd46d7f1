// End to end (built host app, chromium): a ward downloads the Biểu 02 Excel template through the
// UI, fills it (with the libraries: cells found by the codes the file carries), uploads it; the report
// shows before anything is written (a negative count refused, saying why), "Ghi" writes the values, they survive a reload; "Khôi phục"
// restores the draft before the upload; a file that is not XLSX is refused and changes nothing.
// FORMPLAN_SCREENSHOTS=1 also writes docs/screenshots/excel-upload.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hostApp } from './support/host-app.mjs';
import { fillBieu } from './support/xlsx-fill.mjs';

const WARD_NAME = 'Phường Nhật Tân';
const FORM = '#/form/bieu-02/2018-H1';
const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const field = (pointer) => `[data-pointer="${pointer}"]`;
const CELLS = { '/so_lieu/HCDB_01/duoi_6__nam': 3, '/so_lieu/HCDB_01/duoi_6__nu': '1.234', '/so_lieu/HCDB_03/duoc_tro_giup': 7, '/so_lieu/HCDB_04/duoi_6__nu': -2 };

const app = hostApp({ today: '2018-05-16' });
const { open, chooseRole, expectAccessible } = app;

async function openForm() {
  await open(FORM);
  await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).waitFor();
}

async function upload(name, buffer) {
  await app.page.locator('fp-form [part~="excel-upload"] input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await app.page.locator('fp-form [role="dialog"]').waitFor();
}

test('the ward downloads the blank Biểu 02 through the UI', async () => {
  await open('');
  await chooseRole(WARD_NAME);
  await openForm();
  await app.page.locator(field('/so_lieu/HCDB_02/duoi_6__nam')).fill('9');
  await app.page.getByText('Đã lưu', { exact: false }).first().waitFor();
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: 'Tải Biểu Excel trống' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'bieu-02_P00094_2018-H1_mau.xlsx');
  const bytes = readFileSync(await file.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');
  app.filled = await fillBieu(new Uint8Array(bytes), CELLS);
});

test('uploading it shows the per-cell report first, writes on confirm, survives a reload', async () => {
  await upload('bieu-02-da-dien.xlsx', Buffer.from(app.filled));
  const dialog = app.page.getByRole('dialog', { name: /Tải lên từ Excel: bieu-02-da-dien\.xlsx/ });
  await dialog.getByText('Sẽ ghi 4 ô; từ chối 1 ô').waitFor();
  await dialog.getByRole('table', { name: /Ô bị từ chối/ }).getByText('số âm (-2) không hợp lệ').waitFor();
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).inputValue(), '', 'nothing written before the ward confirms');
  await expectAccessible('Excel upload dialog');
  if (process.env.FORMPLAN_SCREENSHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await app.page.screenshot({ path: `${SHOTS}excel-upload.png` });
  }
  await app.page.keyboard.press('Tab');
  assert.equal(await dialog.evaluate((d) => d.contains(d.getRootNode().activeElement)), true, 'focus stays in the dialog');
  await dialog.getByRole('button', { name: 'Ghi 4 ô vào biểu mẫu' }).click();
  await app.page.getByText('Đã ghi 4 ô từ bieu-02-da-dien.xlsx').waitFor();
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nu')).inputValue(), '1.234');
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_04/duoi_6__nu')).inputValue(), '', 'a refused cell writes nothing');
  await app.page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await app.page.reload();
  await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).waitFor();
  const supported = app.page.locator(field('/so_lieu/HCDB_03/duoc_tro_giup'));
  for (let i = 0; i < 100 && (await supported.inputValue()) !== '7'; i++) await app.page.waitForTimeout(100);
  assert.equal(await supported.inputValue(), '7');
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).inputValue(), '3');
});

test('the draft with its figures downloads and uploads back unchanged; "Khôi phục" restores the draft before an upload', async () => {
  const download = app.page.waitForEvent('download');
  await app.page.getByRole('button', { name: 'Tải Biểu Excel có số liệu' }).click();
  const file = await download;
  const same = readFileSync(await file.path());
  await upload('bieu-02-P00094.xlsx', same);
  await app.page.getByRole('dialog').getByText('Sẽ ghi 0 ô').waitFor();
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('dialog').waitFor({ state: 'detached' });
  await upload('lan-2.xlsx', Buffer.from(await fillBieu(new Uint8Array(same), { '/so_lieu/HCDB_05/duoi_6__nam': 11 })));
  await app.page.getByRole('button', { name: 'Ghi 1 ô vào biểu mẫu' }).click();
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_05/duoi_6__nam')).inputValue(), '11');
  await app.page.getByRole('button', { name: 'Khôi phục bản trước khi tải lên' }).click();
  await app.page.getByText('Đã khôi phục bản trước khi tải lên.').waitFor();
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_05/duoi_6__nam')).inputValue(), '');
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).inputValue(), '3');
});

test('a file that is not XLSX is refused with the reason and changes nothing', async () => {
  await upload('so-lieu.xlsx', Buffer.from('Đây không phải bảng tính'));
  const alert = app.page.getByRole('dialog').getByRole('alert');
  await alert.getByText(/không phải là bảng tính Excel \.xlsx/).waitFor();
  await expectAccessible('refused file');
  await app.page.getByRole('button', { name: 'Đóng' }).click();
  assert.equal(await app.page.locator(field('/so_lieu/HCDB_01/duoi_6__nam')).inputValue(), '3');
});
