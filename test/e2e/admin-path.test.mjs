// End to end: the administrator's whole path to the 2019 pack in the built host app (host/dist),
// chromium, through the UI only: the new-year wizard rolls 2018 over to 2019 and swaps the
// criteria set for the imported QĐ 06/2019 file (mapping table); the editor adds a measure column
// to Biểu 02 on the grid, flags a rule naming a field that does not exist (in place and in the
// problems list), the problems list leads to the fix, undo and redo, a reload keeps the draft and
// its history, the preview shows the new column; publishing lists "Thêm cột …" and the criteria
// swap as breaking. The exported zip is the committed schemas/packs/tay-ho-2019/ (written there
// with FORMPLAN_WRITE_PACK=schemas/packs/tay-ho-2019; compared, version aside, otherwise). Then a
// ward files the 2019 Biểu 02 with the new column while its 2018 one keeps the old columns, and its
// 2019 self-assessment lists the 13 QĐ 06 criteria under the 2019 threshold (900 for city wards).
// Every click and keystroke of the administrator is counted and printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { hostApp } from './support/host-app.mjs';
import { adminCounter, committedPackFiles } from './support/admin-path.mjs';

const core = await tsImport('../../packages/core/src/index.ts', import.meta.url);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CRITERIA_FILE = join(ROOT, 'schemas/criteria-sets/qd-06-2019.json');
const PACK_DIR = join(ROOT, 'schemas/packs/tay-ho-2019');
const WRITE = process.env.FORMPLAN_WRITE_PACK;
/** the committed 2019 pack is bundled into the host (published as 1.0.0 at first run) */
const BUNDLED = existsSync(join(PACK_DIR, 'pack.json'));

const NEW_COLUMN = { code: 'co_ke_hoach_ho_tro', vi: 'Có kế hoạch can thiệp, hỗ trợ', en: 'With an intervention and support plan' };
/** a cell of Biểu 02's first row (Trẻ em mồ côi cả cha và mẹ) */
const cell = (column) => `[data-pointer="/so_lieu/HCDB_01/${column}"]`;
const BAD_RULE = 'tre_em_hcdb_cu > 0';
const GOOD_RULE = 'tre_em_hcdb > 0';

const app = hostApp({ today: '2018-12-01' });
const ui = adminCounter();
const started = Date.now();
/** the version the draft gets (1.0.0, or the next free one when tay-ho-2019 is bundled already) */
let version = '';

/** The steps run in order on one host; after a failed one the rest stop at once instead of timing out. */
let broken = '';
function step(name, fn) {
  test(name, async () => {
    assert.equal(broken, '', `an earlier step failed: ${broken}`);
    try {
      await fn();
    } catch (e) {
      broken = name;
      throw e;
    }
  });
}

const editor = () => app.page.locator('fp-schema-editor');
const field = (code) => editor().locator(`li.field[data-code="${code}"]`);
const visibleIf = (code) => field(code).locator('fp-expression-input').filter({ hasText: 'Chỉ hiện khi' }).locator('input#expr');

step('the wizard rolls 2018 over to 2019 with the QĐ 06/2019 criteria set and creates the draft', async () => {
  const { page } = app;
  await app.open('');
  await ui.click(page.getByRole('button', { name: 'Quản trị quận', exact: true }));
  await ui.click(page.getByRole('link', { name: 'Năm mới' }));
  const wizard = page.locator('fp-rollover');
  await wizard.locator('#year').waitFor();
  assert.equal(await wizard.locator('#year').inputValue(), '2019');
  await app.expectAccessible('rollover, step 1');
  const taken = wizard.locator('#version-taken');
  if (BUNDLED) {
    // The committed 2019 pack is bundled (published 1.0.0): the wizard says so and the draft takes the next free version.
    assert.match(await taken.textContent(), /Năm 2019 đã có gói \(phiên bản 1\.0\.0\); bản nháp mới sẽ là phiên bản 2\.0\.0/);
  } else {
    assert.equal(await taken.count(), 0);
  }
  const next = wizard.getByRole('button', { name: 'Tiếp tục' });
  await ui.click(next);
  await ui.click(next);
  await ui.click(wizard.getByRole('radio', { name: /Nhập tệp/ }));
  await ui.file(wizard.locator('#criteria-file'), CRITERIA_FILE);
  const mapping = wizard.locator('table.mapping');
  await mapping.waitFor();
  assert.equal(await mapping.locator('select[data-map]').first().locator('option').count(), 14, 'no target + 13 QĐ 06 criteria');
  await ui.select(mapping.locator('select[data-map="TC01"]'), 'QD06_TC1');
  assert.equal(await mapping.locator('tr[data-old="TC01"] td').nth(1).textContent(), 'chọn tay');
  await app.expectAccessible('rollover, criteria mapping');
  for (let i = 0; i < 5; i += 1) await ui.click(next);
  await wizard.getByText('Gói mới hợp lệ.').waitFor({ timeout: 30_000 });
  await ui.click(wizard.getByRole('button', { name: 'Tạo bản nháp' }));
  await page.waitForFunction(() => window.location.hash.startsWith('#/editor/tay-ho-2019/'), null, { timeout: 30_000 });
  version = decodeURIComponent(await page.evaluate(() => window.location.hash.split('/').pop()));
  assert.equal(version, BUNDLED ? '2.0.0' : '1.0.0');
  await editor().waitFor();
});

