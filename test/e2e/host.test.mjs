// End to end: a ward's and a district's year in the built host app (host/dist), in chromium.
// The steps share one browser context (one IndexedDB) and run in order, as the year does.
import { Buffer } from 'node:buffer';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations } from './support/axe.mjs';
import { assertAccessible, chooseRoleOn, openAt, startHostSession } from './support/host-app.mjs';

const SHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const WARD = 'P00094';
const WARD_NAME = 'Phường Nhật Tân';
const cell = (row, col) => `[data-pointer="/so_lieu/${row}/${col}"]`;

let session;
let server;
let browser;
let context;
let page;

before(async () => {
  session = await startHostSession();
  ({ server, browser, context, page } = session);
});

after(() => session?.close());

const open = (hash, today) => openAt(page, server.url, hash, today);
const chooseRole = (name) => chooseRoleOn(page, name);
const expectAccessible = (label) => assertAccessible(page, label);

async function shot(name) {
  if (!process.env.FORMPLAN_SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: SHOTS + name, fullPage: false });
}

test('first run: the 2018 pack is loaded and the roles are offered', async () => {
  await open('');
  await page.getByRole('heading', { name: 'Chọn vai trò làm việc' }).waitFor();
  assert.equal(await page.getByRole('button', { name: /^Phường / }).count(), 8);
  await expectAccessible('role choice');
});

test('the ward sees its year: the 6-month report is late on 16/5/2018', async () => {
  await chooseRole(WARD_NAME);
  const row = page.locator('fp-calendar tr', { hasText: 'Biểu 02' });
  const h1 = row.locator('button').nth(1);
  assert.equal(await h1.getAttribute('data-status'), 'late');
  await expectAccessible('ward calendar');
  await shot('ward-calendar.png');
  await h1.click();
  await page.locator(cell('HCDB_01', 'duoi_6__nam')).waitFor();
});

test('the ward fills Biểu 02, reloads mid-way and loses nothing', async () => {
  await page.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').fill('2018-05-10');
  await page.locator('[data-pointer="/thong_tin/nguoi_lap"]').fill('Nguyễn Thị Lan');
  await page.locator(cell('HCDB_01', 'duoi_6__nam')).fill('3');
  await page.locator(cell('HCDB_01', 'duoi_6__nu')).fill('2');
  await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).fill('1.234');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await page.reload();
  await page.locator(cell('HCDB_01', 'duoi_6__nam')).waitFor();
  await page.waitForFunction(
    (sel) => {
      const find = (root) => {
        const hit = root.querySelector(sel);
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; }
        return null;
      };
      return find(document)?.value === '3';
    },
    cell('HCDB_01', 'duoi_6__nam'),
  );
  assert.equal(await page.locator('[data-pointer="/thong_tin/nguoi_lap"]').inputValue(), 'Nguyễn Thị Lan');
  assert.equal(await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).inputValue(), '1.234');
  await expectAccessible('Biểu 02 form');
  await shot('ward-form-bieu-02.png');
});

test('the ward submits Biểu 02', async () => {
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText(/Đã gửi báo cáo \(lần 1\)/).first().waitFor();
});

test('the district sees 1/8 complete and the totals', async () => {
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open('#/board/2018-H1');
  await page.locator('fp-calendar').getByText(/1\/8/).first().waitFor();
  await expectAccessible('completeness board');
  await shot('district-board.png');
  await open('#/totals/bieu-02/2018-H1');
  const total = page.locator('fp-aggregate').getByText('1.234').first();
  await total.waitFor();
  await page.locator('fp-aggregate').getByText(/chưa đủ/).first().waitFor();
  await page.locator('fp-aggregate').getByText('Phường Bưởi').first().waitFor();
  await expectAccessible('district totals');
  await shot('district-totals.png');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Excel/ }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /\.xlsx$/);
});

test('the district returns the report with a comment', async () => {
  await open(`#/review/${WARD}/bieu-02/2018-H1`);
  await page.getByLabel('Nhận xét gửi phường').fill('Kiểm tra lại số trẻ khuyết tật nhóm 6–11 tuổi.');
  await expectAccessible('review');
  await page.getByRole('button', { name: 'Trả lại kèm nhận xét' }).click();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByText(/Đã trả lại lần gửi 1 với ý kiến/).waitFor();
});

