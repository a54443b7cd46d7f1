// formplan benchmarks: `npm run bench` (node --import tsx bench/run.mjs [--reps 2] [--keys 50]
// [--edits 10] [--no-build] [--only editor]). Core in node (through tsx, from packages/core/src),
// the built bundles in headless chromium. Fixed seeds and sizes; prints the tables and writes the
// generated parts of docs/benchmarks.md (between the bench markers, one pair for the main part and
// one for the editor part, so `--only editor` rewrites just that; the rest of the file is kept).
// Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { resolveAuthoredForm } from '../packages/core/src/index.ts';
import { browserBench } from './browser-bench.mjs';
import { BUNDLE_PATH, bundleReport } from './bundle-size.mjs';
import { EDITOR_BUNDLE, editorSection } from './editor-section.mjs';
import { matrixPack } from './lib/matrix-form.mjs';
import { syncSection } from './sync-section.mjs';
import { fmt } from './lib/stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOC = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const START = '<!-- bench:start (written by npm run bench; edit outside the markers) -->';
const END = '<!-- bench:end -->';
const EDITOR_START = '<!-- bench:editor:start (written by npm run bench; edit outside the markers) -->';
const EDITOR_END = '<!-- bench:editor:end -->';
const SYNC_START = '<!-- bench:sync:start (written by npm run bench; edit outside the markers) -->';
const SYNC_END = '<!-- bench:sync:end -->';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const REPS = opt('reps', 2);
const KEYS = opt('keys', 50);
const EDITS = Math.max(5, opt('edits', 10));
const ONLY_EDITOR = args.includes('--only') && args[args.indexOf('--only') + 1] === 'editor';
const ONLY_SYNC = args.includes('--only') && args[args.indexOf('--only') + 1] === 'sync';
const log = (s) => console.error(`[bench] ${s}`);
const started = Date.now();
const loadStart = os.loadavg();