step('the editor adds the column on the Biểu 02 grid and flags, then fixes, a rule naming an unknown field', async () => {
  const { page } = app;
  await ui.click(editor().getByRole('button', { name: 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt', exact: true }));
  await ui.click(field('so_lieu').locator('button.disclosure'));
  await ui.click(field('so_lieu').getByRole('button', { name: 'Cột Được trợ giúp trong kỳ (duoc_tro_giup)' }));
  await ui.click(field('so_lieu').getByRole('button', { name: 'Thêm cột sau' }));
  const form = field('so_lieu').locator('form.col-actions');
  await ui.type(form.getByLabel('Mã'), NEW_COLUMN.code);
  await ui.type(form.getByLabel('Tên (tiếng Việt)'), NEW_COLUMN.vi);
  await ui.type(form.getByLabel('Tên (tiếng Anh)'), NEW_COLUMN.en);
  await ui.click(form.getByRole('button', { name: 'Thêm', exact: true }));
  await field('so_lieu').getByRole('button', { name: `Cột ${NEW_COLUMN.vi} (${NEW_COLUMN.code})` }).waitFor();
  await app.expectAccessible('editor, Biểu 02 grid with the new column');

  await ui.click(field('tre_em_hcdb_duoc_tro_giup').locator('button.disclosure'));
  const input = visibleIf('tre_em_hcdb_duoc_tro_giup');
  await ui.type(input, BAD_RULE);
  await ui.press(input, 'Enter');
  // in place: the expression input names the unknown field
  await field('tre_em_hcdb_duoc_tro_giup').getByText(/tre_em_hcdb_cu/).first().waitFor();
  const problemsTab = editor().getByRole('tab', { name: /^Vấn đề \([1-9]\d*\)$/ });
  await problemsTab.waitFor();
  await ui.click(problemsTab);
  const problem = editor().locator('button[data-problem]', { hasText: 'tre_em_hcdb_cu' });
  await problem.waitFor();
  assert.match(await problem.textContent(), /Lỗi \(Biểu mẫu\)/);
  await app.expectAccessible('editor, problems list');
  await ui.click(problem);
  await until(() => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.id === 'expr';
  }), 'the problem focuses the expression');
  await ui.replace(input, GOOD_RULE);
  await ui.press(input, 'Enter');
  await assertNoProblemNaming('tre_em_hcdb_cu');
});

/** Polls `fn` until it gives true (10 s at most). */
async function until(fn, what) {
  for (let i = 0; i < 100; i += 1) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out: ${what}`);
}

/** Whether a problem of the draft names `name`. */
function problemNaming(name) {
  return editor().evaluate((ed, n) => ed.currentProblems.some((p) => p.message.vi.includes(n)), name);
}

/** Waits until no problem of the draft names `name`. */
async function assertNoProblemNaming(name) {
  await until(async () => !(await problemNaming(name)), `no problem names ${name}`);
}

/** The number of edits in the draft's undo history. */
function pastEdits() {
  return editor().evaluate((ed) => ed.session.history().past.length);
}

async function undoLabel() {
  return editor().locator('button[data-action="undo"]').getAttribute('aria-label');
}

step('undo and redo the fix, reload mid-way: the draft and its history are kept; the preview shows the column', async () => {
  const { page } = app;
  const undo = editor().locator('button[data-action="undo"]');
  const redo = editor().locator('button[data-action="redo"]');
  await ui.click(undo);
  await until(() => problemNaming('tre_em_hcdb_cu'), 'undo brings the bad rule back');
  await ui.click(redo);
  await assertNoProblemNaming('tre_em_hcdb_cu');
  const before = await undoLabel();
  const past = await pastEdits();
  assert.ok(past >= 3, `three edits or more in the history, got ${past}`);

  await ui.reload(page);
  await editor().waitFor();
  assert.equal(await undoLabel(), before, 'the undo history survives the reload');
  assert.equal(await pastEdits(), past);
  await ui.click(editor().getByRole('button', { name: 'Biểu 02: Trẻ em có hoàn cảnh đặc biệt', exact: true }));
  const preview = editor().locator('fp-editor-preview');
  await preview.getByText(NEW_COLUMN.vi).first().waitFor();
  await ui.click(field('so_lieu').locator('button.disclosure'));
  await field('so_lieu').getByRole('button', { name: `Cột ${NEW_COLUMN.vi} (${NEW_COLUMN.code})` }).waitFor();
  await app.expectAccessible('editor after the reload, with the preview');
});

step('publish: the change log lists the new column and the criteria swap as breaking; the version is published', async () => {
  const { page } = app;
  await ui.click(page.getByRole('button', { name: 'Công bố', exact: true }));
  const view = page.locator('formplan-publish-view');
  await view.getByRole('heading', { name: `Công bố tay-ho-2019 ${version}` }).waitFor();
  const changes = await view.locator('ul.changes li').allTextContents();
  const added = changes.find((c) => c.includes('Thêm cột') && c.includes(NEW_COLUMN.vi));
  assert.ok(added, `"Thêm cột '${NEW_COLUMN.vi}'" in the change log:\n${changes.join('\n')}`);
  const swap = changes.find((c) => /bộ tiêu chí/.test(c) && /qd-06-2019|QĐ 06|06\/QĐ-TTg/i.test(c) && /Phá vỡ tương thích/.test(c));
  assert.ok(swap, `the criteria swap is breaking:\n${changes.join('\n')}`);
  await app.expectAccessible('publish view');
  await ui.click(view.getByRole('button', { name: `Công bố phiên bản ${version}` }));
  await view.getByText(new RegExp(`Đã công bố tay-ho-2019 ${version.replace(/\./g, '\\.')}`)).waitFor();
});

step('the exported 2019 zip is the committed schemas/packs/tay-ho-2019 (written there with FORMPLAN_WRITE_PACK)', async () => {
  const { page } = app;
  await ui.click(page.getByRole('link', { name: 'Phiên bản bộ cấu hình' }));
  const row = page.locator(`tr[data-pack="tay-ho-2019@${version}"]`);
  await row.waitFor();
  assert.equal((await row.locator('td').allTextContents())[3], 'Đã công bố');
  const download = page.waitForEvent('download');
  await ui.click(row.getByRole('button', { name: /Xuất tệp zip/ }));
  const file = await download;
  assert.equal(file.suggestedFilename(), `tay-ho-2019-${version}.zip`);
  const pack = core.packFromZip(new Uint8Array(await readFile(await file.path())), { maxBytes: core.MAX_PACK_BYTES });
  const committed = BUNDLED ? committedPackFiles(PACK_DIR) : undefined;
  // The version is the one field that may differ: the committed pack is bundled as 1.0.0, so a
  // rollover in the same host makes the next free version.
  const committedVersion = committed ? JSON.parse(committed['pack.json']).version : version;
  const exported = packFiles({ ...pack, manifest: { ...pack.manifest, version: committedVersion } });
  if (WRITE) {
    const dir = resolve(ROOT, WRITE);
    for (const [path, text] of Object.entries(exported)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    console.log(`wrote ${Object.keys(exported).length} files to ${dir}`);
    return;
  }
  assert.ok(committed, 'schemas/packs/tay-ho-2019 is committed (generate it with FORMPLAN_WRITE_PACK=schemas/packs/tay-ho-2019)');
  assert.deepEqual(Object.keys(exported).sort(), Object.keys(committed).sort(), 'the same files');
  for (const path of Object.keys(committed)) assert.equal(exported[path], committed[path], `${path} as committed`);
});

/** A pack as the texts of its folder (core packToFiles + packFileText: what the zip holds). */
function packFiles(pack) {
  const r = core.packToFiles(pack);
  assert.ok(r.ok, 'the pack has a folder layout');
  return Object.fromEntries(Object.entries(r.files).map(([path, value]) => [path, core.packFileText(value)]));
}

step('the administrator\'s path, counted', () => {
  console.log(`admin path (draft tay-ho-2019 ${version}): ${ui.clicks} clicks, ${ui.keys} keystrokes (${ui.typed} typed characters), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.ok(ui.clicks > 0 && ui.keys > 0);
});