test('the ward sees the comment, corrects and resubmits (revision 2)', async () => {
  await chooseRole(WARD_NAME);
  await open('#/form/bieu-02/2018-H1');
  await page.getByText('Kiểm tra lại số trẻ khuyết tật nhóm 6–11 tuổi.').first().waitFor();
  await page.locator(cell('HCDB_04', 'tu_6_duoi_11__nam')).fill('12');
  await page.getByText('Đã lưu', { exact: false }).first().waitFor();
  await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText(/Đã gửi báo cáo \(lần 2\)/).first().waitFor();
});

test('the district accepts revision 2', async () => {
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open(`#/review/${WARD}/bieu-02/2018-H1`);
  await page.getByText(/Lần gửi 2/).first().waitFor();
  await page.getByRole('button', { name: 'Chấp nhận' }).click();
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByText(/Đã chấp nhận lần gửi 2 lúc/).waitFor();
  await open('#/board/2018-H1');
  const row = page.locator('fp-calendar tr', { hasText: WARD_NAME });
  await row.locator('button[data-status="accepted"]').first().waitFor();
});

test('the self-assessment scores a ward', async () => {
  await chooseRole(WARD_NAME);
  await open('#/assessment', '2018-11-10');
  const summary = page.locator('fp-assessment [data-total]');
  await summary.waitFor();
  const before = Number(await summary.getAttribute('data-total'));
  const firstNumber = page.locator('fp-assessment input[data-number="answer"]').first();
  const firstRadio = page.locator('fp-assessment input[type="radio"][data-code]').first();
  if (await firstNumber.count()) await firstNumber.fill('100');
  else await firstRadio.check();
  await page.waitForFunction(
    (b) => {
      const host = document.querySelector('formplan-host');
      const el = host?.shadowRoot?.querySelector('fp-assessment')?.shadowRoot?.querySelector('[data-total]');
      return el && Number(el.getAttribute('data-total')) > b;
    },
    before,
  );
  await expectAccessible('self-assessment');
  await shot('ward-assessment.png');
});

test('the plan page shows all 12 assignment blocks', async () => {
  await open('#/plan');
  await page.locator('fp-plan [data-assignment]').first().waitFor();
  assert.equal(await page.locator('fp-plan [data-assignment]').count(), 12);
  await page.locator('fp-plan').getByText('Phạm Xuân Tài').first().waitFor();
  await expectAccessible('plan');
  await shot('plan-document.png');
});

test('a ward officer cannot open district pages', async () => {
  await open('#/pack');
  await page.getByText('Vai trò hiện tại không được mở trang này.').waitFor();
});

test('the embed page works with nothing but the bundle: formplan.js and the chunks it imports on demand', async () => {
  const embed = await context.newPage();
  const requests = [];
  embed.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = [];
  embed.on('pageerror', (e) => errors.push(e.message));
  await embed.goto(`${server.url}/embed.html`);
  const input = embed.locator('fp-form [data-pointer^="/"]').first();
  await input.waitFor();
  assert.deepEqual(errors, []);
  const scripts = requests.filter((p) => p.endsWith('.js'));
  // a pack without precompiled validators: the run-time chunk (store, interpreter) and the parser
  assert.deepEqual([...new Set(scripts)].sort(), ['/formplan-parser.js', '/formplan-runtime.js', '/formplan.js']);
  const violations = await axeViolations(embed);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  if (process.env.FORMPLAN_SCREENSHOTS) await embed.screenshot({ path: SHOTS + 'embed.png' });
  await embed.close();
});

// ---- Vietnamese details (issue 10) ----

const periodSelect = () => page.locator('.toolbar label', { hasText: 'Kỳ báo cáo' }).locator('select');

async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ');
}

test('the review names the status in words (one word for accepted), dated on the viewing date', async () => {
  await chooseRole('Cán bộ Phòng LĐTB&XH');
  await open(`#/review/${WARD}/bieu-02/2018-H1`);
  const line = page.locator('formplan-review-section p', { hasText: 'Lần gửi 2' }).first();
  await line.waitFor();
  const text = await textOf(line);
  assert.match(text, /Đã chấp nhận/);
  assert.doesNotMatch(text, /accepted|submitted|Đã duyệt/);
  assert.match(text, /16\/5\/2018|16\/05\/2018/, `submitted on the viewing date: ${text}`);
});

