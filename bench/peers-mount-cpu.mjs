// Mount cost of <fp-form> against the hand-written lit-html page of the bench-peers harness, as
// main-thread CPU time: a shared machine stretches wall-clock mounts (the harness's number), but
// far less the CPU the page's main thread spends between the mount call and the frame that shows
// every input. Reads a Chromium trace (each task's thread time, `tdur`) over that window.
// Needs the harness built once (`node run.mjs ...` in it writes dist/). Run:
//   node bench/peers-mount-cpu.mjs --peers /tmp/bench-peers --formplan packages/elements/dist/formplan.js \
//     [--schemas flat-1000,matrix] [--reps 5]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(`--${name}`); return i >= 0 ? argv[i + 1] : def; };
const DIST = resolve(opt('peers', '../shared/bench-peers'), 'dist');
const FORMPLAN = resolve(opt('formplan', 'packages/elements/dist/formplan.js'));
const REPS = Number(opt('reps', 5));
const SCHEMAS = opt('schemas', 'flat-1000,matrix').split(',');
const LIBS = ['lit-html-baseline', 'fp-form'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path === '/fp-under-test.js' ? FORMPLAN : resolve(DIST, `.${path}`);
  if ((file !== FORMPLAN && !file.startsWith(DIST)) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
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
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing', 'toplevel'] });
  await page.goto(`${base}${lib}.html?schema=${schema}`);
  await page.waitForFunction(() => window.benchState, null, { timeout: 120000 });
  const wall = await page.evaluate(() => window.mountMs);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await page.close();
  const end = events.find((e) => e.name === 'mount-end' && e.cat.includes('user_timing'));
  const start = end.ts - wall * 1000;
  const main = events.filter((e) => e.pid === end.pid && e.tid === end.tid && e.ph === 'X' && e.ts + e.dur > start && e.ts <= end.ts)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let cpu = 0;
  let until = 0;
  for (const e of main) {
    if (e.ts < until) continue; // nested in a task already counted
    cpu += (e.tdur ?? e.dur) / 1000;
    until = e.ts + e.dur;
  }
  return { wall, cpu };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log('| schema | page | wall ms (median) | main-thread CPU ms (median; per rep) |\n|---|---|---:|---:|');
for (const schema of SCHEMAS) {
  const runs = Object.fromEntries(LIBS.map((l) => [l, []]));
  for (let r = 0; r < REPS; r++) for (const lib of r % 2 ? [...LIBS].reverse() : LIBS) runs[lib].push(await mountOnce(lib, schema));
  for (const lib of LIBS) {
    const rs = runs[lib];
    console.log(`| ${schema} | ${lib} | ${median(rs.map((x) => x.wall)).toFixed(0)} | ${median(rs.map((x) => x.cpu)).toFixed(0)} (${rs.map((x) => x.cpu.toFixed(0)).join(', ')}) |`);
  }
}
await browser.close();
server.close();