/** Fills the first row and the once-counted figures of Biểu 02 (dated `day`) and sends it. */
async function fileBieu02(day, supported, extra = {}) {
  const { page } = app;
  await page.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill(day);
  await page.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Nguyễn Thị Lan');
  await page.locator(cell('duoi_6__nam')).fill(String(supported / 2));
  await page.locator(cell('duoi_6__nu')).fill(String(supported / 2));
  await page.locator(cell('duoc_tro_giup')).fill(String(supported));
  for (const [column, value] of Object.entries(extra)) await page.locator(cell(column)).fill(String(value));
  await page.locator('[data-pointer="/tre_em_hcdb"]').fill(String(supported));
  await page.locator('[data-pointer="/tre_em_hcdb_duoc_tro_giup"]').fill(String(supported));
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText(/Đã gửi báo cáo \(lần 1\)/).first().waitFor();
}

step('a ward: the year switcher offers 2018 and 2019; its 2018 Biểu 02 keeps the old columns, the 2019 one has the new column', async () => {
  const { page } = app;
  await app.open('', '2018-03-10');
  await app.chooseRole('Phường Nhật Tân');
  const year = page.getByRole('combobox', { name: 'Năm' });
  const years = await year.locator('option').allTextContents();
  assert.deepEqual(years.map((y) => y.slice(0, 4)), ['2018', '2019']);
  assert.ok(years[1].includes(`(${version})`), years.join('|'));
  await year.selectOption('2018');
  await app.open('#/form/bieu-02/2018-Q1', '2018-03-10');
  await page.locator(cell('duoc_tro_giup')).waitFor();
  assert.equal(await page.locator(cell(NEW_COLUMN.code)).count(), 0, '2018 keeps its columns');
  assert.equal(await page.getByText(NEW_COLUMN.vi).count(), 0);
  await fileBieu02('2018-03-05', 2);

  await year.selectOption('2019');
  await app.open('#/form/bieu-02/2019-Q1', '2019-03-10');
  await page.locator(cell(NEW_COLUMN.code)).waitFor();
  await page.getByText(NEW_COLUMN.vi).first().waitFor();
  await app.expectAccessible('ward, Biểu 02 of 2019');
  await fileBieu02('2019-03-05', 4, { [NEW_COLUMN.code]: 3 });
});

