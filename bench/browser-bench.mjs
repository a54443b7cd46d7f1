// Browser benchmarks: the built one-file bundle in headless chromium (playwright-core).
// - first render: from creating <fp-form> with a resolved matrix schema (schema mode) until every
//   cell input exists and one frame has passed;
// - keystroke to paint: one digit typed into an empty cell (real CDP key events), from the
//   capture-phase keydown to the first requestAnimationFrame after the row total shows the new
//   sum; "work" is keydown to the total's DOM change, without the frame.
import { launchChromium } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { mulberry32 } from './lib/prng.mjs';
import { median, percentile } from './lib/stats.mjs';

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>formplan bench</title>
<script type="module" src="/formplan.js"></script></head><body><main id="host"></main>
<script type="module">
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
function deepAll(root, sel, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.matches(sel)) out.push(el);
    if (el.shadowRoot) deepAll(el.shadowRoot, sel, out);
  }
  return out;
}
window.deepOne = (sel) => deepAll(document, sel)[0];
window.mountForm = async (url, expected) => {
  const schema = await (await fetch(url)).json();
  await customElements.whenDefined('fp-form');
  await frame(); await frame(); await new Promise((r) => setTimeout(r, 50));
  const t0 = performance.now();
  const el = document.createElement('fp-form');
  el.schema = schema;
  document.getElementById('host').append(el);
  for (;;) {
    await frame();
    if (deepAll(document, 'input[data-pointer^="/so_lieu/"]').length >= expected) break;
    if (performance.now() - t0 > 120000) throw new Error('timeout waiting for ' + expected + ' inputs');
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { ms: performance.now() - t0, inputs: deepAll(document, 'input[data-pointer^="/so_lieu/"]').length };
};
window.armKey = (totalPointer) => {
  const out = deepOne('[data-pointer="' + totalPointer + '"]');
  const before = out.textContent;
  window.keyResult = new Promise((resolve, reject) => {
    let t0 = 0;
    const timer = setTimeout(() => reject(new Error('total did not change: ' + totalPointer)), 20000);
    const onKey = () => { t0 = performance.now(); };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
    const mo = new MutationObserver(() => {
      if (out.textContent === before || !t0) return;
      const tWork = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => { clearTimeout(timer); resolve({ work: tWork - t0, paint: performance.now() - t0, total: out.textContent }); });
    });
    mo.observe(out, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return before;
};
</script></body></html>`;

const pad = (n, w) => String(n).padStart(w, '0');

/**
 * @param {{ bundle: string, forms: { rows: number, cols: number, schema: object }[], reps?: number, keys?: number, log?: (s: string) => void }} o
 */
export async function browserBench(o) {
  const reps = o.reps ?? 3;
  const keys = o.keys ?? 50;
  const log = o.log ?? (() => {});
  const routes = { '/': { body: PAGE, type: 'text/html; charset=utf-8' }, '/formplan.js': o.bundle, '/favicon.ico': { body: '' } };
  for (const f of o.forms) routes[`/schema-${f.rows}x${f.cols}.json`] = { body: JSON.stringify(f.schema), type: 'application/json' };
  const server = await serveStatic(routes);
  const browser = await launchChromium();
  const version = browser.version();
  const results = [];
  try {
    for (const f of o.forms) {
      const n = f.rows * f.cols;
      const mounts = [];
      let keyRun;
      for (let rep = 0; rep < reps; rep++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(`${server.url}/`);
        const m = await page.evaluate(([url, expected]) => window.mountForm(url, expected), [`/schema-${f.rows}x${f.cols}.json`, n]);
        if (m.inputs !== n) throw new Error(`expected ${n} inputs, found ${m.inputs}`);
        mounts.push(m.ms);
        log(`first render ${n} fields, rep ${rep + 1}: ${m.ms.toFixed(0)} ms`);
        if (rep === reps - 1) keyRun = await keystrokes(page, f, keys);
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
        await context.close();
      }
      log(`keystrokes ${n} fields: median ${median(keyRun.paint).toFixed(1)} ms`);
      results.push({
        fields: n, rows: f.rows, cols: f.cols, reps,
        mount: { median: median(mounts), min: Math.min(...mounts), max: Math.max(...mounts) },
        key: { n: keyRun.paint.length, median: median(keyRun.paint), p95: percentile(keyRun.paint, 95), workMedian: median(keyRun.work) },
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { chromium: version, forms: results };
}

async function keystrokes(page, f, keys) {
  const rnd = mulberry32(f.rows * 1000 + f.cols);
  const used = new Set();
  const paint = [];
  const work = [];
  while (paint.length < keys) {
    const r = 1 + Math.floor(rnd() * f.rows);
    const c = 1 + Math.floor(rnd() * f.cols);
    const cell = `/so_lieu/R${pad(r, 3)}/c${pad(c, 2)}`;
    if (used.has(cell)) continue;
    used.add(cell);
    const digit = String(1 + Math.floor(rnd() * 9));
    await page.locator(`fp-form [data-pointer="${cell}"]`).focus();
    await page.evaluate(() => new Promise((res) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => setTimeout(res, 15)))));
    await page.evaluate((p) => window.armKey(p), `/so_lieu/R${pad(r, 3)}/tong`);
    await page.keyboard.press(digit);
    const res = await page.evaluate(() => window.keyResult);
    paint.push(res.paint);
    work.push(res.work);
  }
  return { paint, work };
}