test('the board and the totals open on the period most recently due', async () => {
  await open('#/board', '2018-05-16');
  await page.locator('fp-calendar').waitFor();
  assert.equal(await periodSelect().inputValue(), '2018-H1');
  await open('#/totals', '2018-09-01');
  assert.equal(await periodSelect().inputValue(), '2018-M9');
});

test('a district officer reads an unreadable ward file in Vietnamese words', async () => {
  await open('#/import');
  await page.getByLabel(/Tệp của phường/).setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from('{ khong phai json') });
  const report = page.locator('formplan-import-section .report');
  await report.getByText(/Không đọc được tệp/).first().waitFor();
  assert.doesNotMatch(await textOf(report), /Unexpected|JSON\.parse|token/i);
});

test('numbers have Vietnamese separators: a report due in 2018 seen in 2026 is "trễ 3.xxx ngày"', async () => {
  await chooseRole(WARD_NAME);
  await open('#/reports', '2026-12-03');
  const cellText = await textOf(page.locator('fp-calendar tr', { hasText: 'Biểu 02' }).locator('button').first());
  assert.match(cellText, /trễ \d\.\d{3} ngày/);
});

test('an unknown form is named in words, without codes', async () => {
  await open('#/form/bieu-99/2018-H1');
  const alert = page.locator('main [role="alert"]').first();
  await alert.waitFor();
  const text = await textOf(alert);
  assert.match(text, /không có biểu mẫu này/);
  assert.doesNotMatch(text, /bieu-99|tay-ho-2018/);
});

test('a form prints without the app chrome, banners and buttons; its print button prints', async () => {
  await open('#/form/bieu-02/2018-H1');
  const printButton = page.getByRole('button', { name: 'In biểu mẫu' });
  await printButton.waitFor();
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed++;
    };
  });
  await printButton.click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.emulateMedia({ media: 'print' });
  try {
    assert.equal(await page.locator('header.top').isVisible(), false, 'the host header is hidden in print');
    assert.equal(await page.locator('nav').first().isVisible(), false, 'the navigation is hidden in print');
    assert.equal(await page.locator('fp-form [part~="lifecycle"]').first().isVisible(), false, 'the status banner is hidden in print');
    assert.equal(await printButton.isVisible(), false, 'the print button is hidden in print');
    assert.equal(await page.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]').inputValue(), '10/05/2018');
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
});

test('in an en-US browser, a first visit opens on the newest pack year and dates read and write dd/mm/yyyy', async () => {
  const en = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-US' });
  const p = await en.newPage();
  p.setDefaultTimeout(60_000);
  try {
    await p.goto(`${server.url}/`);
    await p.getByRole('button', { name: WARD_NAME, exact: true }).click();
    const viewing = p.getByLabel('Ngày xem');
    await p.locator('fp-calendar').waitFor();
    assert.match(await viewing.inputValue(), /^\d{2}\/\d{2}\/2019$/, 'the viewing date is in the newest pack year (2019)');
    assert.doesNotMatch(await textOf(p.locator('fp-calendar')), /trễ \d\.\d{3} ngày/);
    await viewing.fill('20/06/2018');
    await viewing.press('Tab');
    await p.waitForFunction(() => globalThis.sessionStorage.getItem('formplan.today') === '2018-06-20');
    await p.goto(`${server.url}/#/form/bieu-01/2018-M9`); // open on 20/06 (H1 is locked from 31/05)
    const date = p.locator('[data-pointer="/thong_tin/ngay_chot_so_lieu"]');
    await date.waitFor();
    assert.equal(await date.getAttribute('type'), 'text');
    assert.equal(await date.getAttribute('placeholder'), 'dd/mm/yyyy');
    await date.fill('31/02/2018');
    await p.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await p.getByText('Phải là ngày hợp lệ (dd/mm/yyyy)').first().waitFor();
    assert.equal(await date.inputValue(), '31/02/2018', 'an impossible date stays as typed');
    await date.fill('30/6/2018');
    await date.blur();
    assert.equal(await date.inputValue(), '30/06/2018');
  } finally {
    await en.close();
  }
});