step('the ward\'s 2019 self-assessment lists the 13 QĐ 06 criteria, scored by the 2019 rule (900 for city wards)', async () => {
  const { page } = app;
  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2019');
  await app.open('#/assessment', '2019-10-01');
  const assessment = page.locator('fp-assessment');
  await assessment.getByText(/Ngưỡng công nhận \(Phường thuộc quận.*\): 900 điểm/).waitFor();
  await assessment.getByText(/Tổng điểm: [\d.]+\/1\.000/).first().waitFor();
  await assessment.getByText('Chưa đạt tiêu chuẩn phường phù hợp với trẻ em').first().waitFor();
  const criteria = JSON.parse(readFileSync(CRITERIA_FILE, 'utf8')).criteria;
  assert.equal(criteria.length, 13);
  for (const c of criteria) await assessment.getByText(c.title.vi, { exact: false }).first().waitFor();
  await app.expectAccessible('ward, 2019 self-assessment');
});

step('the district compares 2019 with 2018 by code: the same figures side by side, the new column without a last-year figure', async () => {
  const { page } = app;
  await app.chooseRole('Cán bộ Phòng LĐTB&XH');
  await app.open('#/totals/bieu-02/2019-Q1', '2019-03-20');
  await page.getByRole('heading', { name: 'So sánh với năm trước' }).waitFor();
  const same = page.locator('fp-aggregate button.total[data-pointer="/so_lieu/HCDB_01/duoc_tro_giup"]');
  await same.waitFor();
  assert.match(await same.textContent(), /4[\s\S]*Năm trước: 2/);
  const added = page.locator(`fp-aggregate button.total[data-pointer="/so_lieu/HCDB_01/${NEW_COLUMN.code}"]`);
  assert.match(await added.textContent(), /3/);
  assert.doesNotMatch(await added.textContent(), /Năm trước/);
  await app.expectAccessible('district totals compared with 2018');
});