if (ONLY_SYNC) {
  const lines = syncSection(log);
  writeSection(SYNC_START, SYNC_END, lines);
  console.log(lines.join('\n'));
  process.exit(0);
}
if (!args.includes('--no-build') || !existsSync(BUNDLE_PATH) || !existsSync(EDITOR_BUNDLE)) {
  const cmd = ONLY_EDITOR ? ['run', 'build', '-w', '@formplan/elements'] : ['run', 'build'];
  log(`building the bundles (npm ${cmd.join(' ')})`);
  const b = spawnSync('npm', cmd, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (b.status !== 0) throw new Error(`npm ${cmd.join(' ')} failed`);
}
const cpu = os.cpus();
const kB = (n) => (n / 1024).toFixed(1);
const machineOf = (chromium) => `${cpu[0]?.model ?? 'unknown CPU'} · ${cpu.length} cores · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB · ${os.type()} ${os.release()} · node ${process.version} · Chromium ${chromium} headless`;
const loadLine = (a, b) => `Load average (1 min) ${a.toFixed(1)} at the start and ${b.toFixed(1)} at the end${Math.max(a, b) > cpu.length * 1.5 ? ': well above the core count, so the machine was shared and these figures are slower than on an idle machine' : ` (${cpu.length} cores)`}.`;
const runLine = (t0, chromium) => `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${Math.round((Date.now() - t0) / 1000)} s. Machine: ${machineOf(chromium)}.`;

/** Writes `lines` between a pair of markers of docs/benchmarks.md (added after the main part when missing). */
function writeSection(start, end, lines) {
  let doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `${INTRO}${START}\n${END}\n`;
  if (!doc.includes(start) || !doc.includes(end)) {
    const at = doc.includes(END) ? doc.indexOf(END) + END.length : doc.length;
    doc = `${doc.slice(0, at).trimEnd()}\n\n${start}\n${end}\n${doc.slice(at)}`;
  }
  doc = doc.slice(0, doc.indexOf(start)) + [start, ...lines, end].join('\n') + doc.slice(doc.indexOf(end) + end.length);
  writeFileSync(DOC, doc);
}

const INTRO = `# Benchmarks

How fast formplan is on the sizes the design asks for (a 1,000-field form that validates on every
keystroke without visible lag; district totals over many wards), measured by \`npm run bench\`
(bench/run.mjs; it aims at about 3 minutes on an idle 2-core machine, and a shared, loaded machine
takes longer: see the run line). Sizes and seeds are fixed, so runs
differ only by machine noise. The bundle's size check alone is \`npm run bench:size\`.

`;

const editorStarted = Date.now();
const editorLoad = os.loadavg()[0];
const editor = await editorSection({ edits: EDITS, log });
const editorLines = [runLine(editorStarted, editor.chromium), loadLine(editorLoad, os.loadavg()[0]), '', ...editor.lines];
writeSection(EDITOR_START, EDITOR_END, editorLines);
console.log(editorLines.join('\n'));
log(`wrote the editor part of ${DOC}`);
if (ONLY_EDITOR) process.exit(0);

const bundle = bundleReport(BUNDLE_PATH);
if (bundle.problems.length) throw new Error(`bundle: ${bundle.problems.join('; ')}`);
const editorBundle = bundleReport(EDITOR_BUNDLE);

const syncLines = syncSection(log);
writeSection(SYNC_START, SYNC_END, syncLines);
console.log(syncLines.join('\n'));

log('core benchmarks (node)');
const core = spawnSync(process.execPath, ['--import', 'tsx', 'bench/core-bench.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 });
if (core.status !== 0) throw new Error('core benchmarks failed');
const c = JSON.parse(core.stdout.trim().split('\n').pop());

log('browser benchmarks (chromium)');
const forms = [[50, 20], [100, 20]].map(([rows, cols]) => {
  const p = matrixPack(rows, cols);
  return { rows, cols, schema: resolveAuthoredForm(p, p.forms[0]).schema };
});
const b = await browserBench({ bundle: BUNDLE_PATH, forms, reps: REPS, keys: KEYS, log });

const loadEnd = os.loadavg();
const seconds = Math.round((Date.now() - started) / 1000);

const lines = [
  START,
  runLine(started, b.chromium),
  loadLine(loadStart[0], loadEnd[0]),
  '',
  '### Core (node, packages/core/src through tsx)',
  '',
  '| benchmark | size | n | median ms | p95 ms | notes |',
  '|---|---|---:|---:|---:|---|',
  `| FormModel.set (user edit) | ${c.formModel.fields} count cells (100 rows × 20 columns) + ${c.formModel.computed} computed row totals \`sum(*)\` + 1 rule over all totals | ${c.formModel.n} | ${fmt(c.formModel.median)} | ${fmt(c.formModel.p95)} | max ${fmt(c.formModel.max)} ms; constructing the model (compiles the ajv validator) took ${fmt(c.formModel.constructMs)} ms |`,
  `| IdbStore.saveDraft (fake-indexeddb) | ${c.draftSave.fields}-field draft, ${kB(c.draftSave.bytes)} kB canonical JSON | ${c.draftSave.n} | ${fmt(c.draftSave.median)} | ${fmt(c.draftSave.p95)} | revision-checked write, one value changed per save |`,
  `| aggregate() per form and period | ${c.aggregation.wards.toLocaleString('en-US')} wards, ${c.aggregation.cellsPerReport} cells per report | ${c.aggregation.forms * c.aggregation.periods} | ${fmt(c.aggregation.withProvenance.median)} | ${fmt(c.aggregation.withProvenance.p95)} | all ${c.aggregation.forms} forms × ${c.aggregation.periods} periods (${c.aggregation.reports.toLocaleString('en-US')} reports) in ${fmt(c.aggregation.withProvenance.totalMs)} ms with per-ward provenance, ${fmt(c.aggregation.withoutProvenance.totalMs)} ms without (median ${fmt(c.aggregation.withoutProvenance.median)} ms); source: ${c.aggregation.source} |`,
  `| rollover(2018 pack → 2019) | Tây Hồ 2018 pack, ${c.rollover.forms} forms | ${c.rollover.n} | ${fmt(c.rollover.median)} | ${fmt(c.rollover.p95)} | ${c.rollover.changes} changes logged; loadPackFromDir (read, meta-validate, resolve, compile every form) median ${fmt(c.rollover.loadMedian)} ms |`,
  '',
  '### Browser (the built bundle in headless Chromium, fp-form in schema mode)',
  '',
  `Matrix schemas generated with a seeded PRNG and resolved by core: rows × 20 count columns, a computed row total, column totals, one rule. First render: creating \`<fp-form>\` with the schema until every cell input exists plus one frame (includes compiling the ajv validator); ${REPS} fresh pages per size (median, min–max). Keystroke: one digit (1–9) into ${KEYS} distinct empty cells chosen by the PRNG, from the capture-phase keydown to the first requestAnimationFrame after the row total changed in the DOM; "work" stops at the DOM change.`,
  '',
  '| form | inputs | first render ms (min–max) | keystroke→paint median ms | p95 ms | work median ms |',
  '|---|---:|---:|---:|---:|---:|',
  ...b.forms.map((f) => `| ${f.rows} × ${f.cols} matrix | ${f.fields} | ${fmt(f.mount.median)} (${fmt(f.mount.min)}–${fmt(f.mount.max)}) | ${fmt(f.key.median)} | ${fmt(f.key.p95)} | ${fmt(f.key.workMedian)} |`),
  '',
  '### Bundle',
  '',
  '| file | raw (minified) | min+gzip -9 | min+brotli |',
  '|---|---:|---:|---:|',
  `| packages/elements/dist/formplan.js | ${kB(bundle.raw)} kB | ${kB(bundle.gzip)} kB | ${kB(bundle.brotli)} kB |`,
  `| packages/elements/dist/formplan-editor.js (the administrator's editor, loaded apart) | ${kB(editorBundle.raw)} kB | ${kB(editorBundle.gzip)} kB | ${kB(editorBundle.brotli)} kB |`,
  END,
];
const generated = lines.join('\n');
console.log(generated.split('\n').slice(1, -1).join('\n'));
writeSection(START, END, lines.slice(1, -1));
log(`wrote ${DOC} (${seconds} s)`);
