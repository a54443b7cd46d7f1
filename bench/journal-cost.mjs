// Which way keeps the last keystroke of Biểu 02 (570 cells) across a reload: one IndexedDB
// transaction per change, or the synchronous localStorage journal? Measures the per-keystroke
// main-thread cost of each in chromium against the built host (host/dist), and how often a value
// typed and reloaded at 0 ms survives with each. Run: npm run build && node bench/journal-cost.mjs
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { serveDir } from '../test/e2e/support/serve-dir.mjs';

const DIST = fileURLToPath(new URL('../host/dist/', import.meta.url));
const FORM = '#/form/bieu-02/2018-H1';
const POINTER = '/so_lieu/HCDB_01/duoi_6__nam';
const TRIALS = Number(process.env.TRIALS ?? 10);

/** In the page: the fp-form element (searching shadow roots). */
const FIND_FORM = `(() => {
  const find = (root, sel) => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const f = find(el.shadowRoot, sel); if (f) return f; }
    return null;
  };
  window.fpFind = find;
  return true;
})()`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function openForm(page, url) {
  await page.goto(`${url}/?today=2018-05-10${FORM}`);
  await page.locator('formplan-host').waitFor();
  const role = page.getByRole('button', { name: 'Phường Nhật Tân', exact: true });
  const cell = page.locator(`[data-pointer="${POINTER}"]`);
  await Promise.race([cell.waitFor(), role.waitFor()]);
  if (await role.count()) {
    await role.click();
    await page.goto(`${url}/?today=2018-05-10${FORM}`);
  }
  await cell.waitFor();
  await page.evaluate(FIND_FORM);
}

/** Per-keystroke cost: journal write (JSON text + setItem) and one IndexedDB save per change (sync part, until commit). */
async function cost(page) {
  return page.evaluate(async (pointer) => {
    const form = window.fpFind(document, 'fp-form');
    const model = form.formModel;
    // every number cell filled: the whole 570-cell draft is journaled
    const cells = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('input[data-pointer^="/so_lieu/"]')) if (!el.readOnly) cells.push(el.dataset.pointer);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    cells.forEach((p, i) => model.set(p, (i % 97) + 1, { user: false }));
    // performance.now() is coarse (0.1 ms) here: time batches of 50 writes
    const setOnly = [];
    for (let b = 0; b < 10; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) model.set(pointer, b * 50 + i, { user: false });
      setOnly.push((performance.now() - t0) / 50);
    }
    const journal = [];
    for (let b = 0; b < 10; b++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) {
        model.set(pointer, b * 50 + i, { user: false });
        window.localStorage.setItem('bench:journal', JSON.stringify({ data: model.value, baseRevision: 1, savedAt: new Date().toISOString(), writer: 'b', seq: i }));
      }
      journal.push((performance.now() - t0) / 50);
    }
    window.localStorage.removeItem('bench:journal');
    const idbSync = [];
    const idbCommit = [];
    for (let i = 0; i < 50; i++) {
      model.set(pointer, 1000 + i, { user: true });
      const t0 = performance.now();
      const p = form.flush();
      idbSync.push(performance.now() - t0);
      await p;
      idbCommit.push(performance.now() - t0);
    }
    return { setOnly, journal, idbSync, idbCommit, cells: cells.length, chars: JSON.stringify(model.value).length };
  }, POINTER);
}

/** Types `value` into the cell and reloads at 0 ms; `idbOnly`: journal off, the save started in the input handler. */
async function survives(page, url, value, idbOnly) {
  if (idbOnly) {
    await page.evaluate(() => {
      window.Storage.prototype.setItem = () => { throw new window.DOMException('off', 'QuotaExceededError'); };
      const form = window.fpFind(document, 'fp-form');
      // one IndexedDB transaction per change, started at once (after the matrix put the value in the model)
      document.addEventListener('input', () => void form.flush());
    });
  }
  await page.locator(`[data-pointer="${POINTER}"]`).fill(String(value));
  await page.reload();
  await page.locator(`[data-pointer="${POINTER}"]`).waitFor();
  await page.evaluate(FIND_FORM);
  await page.waitForTimeout(1000);
  return (await page.locator(`[data-pointer="${POINTER}"]`).inputValue()) === String(value);
}

const server = await serveDir(DIST);
const browser = await launchChromium();
try {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await openForm(page, server.url);
  const c = await cost(page);
  console.log(`draft: ${c.cells} cells filled, ${c.chars} characters of JSON`);
  console.log(`model.set alone per keystroke: median ${median(c.setOnly).toFixed(3)} ms`);
  console.log(`model.set + journal write per keystroke: median ${median(c.journal).toFixed(3)} ms, max ${Math.max(...c.journal).toFixed(3)} ms`);
  console.log(`IndexedDB save per keystroke: main thread ${median(c.idbSync).toFixed(3)} ms, until commit median ${median(c.idbCommit).toFixed(2)} ms, max ${Math.max(...c.idbCommit).toFixed(2)} ms`);
  let kept = 0;
  for (let i = 0; i < TRIALS; i++) if (await survives(page, server.url, 20 + i, false)) kept++;
  console.log(`journal: reload at 0 ms kept the value ${kept}/${TRIALS}`);
  kept = 0;
  for (let i = 0; i < TRIALS; i++) if (await survives(page, server.url, 40 + i, true)) kept++;
  console.log(`IndexedDB per change: reload at 0 ms kept the value ${kept}/${TRIALS}`);
} finally {
  await browser.close();
  await server.close();
}
