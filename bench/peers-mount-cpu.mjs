// Mount cost of <fp-form> against the hand-written lit-html page of the bench-peers harness, as
// main-thread CPU time: a shared machine stretches wall-clock mounts (the harness's number), but
// far less the CPU the page's main thread spends between the mount call and the frame that shows
// every input. Reads a Chromium trace (each task's thread time, `tdur`) over that window, and in
// it the time V8 spent compiling functions at their first call (`V8.CompileCode`).
// `--ab-hint` adds a third page: the same formplan files with V8's compile hint line taken out
// (see COMPILE_HINT in bundle-size.mjs), to weigh what the hint moves from the mount to the load;
// "defined at" is when `<fp-form>` was defined, from the page's start (the files' load).
// Needs the harness built once (`node run.mjs ...` in it writes dist/) with formplan's files in its
// dist/ and `--formplan` a shim importing './formplan.js'. Pages run interleaved, alternating order. Run:
//   node bench/peers-mount-cpu.mjs --peers /tmp/bench-peers --formplan <shim.js> \
//     [--schemas flat-1000,matrix] [--reps 5] [--ab-hint]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { COMPILE_HINT } from './bundle-size.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : def; };
const DIST = resolve(opt('peers', '../shared/bench-peers'), 'dist');
const FORMPLAN = resolve(opt('formplan', 'packages/elements/dist/formplan.js'));
const REPS = Number(opt('reps', 5));
const SCHEMAS = opt('schemas', 'flat-1000,matrix').split(',');
const LIBS = ['lit-html-baseline', 'fp-form', ...(argv.includes('--ab-hint') ? ['no-hint/fp-form'] : [])];
/** Files the `no-hint/` pages get without the compile hint line. */
const HINTED = new Set(['formplan.js', 'formplan-runtime.js']);
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

const server = createServer((req, res) => {
  const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const bare = full.startsWith('/no-hint/');
  const path = bare ? full.slice('/no-hint'.length) : full;
  const file = path === '/fp-under-test.js' ? FORMPLAN : resolve(DIST, `.${path}`);
  if ((file !== FORMPLAN && !file.startsWith(DIST)) || !existsSync(file)) return void res.writeHead(404).end();
  let body = readFileSync(file);
  if (bare && HINTED.has(path.slice(1))) body = body.toString('utf8').split('\n').filter((l) => l !== COMPILE_HINT).join('\n');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();

/** One mount: wall ms (the harness's own number) and main-thread CPU ms over the same window. */
async function mountOnce(lib, schema) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    let ms;
    Object.defineProperty(window, 'mountMs', { set(v) { performance.mark('mount-end'); ms = v; }, get: () => ms });
    void window.customElements.whenDefined('fp-form').then(() => { window.fpDefinedAt = performance.now(); });
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'v8', 'disabled-by-default-v8.compile'] });
  await page.goto(`${base}${lib}.html?schema=${schema}`);
  await page.waitForFunction(() => window.benchState, null, { timeout: 120000 });
  const { wall, definedAt } = await page.evaluate(() => ({ wall: window.mountMs, definedAt: window.fpDefinedAt }));
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const end = events.find((e) => e.name === 'mount-end' && e.cat.includes('user_timing'));
  const start = end.ts - wall * 1000;
  const main = events.filter((e) => e.pid === end.pid && e.tid === end.tid && e.ph === 'X' && e.ts + e.dur > start && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { wall, cpu: outermost(main), compile: outermost(main.filter((e) => e.name === 'V8.CompileCode'), false), definedAt };
}

/** Total ms of events not nested in one already counted (thread time, unless `thread` is false). */
function outermost(events, thread = true) {
  let ms = 0;
  let until = 0;
  for (const e of events) {
    if (e.ts < until) continue;
    ms += ((thread ? e.tdur : undefined) ?? e.dur) / 1000;
    until = e.ts + e.dur;
  }
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('| schema | page | wall ms | main-thread CPU ms (per rep) | of it compiling at first call ms | defined at ms |\n|---|---|---:|---:|---:|---:|');
const fmt = (xs) => (xs.some((x) => x === undefined) ? '—' : median(xs).toFixed(1));
for (const schema of SCHEMAS) {
  const runs = Object.fromEntries(LIBS.map((l) => [l, []]));
  for (let r = 0; r < REPS; r++) for (const lib of r % 2 ? [...LIBS].reverse() : LIBS) runs[lib].push(await mountOnce(lib, schema));
  for (const lib of LIBS) {
    const rs = runs[lib];
    console.log(`| ${schema} | ${lib} | ${fmt(rs.map((x) => x.wall))} | ${fmt(rs.map((x) => x.cpu))} (${rs.map((x) => x.cpu.toFixed(0)).join(', ')}) | ${fmt(rs.map((x) => x.compile))} | ${fmt(rs.map((x) => x.definedAt))} |`);
  }
}
console.log(`medians of ${REPS} reps; ${new Date().toISOString().slice(0, 16)} UTC`);
await browser.close();
server.close();
